@testable import Pairing
import Testing

/// The length cost reads −log erfc from a spline table (``LengthModel/TailTable``); these tests hold it
/// to the values computed through `erfc` and `log`.
@Suite struct LengthModelTailTableTests {
    @Test func tableAgreesWithErfcOverItsWholeRange() {
        var worst = 0.0
        var worstAt = 0.0
        // z from 0 to beyond the table's end (x = z/√2 = 20 is z ≈ 28.28), at steps that are not
        // multiples of the table's, so points between the nodes are checked.
        var z = 0.0
        while z < 30 {
            let difference = abs(LengthModel.negativeLogTwoSidedTail(z) - LengthModel.exactNegativeLogTwoSidedTail(z))
            if difference > worst {
                worst = difference
                worstAt = z
            }
            z += 0.000_731
        }
        #expect(worst < 1e-9, "largest difference \(worst) at z = \(worstAt)")
    }

    @Test func costsKeepTheirOrderAndSize() {
        let model = LengthModel.germanTurkish
        let exactFit = LengthModel.exactNegativeLogTwoSidedTail(0)
        #expect(exactFit == 0)
        #expect(model.cost(german: 100, turkish: 100 * model.mean) < 1e-9)
        // The cost grows with the difference, through the table and past its end.
        var previous = -1.0
        for turkish in stride(from: 90.0, through: 2000, by: 10) {
            let cost = model.cost(german: 100, turkish: turkish)
            #expect(cost > previous, "cost for \(turkish) is \(cost), not above \(previous)")
            previous = cost
        }
    }
}
