/// A small direct-mapped cache from the addresses of libxml2's interned strings to Swift values.
///
/// libxml2 interns element and attribute names in a dictionary for the whole parse, so the same name
/// always arrives at the same address; looking the address up here avoids building a Swift string for
/// every tag. A collision just replaces the entry. The storage is raw memory, so a lookup costs no
/// reference counting of the cache itself.
final class NameCache<Value> {
    private static var size: Int { 512 }
    private struct Entry {
        var a: UnsafeRawPointer?
        var b: UnsafeRawPointer?
        var c: UnsafeRawPointer?
        var value: Value?
        var symbol: UInt16
    }
    private let entries: UnsafeMutablePointer<Entry>

    init() {
        entries = .allocate(capacity: Self.size)
        entries.initialize(repeating: Entry(a: nil, b: nil, c: nil, value: nil, symbol: 0), count: Self.size)
    }

    deinit {
        entries.deinitialize(count: Self.size)
        entries.deallocate()
    }

    /// Fibonacci hashing of the three addresses: names interned next to each other (`g` and `x` share
    /// an 8-byte word of libxml2's pool) must not land in the same slot and evict each other all the time.
    @inline(__always)
    private func slot(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer?, _ c: UnsafeRawPointer?) -> Int {
        var bits = UInt64(UInt(bitPattern: a))
        if let b { bits ^= UInt64(UInt(bitPattern: b)) &* 0xC2B2_AE3D_27D4_EB4F }
        if let c { bits ^= UInt64(UInt(bitPattern: c)) &* 0x1656_67B1_9E37_79F9 }
        return Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> 55)
    }

    @inline(__always)
    func value(for a: UnsafeRawPointer, _ b: UnsafeRawPointer?, _ c: UnsafeRawPointer?) -> Value? {
        let entry = entries + slot(a, b, c)
        guard entry.pointee.a == a, entry.pointee.b == b, entry.pointee.c == c else { return nil }
        return entry.pointee.value
    }

    /// Forgets every entry.
    func removeAll() {
        entries.update(repeating: Entry(a: nil, b: nil, c: nil, value: nil, symbol: 0), count: Self.size)
    }

    /// The symbol stored with a cached value, read without copying the value (which would retain its parts).
    @inline(__always)
    func symbol(for a: UnsafeRawPointer, _ b: UnsafeRawPointer?, _ c: UnsafeRawPointer?) -> UInt16? {
        let entry = entries + slot(a, b, c)
        guard entry.pointee.a == a, entry.pointee.b == b, entry.pointee.c == c else { return nil }
        return entry.pointee.symbol
    }

    func store(_ value: Value, symbol: UInt16 = 0, for a: UnsafeRawPointer, _ b: UnsafeRawPointer?, _ c: UnsafeRawPointer?) {
        entries[slot(a, b, c)] = Entry(a: a, b: b, c: c, value: value, symbol: symbol)
    }
}
