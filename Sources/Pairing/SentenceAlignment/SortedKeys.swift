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
    /// The few dozen keys of a sentence are sorted by insertion (a long sentence has a hundred;
    /// insertion still beats the standard library's sort there), more by the standard library.
    static func sortUnique(_ keys: UnsafeMutableBufferPointer<UInt64>) -> Int {
        if keys.count <= 128 {
            var index = 1
            while index < keys.count {
                let key = keys[index]
                var slot = index
                while slot > 0 && keys[slot - 1] > key {
                    keys[slot] = keys[slot - 1]
                    slot -= 1
                }
                keys[slot] = key
                index += 1
            }
        } else {
            var buffer = keys
            buffer.sort()
        }
        var kept = 0
        for index in 0..<keys.count where kept == 0 || keys[kept - 1] != keys[index] {
            keys[kept] = keys[index]
            kept += 1
        }
        return kept
    }
}
