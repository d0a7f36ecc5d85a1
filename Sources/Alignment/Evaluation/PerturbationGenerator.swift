import PublicationCore

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

    public var description: String {
        func percent(_ value: Double) -> String { "\(Int((value * 100).rounded())) %" }
        return "Turkish deletion \(percent(turkishDeletion)), merge \(percent(merge)), split \(percent(split)), German deletion \(percent(germanDeletion))"
    }
}

/// A document with perturbed sentences and the gold alignment that the perturbation implies.
public struct PerturbedDocument: Sendable, Hashable {
    /// The document's identifier.
    public var id: String
    /// The German sentences.
    public var german: [String]
    /// The Turkish sentences.
    public var turkish: [String]
    /// The gold links, in document order.
    public var gold: [SentenceLink]
}

/// Makes evaluation documents from line-aligned ones by seeded edits of the translation.
///
/// The lines of a document are grouped into paragraphs of two to five lines. Then, line by line,
/// one edit is drawn with the probabilities of ``PerturbationRates`` (at most one per line, and
/// never two deletions next to each other, which would be indistinguishable from a 1-1 link):
/// delete the Turkish line (1-0), delete the German line (0-1), merge the Turkish line with the
/// next line of its paragraph (2-1; the first sentence's full stop becomes a comma), or split the
/// Turkish line at the comma, semicolon or conjunction (`ve`, `ama`, `ancak`, `fakat`) nearest its
/// middle (1-2; the first part gets a full stop, the second a capital). Everything else stays 1-1.
///
/// ```swift
/// var generator = PerturbationGenerator(rates: .standard, seed: 7)
/// let perturbed = generator.perturb(document)
/// perturbed.gold.filter { $0.kind == .oneToZero }.count   // the deleted translations
/// ```
public struct PerturbationGenerator: Sendable {
    /// The edit rates.
    public var rates: PerturbationRates
    private var random: SeededRandomNumberGenerator

    /// Creates a generator.
    ///
    /// - Parameters:
    ///   - rates: The probabilities of the edits.
    ///   - seed: The seed of the random choices.
    public init(rates: PerturbationRates, seed: UInt64) {
        self.rates = rates
        self.random = SeededRandomNumberGenerator(seed: seed)
    }

    /// Perturbs one document.
    ///
    /// - Parameter document: Line-aligned German and Turkish lines.
    /// - Returns: The perturbed sentences and their gold links.
    public mutating func perturb(_ document: ParallelCorpus.Document) -> PerturbedDocument {
        let count = document.german.count
        var paragraphEnd = [Int](repeating: 0, count: count)
        var start = 0
        while start < count {
            let length = Int.random(in: 2...5, using: &random)
            let end = min(count, start + length)
            for index in start..<end { paragraphEnd[index] = end }
            start = end
        }
        var german: [String] = []
        var turkish: [String] = []
        var gold: [SentenceLink] = []
        var previousWasDeletion = false
        var k = 0
        while k < count {
            let draw = Double.random(in: 0..<1, using: &random)
            var threshold = rates.turkishDeletion
            if draw < threshold && !previousWasDeletion {
                gold.append(SentenceLink(german: [german.count], turkish: []))
                german.append(document.german[k])
                previousWasDeletion = true
                k += 1
                continue
            }
            threshold += rates.germanDeletion
            if draw < threshold && !previousWasDeletion {
                gold.append(SentenceLink(german: [], turkish: [turkish.count]))
                turkish.append(document.turkish[k])
                previousWasDeletion = true
                k += 1
                continue
            }
            previousWasDeletion = false
            threshold += rates.merge
            if draw < threshold && k + 1 < paragraphEnd[k] {
                gold.append(SentenceLink(german: [german.count, german.count + 1], turkish: [turkish.count]))
                german.append(document.german[k])
                german.append(document.german[k + 1])
                turkish.append(Self.merged(document.turkish[k], document.turkish[k + 1]))
                k += 2
                continue
            }
            threshold += rates.split
            if draw < threshold, let parts = Self.split(document.turkish[k]) {
                gold.append(SentenceLink(german: [german.count], turkish: [turkish.count, turkish.count + 1]))
                german.append(document.german[k])
                turkish.append(parts.0)
                turkish.append(parts.1)
                k += 1
                continue
            }
            gold.append(SentenceLink(german: [german.count], turkish: [turkish.count]))
            german.append(document.german[k])
            turkish.append(document.turkish[k])
            k += 1
        }
        return PerturbedDocument(id: document.id, german: german, turkish: turkish, gold: gold)
    }

    /// Joins two sentences into one: the first one's final full stop becomes a comma.
    static func merged(_ first: String, _ second: String) -> String {
        var head = first.trimmingTrailingSpace()
        if head.hasSuffix(".") { head = String(head.dropLast()) + "," }
        return head + " " + second
    }

    /// Splits a Turkish sentence at the comma, semicolon or conjunction nearest its middle, when
    /// both parts keep at least a quarter of its characters.
    static func split(_ sentence: String) -> (String, String)? {
        let characters = Array(sentence)
        let total = characters.count
        guard total >= 20 else { return nil }
        var best: (distance: Int, head: String, tail: String)?
        let conjunctions = ["ve", "ama", "ancak", "fakat"]
        for index in 1..<(total - 1) where characters[index] == " " {
            guard index >= total / 4, total - index >= total / 4 else { continue }
            let distance = abs(index - total / 2)
            if best != nil && distance >= best!.distance { continue }
            let before = characters[index - 1]
            if before == "," || before == ";" {
                let head = String(characters[..<(index - 1)]) + "."
                let tail = String(characters[(index + 1)...])
                best = (distance, head, tail)
                continue
            }
            let rest = String(characters[(index + 1)...])
            for word in conjunctions where rest.hasPrefix(word + " ") {
                best = (distance, String(characters[..<index]) + ".", rest)
            }
        }
        guard let chosen = best, !chosen.tail.isEmpty else { return nil }
        let first = TurkishCaseFolding.uppercased(String(chosen.tail.prefix(1)), language: .turkish)
        return (chosen.head, first + chosen.tail.dropFirst())
    }
}

extension String {
    fileprivate func trimmingTrailingSpace() -> String {
        var result = self
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return result
    }
}
