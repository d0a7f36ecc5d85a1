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
        keys.sort()
        var kept = 0
        for index in keys.indices where index == 0 || keys[index] != keys[kept - 1] {
            keys[kept] = keys[index]
            kept += 1
        }
        keys.removeLast(keys.count - kept)
    }
}
