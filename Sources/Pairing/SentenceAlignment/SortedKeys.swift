/// Operations on the sorted anchor keys that the sentence aligner and the block aligner compare.
enum SortedKeys {
    /// How many keys two sorted lists without duplicates share, in one merge pass.
    static func sharedCount<Left: RandomAccessCollection, Right: RandomAccessCollection>(_ left: Left, _ right: Right) -> Int
    where Left.Element == UInt64, Right.Element == UInt64, Left.Index == Int, Right.Index == Int {
        var shared = 0
        var a = left.startIndex, b = right.startIndex
        while a < left.endIndex && b < right.endIndex {
            let x = left[a], y = right[b]
            if x == y {
                shared += 1
                a += 1
                b += 1
            } else if x < y {
                a += 1
            } else {
                b += 1
            }
        }
        return shared
    }

    /// Sorts `keys` and removes the repeated ones.
    static func sortUnique(_ keys: inout [UInt64]) {
        let kept = keys.withUnsafeMutableBufferPointer { sortUnique($0) }
        keys.removeLast(keys.count - kept)
    }

    /// Sorts `keys` in place and moves the distinct ones to the front; returns how many there are.
    ///
    /// The few dozen keys of a sentence (a long sentence has a hundred) are first distributed by
    /// their top seven bits (the anchor kind and four bits of the hash), which leaves few keys out
    /// of order, then sorted by insertion, which has little left to move; more than 256 keys are
    /// sorted by the standard library.
    static func sortUnique(_ keys: UnsafeMutableBufferPointer<UInt64>) -> Int {
        let count = keys.count
        if count > 256 {
            var buffer = keys
            buffer.sort()
        } else {
            if count >= 16 { distributeByTopBits(keys) }
            var index = 1
            while index < count {
                let key = keys[index]
                var slot = index
                while slot > 0 && keys[slot - 1] > key {
                    keys[slot] = keys[slot - 1]
                    slot -= 1
                }
                keys[slot] = key
                index += 1
            }
        }
        var kept = 0
        for index in 0..<count where kept == 0 || keys[kept - 1] != keys[index] {
            keys[kept] = keys[index]
            kept += 1
        }
        return kept
    }

    /// Reorders `keys` (at most 256) by their top seven bits, a counting sort: each key's bucket
    /// after all keys of lower buckets.
    private static func distributeByTopBits(_ keys: UnsafeMutableBufferPointer<UInt64>) {
        let count = keys.count
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { copy in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: 128) { starts in
                starts.initialize(repeating: 0)
                for index in 0..<count {
                    let key = keys[index]
                    copy.initializeElement(at: index, to: key)
                    starts[Int(truncatingIfNeeded: key >> 57)] &+= 1
                }
                var start: Int32 = 0
                for bucket in 0..<128 {
                    let size = starts[bucket]
                    starts[bucket] = start
                    start &+= size
                }
                for index in 0..<count {
                    let key = copy[index]
                    let bucket = Int(truncatingIfNeeded: key >> 57)
                    keys[Int(starts[bucket])] = key
                    starts[bucket] &+= 1
                }
            }
        }
    }
}
