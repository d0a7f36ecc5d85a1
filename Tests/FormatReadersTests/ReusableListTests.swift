@testable import FormatReaders
import TestSupport
import Testing

/// The lists a reader empties for every unit and fills again (``ReusableList``), and the id maps built
/// on them (``XLIFF2IDMap``): after any sequence of changes they hold what an array (or an ordered list
/// of pairs) given the same changes holds, whatever the elements left behind in their storage.
@Suite struct ReusableListTests {
    @Test("a reusable list answers like an array under random appends, changes, removals and emptyings")
    func listAgreesWithAnArray() {
        var random = SeededGenerator(seed: 0x5EED_0001)
        var list = ReusableList<String>()
        var model: [String] = []
        for step in 0..<20_000 {
            switch Int.random(in: 0..<10, using: &random) {
            case 0:
                // Emptied as for a new unit: the storage keeps its elements, the list shows none.
                list.removeAll()
                model.removeAll()
            case 1 where !model.isEmpty:
                let index = Int.random(in: 0..<model.count, using: &random)
                #expect(list.remove(at: index) == model.remove(at: index))
            case 2 where !model.isEmpty:
                let index = Int.random(in: 0..<model.count, using: &random)
                list[index] = "changed \(step)"
                model[index] = "changed \(step)"
            default:
                // Long strings too, so that overwritten elements are released and new ones retained.
                let element = random.chance(0.5) ? "id\(step)" : String(repeating: "lang-\(step)-", count: 4)
                list.append(element)
                model.append(element)
            }
            #expect(list.count == model.count)
            #expect(list.isEmpty == model.isEmpty)
        }
        #expect(Array(list) == model)
    }

    @Test("looked up by bytes, an id map finds the ids that equal them as strings, by canonical equivalence")
    func idMapBytesCompareAsStrings() {
        var map = XLIFF2IDMap<Int>()
        map.insert("d1", 0)
        map.insert("\u{E9}", 1)       // é in one scalar
        map.insert("\u{212A}1", 2)    // the Kelvin sign, canonically K
        func find(_ text: String) -> Int? { Array(text.utf8).withUnsafeBufferPointer { map.position(of: $0) } }
        #expect(find("d1") == 0)
        #expect(find("e\u{301}") == 1)  // é as e and a combining accent
        #expect(find("K1") == 2)
        #expect(find("d2") == nil)
        // ASCII ids alone are compared byte by byte.
        var ascii = XLIFF2IDMap<Int>()
        ascii.insert("d1", 0)
        #expect(Array("d1".utf8).withUnsafeBufferPointer { ascii.position(of: $0) } == 0)
        #expect(Array("d10".utf8).withUnsafeBufferPointer { ascii.position(of: $0) } == nil)
    }

    @Test("an id map answers like an ordered list of pairs, below and above its table of positions")
    func idMapAgreesWithPairs() {
        var random = SeededGenerator(seed: 0x5EED_0002)
        var map = XLIFF2IDMap<Int>()
        var model: [(key: String, value: Int)] = []
        for step in 0..<20_000 {
            // Few ids per unit most of the time, now and then more than the 16 that a table of positions
            // starts at; emptied as for a new unit.
            if random.chance(0.04) {
                map.removeAll()
                model.removeAll()
            }
            let key = "c\(Int.random(in: 0..<(random.chance(0.2) ? 40 : 6), using: &random))"
            switch Int.random(in: 0..<4, using: &random) {
            case 0:
                let removed = map.removeValue(forKey: key)
                let index = model.firstIndex { $0.key == key }
                #expect(removed == index.map { model[$0].value })
                if let index { model.remove(at: index) }
            case 1:
                map[key] = step
                if let index = model.firstIndex(where: { $0.key == key }) {
                    model[index].value = step
                } else {
                    model.append((key, step))
                }
            default:
                let added = map.insert(key, step)
                #expect(added == !model.contains { $0.key == key })
                if added { model.append((key, step)) }
            }
            #expect(map.count == model.count)
            #expect(map[key] == model.first { $0.key == key }?.value)
            let bytesFound = Array(key.utf8).withUnsafeBufferPointer { map.position(of: $0) }
            #expect(bytesFound == model.firstIndex { $0.key == key })
        }
        #expect(map.entries.map(\.0) == model.map(\.key))
        #expect(map.entries.map(\.1) == model.map(\.value))
    }
}
