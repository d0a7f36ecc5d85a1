/// The unit ids seen so far in a file, as 64-bit hashes, each with one 32-bit value (the line of the
/// first unit with that id), in little memory and without `Hasher`.
///
/// A plain `[UInt64: UInt64]` costs 16 bytes a bucket and, while it doubles, holds its old and new
/// storage at once. This table keeps keys and values in raw memory (12 bytes a slot) and spreads
/// them over ``shardCount`` open-addressing tables with linear probing that grow one at a time by a
/// quarter, so the table needs 16 to 20 bytes per id and never copies more than a sixty-fourth of
/// itself at once. The key `0` marks a free slot; a hash of `0` is stored as `1`.
///
/// A table made with `storesValues: false` (a set of ids, for a reader that needs no value) keeps the
/// keys alone: 8 bytes a slot, 11 to 14 bytes per id.
final class UnitIDTable {
    private struct Shard {
        var keys: UnsafeMutablePointer<UInt64>
        /// `nil` in a table without values.
        var values: UnsafeMutablePointer<UInt32>?
        var capacity: Int
        var count: Int
    }

    private static var shardCount: Int { 64 }
    private static var initialCapacity: Int { 16 }
    private let shards: UnsafeMutablePointer<Shard>

    /// An empty table; without `storesValues`, every lookup of a stored id gives `0`.
    init(storesValues: Bool = true) {
        shards = .allocate(capacity: Self.shardCount)
        for index in 0..<Self.shardCount {
            (shards + index).initialize(to: Self.makeShard(capacity: Self.initialCapacity, values: storesValues))
        }
    }

    deinit {
        for index in 0..<Self.shardCount {
            shards[index].keys.deallocate()
            shards[index].values?.deallocate()
        }
        shards.deallocate()
    }

    /// The number of ids stored.
    var count: Int {
        var total = 0
        for index in 0..<Self.shardCount { total += shards[index].count }
        return total
    }

    /// Returns the value stored for `hash`, or stores `value` for it and returns `nil` when the hash is new.
    func value(for hash: UInt64, insertingIfAbsent value: UInt32) -> UInt32? {
        let key = Self.mix(hash)
        let shard = shards + Int(truncatingIfNeeded: key >> 58)
        if shard.pointee.count * 4 >= shard.pointee.capacity * 3 { Self.grow(shard) }
        let capacity = shard.pointee.capacity
        let keys = shard.pointee.keys
        var slot = Self.slot(of: key, capacity: capacity)
        while true {
            let found = keys[slot]
            if found == key { return shard.pointee.values?[slot] ?? 0 }
            if found == 0 { break }
            slot += 1
            if slot == capacity { slot = 0 }
        }
        keys[slot] = key
        shard.pointee.values?[slot] = value
        shard.pointee.count += 1
        return nil
    }

    /// The value stored for `hash`, if any.
    func value(for hash: UInt64) -> UInt32? {
        let key = Self.mix(hash)
        let shard = shards + Int(truncatingIfNeeded: key >> 58)
        let capacity = shard.pointee.capacity
        let keys = shard.pointee.keys
        var slot = Self.slot(of: key, capacity: capacity)
        while true {
            let found = keys[slot]
            if found == key { return shard.pointee.values?[slot] ?? 0 }
            if found == 0 { return nil }
            slot += 1
            if slot == capacity { slot = 0 }
        }
    }

    // MARK: Storage

    /// A finalizer (MurmurHash3's) so that every bit of the key depends on every bit of the hash; never `0`.
    @inline(__always)
    private static func mix(_ hash: UInt64) -> UInt64 {
        var key = hash
        key ^= key >> 33
        key &*= 0xff51_afd7_ed55_8ccd
        key ^= key >> 33
        key &*= 0xc4ce_b9fe_1a85_ec53
        key ^= key >> 33
        return key == 0 ? 1 : key
    }

    /// The home slot: the key's bits below the shard bits, scaled to the capacity (no division).
    @inline(__always)
    private static func slot(of key: UInt64, capacity: Int) -> Int {
        Int(truncatingIfNeeded: (key &<< 6).multipliedFullWidth(by: UInt64(capacity)).high)
    }

    private static func makeShard(capacity: Int, values storesValues: Bool) -> Shard {
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        keys.initialize(repeating: 0, count: capacity)
        var values: UnsafeMutablePointer<UInt32>?
        if storesValues {
            values = .allocate(capacity: capacity)
            values!.initialize(repeating: 0, count: capacity)
        }
        return Shard(keys: keys, values: values, capacity: capacity, count: 0)
    }

    private static func grow(_ shard: UnsafeMutablePointer<Shard>) {
        let old = shard.pointee
        var new = makeShard(capacity: old.capacity + max(old.capacity / 4, 16), values: old.values != nil)
        for index in 0..<old.capacity where old.keys[index] != 0 {
            let key = old.keys[index]
            var slot = slot(of: key, capacity: new.capacity)
            while new.keys[slot] != 0 {
                slot += 1
                if slot == new.capacity { slot = 0 }
            }
            new.keys[slot] = key
            if let values = old.values { new.values![slot] = values[index] }
        }
        new.count = old.count
        old.keys.deallocate()
        old.values?.deallocate()
        shard.pointee = new
    }
}
