import TestSupport
import Pairing
import PublicationCore

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
    private var random: SeededGenerator

    /// Creates a generator.
    ///
    /// - Parameters:
    ///   - rates: The probabilities of the edits.
    ///   - seed: The seed of the random choices.
    public init(rates: PerturbationRates, seed: UInt64) {
        self.rates = rates
        self.random = SeededGenerator(seed: seed)
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
