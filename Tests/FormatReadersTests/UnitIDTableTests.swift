@testable import FormatReaders
import TestSupport
import Testing

/// The compact table of unit ids: every hash stored is found again with its value (or with 0 in a
/// table without values), no hash that was not stored is found, and growing keeps all of them.
@Suite struct UnitIDTableTests {
    @Test("stored hashes are found with their values, across many growths", arguments: [true, false])
    func storesAndFinds(_ storesValues: Bool) {
        var random = SeededGenerator(seed: storesValues ? 11 : 12)
        let table = UnitIDTable(storesValues: storesValues)
        var stored: [UInt64: UInt32] = [:]
        // The edge hashes 0 and UInt64.max first, then random ones.
        for hash in [UInt64(0), UInt64.max] + (0..<50_000).map({ _ in UInt64.random(in: 2...UInt64.max, using: &random) }) {
            let value = UInt32.random(in: 1...UInt32.max, using: &random)
            let earlier = table.value(for: hash, insertingIfAbsent: value)
            if let first = stored[hash] {
                #expect(earlier == (storesValues ? first : 0))
            } else {
                #expect(earlier == nil)
                stored[hash] = value
            }
        }
        #expect(table.count == stored.count)
        for (hash, value) in stored {
            #expect(table.value(for: hash) == (storesValues ? value : 0))
            // A second insertion finds the first value and changes nothing.
            #expect(table.value(for: hash, insertingIfAbsent: 7) == (storesValues ? value : 0))
        }
        var absent = 0
        for _ in 0..<20_000 {
            let hash = UInt64.random(in: 2...UInt64.max, using: &random)
            if stored[hash] == nil, table.value(for: hash) == nil { absent += 1 }
        }
        #expect(absent == 20_000)
        #expect(table.count == stored.count)
    }
}
