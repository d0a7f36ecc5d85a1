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
    }
    private let entries: UnsafeMutablePointer<Entry>

    init() {
        entries = .allocate(capacity: Self.size)
        entries.initialize(repeating: Entry(a: nil, b: nil, c: nil, value: nil), count: Self.size)
    }

    deinit {
        entries.deinitialize(count: Self.size)
        entries.deallocate()
    }

    @inline(__always)
    private func slot(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer?, _ c: UnsafeRawPointer?) -> Int {
        var bits = UInt(bitPattern: a) >> 3
        if let b { bits ^= UInt(bitPattern: b) >> 5 }
        if let c { bits ^= UInt(bitPattern: c) >> 7 }
        return Int(bits & UInt(Self.size - 1))
    }

    @inline(__always)
    func value(for a: UnsafeRawPointer, _ b: UnsafeRawPointer?, _ c: UnsafeRawPointer?) -> Value? {
        let entry = entries + slot(a, b, c)
        guard entry.pointee.a == a, entry.pointee.b == b, entry.pointee.c == c else { return nil }
        return entry.pointee.value
    }

    func store(_ value: Value, for a: UnsafeRawPointer, _ b: UnsafeRawPointer?, _ c: UnsafeRawPointer?) {
        entries[slot(a, b, c)] = Entry(a: a, b: b, c: c, value: value)
    }
}
