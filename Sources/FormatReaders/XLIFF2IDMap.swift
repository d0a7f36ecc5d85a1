/// The ids of one XLIFF 2 scope (a unit's segments, codes or data, a `<notes>` element's notes) with a
/// value each, in the order they were added.
///
/// A scope holds a handful of ids, so the map keeps them in lists and compares them one by one, which
/// for short ids costs far less than hashing them; only past ``indexThreshold`` ids does it also keep a
/// dictionary of positions, so that a unit with thousands of codes is not checked in quadratic time.
/// The lists are ``ReusableList``s: the maps of a unit are emptied for the next unit without giving
/// back their storage.
struct XLIFF2IDMap<Value> {
    /// The ids, in the order they were added.
    private(set) var keys = ReusableList<String>()
    /// The value of each id, at the id's position.
    private(set) var values = ReusableList<Value>()
    /// The position of each id, kept once there are more than ``indexThreshold`` of them.
    private var positions: [String: Int]?

    private static var indexThreshold: Int { 16 }

    /// The ids with their values, in the order they were added.
    var entries: Zip2Sequence<ReusableList<String>, ReusableList<Value>> { zip(keys, values) }

    /// Whether the map holds no id.
    var isEmpty: Bool { keys.isEmpty }

    /// The number of ids.
    var count: Int { keys.count }

    /// The position of `key`, if the map holds it.
    func position(of key: String) -> Int? {
        if let positions { return positions[key] }
        var index = 0
        while index < keys.count {
            if keys[index] == key { return index }
            index += 1
        }
        return nil
    }

    /// The position of the id whose UTF-8 bytes are `bytes`, if the map holds it, found as
    /// ``position(of:)-(String)`` finds it.
    ///
    /// Ids compare as Swift strings do, by canonical equivalence (`é` written as one scalar or as `e` and
    /// a combining accent; the Kelvin sign and `K`), and the map holds no two equivalent ids. An id with
    /// the same bytes is the one; only when none has them, and the bytes or an id are not ASCII (two runs
    /// of ASCII are equivalent only when they are the same), are the bytes made a string and compared so.
    func position(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if let positions { return positions[String(decoding: bytes, as: UTF8.self)] }
        var index = 0
        while index < keys.count {
            if XLIFF2Syntax.equals(keys[index], bytes) { return index }
            index += 1
        }
        if bytes.allSatisfy({ $0 < 0x80 }), keys.allSatisfy(XLIFF2Syntax.isASCII) { return nil }
        return position(of: String(decoding: bytes, as: UTF8.self))
    }

    /// Whether the map holds `key`.
    func contains(_ key: String) -> Bool { position(of: key) != nil }

    /// The value of `key`; setting `nil` removes it, setting a value replaces or adds it.
    subscript(key: String) -> Value? {
        get { position(of: key).map { values[$0] } }
        set {
            if let newValue {
                if let index = position(of: key) {
                    values[index] = newValue
                } else {
                    append(key, newValue)
                }
            } else {
                removeValue(forKey: key)
            }
        }
    }

    /// Adds `key` with `value` unless the map holds it already; returns whether it was added.
    @discardableResult
    mutating func insert(_ key: String, _ value: Value) -> Bool {
        if position(of: key) != nil { return false }
        append(key, value)
        return true
    }

    /// Removes `key` and returns its value, if the map held it.
    @discardableResult
    mutating func removeValue(forKey key: String) -> Value? {
        guard let index = position(of: key) else { return nil }
        keys.remove(at: index)
        let value = values.remove(at: index)
        if positions != nil { rebuildPositions() }
        return value
    }

    /// Removes every id, keeping the storage.
    mutating func removeAll() {
        keys.removeAll()
        values.removeAll()
        if positions != nil { positions = nil }
    }

    private mutating func append(_ key: String, _ value: Value) {
        keys.append(key)
        values.append(value)
        if positions != nil {
            positions![key] = keys.count - 1
        } else if keys.count > Self.indexThreshold {
            rebuildPositions()
        }
    }

    private mutating func rebuildPositions() {
        guard keys.count > Self.indexThreshold else {
            positions = nil
            return
        }
        var table: [String: Int] = [:]
        table.reserveCapacity(keys.count)
        for (index, key) in keys.enumerated() { table[key] = index }
        positions = table
    }
}

extension XLIFF2IDMap where Value == Void {
    /// Adds `key` unless the map holds it already; returns whether it was added.
    @discardableResult
    mutating func insert(_ key: String) -> Bool { insert(key, ()) }
}
