import Pairing
/// Rates of the edits ``PerturbationGenerator`` applies, each a probability per German line.
public struct PerturbationRates: Hashable, Sendable, CustomStringConvertible {
    /// Probability that the Turkish translation of a line is deleted (gold link 1-0).
    public var turkishDeletion: Double
    /// Probability that the Turkish translations of a line and the next line of the same paragraph
    /// are merged into one sentence (gold link 2-1).
    public var merge: Double
    /// Probability that the Turkish translation of a line is split in two at a comma, semicolon or
    /// conjunction near its middle (gold link 1-2); lines without such a place stay whole.
    public var split: Double
    /// Probability that a German line is deleted while its translation stays (gold link 0-1).
    public var germanDeletion: Double

    /// Creates rates.
    public init(turkishDeletion: Double, merge: Double, split: Double, germanDeletion: Double) {
        self.turkishDeletion = turkishDeletion
        self.merge = merge
        self.split = split
        self.germanDeletion = germanDeletion
    }

    /// The standard evaluation: 5 % Turkish deletions, 5 % merges, 5 % splits, 2 % German deletions.
    public static let standard = PerturbationRates(turkishDeletion: 0.05, merge: 0.05, split: 0.05, germanDeletion: 0.02)

    /// The harsh evaluation: 12 % Turkish deletions, 10 % merges, 10 % splits, 5 % German deletions.
    public static let harsh = PerturbationRates(turkishDeletion: 0.12, merge: 0.10, split: 0.10, germanDeletion: 0.05)

    /// A readable form of the value.
    public var description: String {
        func percent(_ value: Double) -> String { "\(Int((value * 100).rounded())) %" }
        return "Turkish deletion \(percent(turkishDeletion)), merge \(percent(merge)), split \(percent(split)), German deletion \(percent(germanDeletion))"
    }
}
