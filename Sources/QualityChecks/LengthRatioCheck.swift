import Foundation
import Pairing
public import PublicationCore

/// Finds translations far longer or shorter than is usual in their contribution: a sign of a missing
/// sentence, a pasted paragraph or a wrong segment.
///
/// For every pair with a source of at least ``minimumSourceLength`` characters the check takes
/// r = log(target length / source length). Per ``SegmentPair/group`` (the contribution) it computes
/// the median of r and its spread, the median absolute deviation (MAD, scaled by 1.4826 to match a
/// standard deviation). A pair is an outlier when |r − median| exceeds ``spreadFactor`` × spread, and
/// at least log(``minimumFactor``), so a translation within a factor of 1.6 of the norm is never
/// reported. A group with fewer than ``minimumGroupSize`` pairs uses the norm of all pairs in the same
/// language direction; when those are too few as well, the norm is a ratio of 1 with a factor of 2.5.
///
/// ```text
/// contribution "sisli": most translations 0.9–1.2 × their source;
/// source: "Die Stadt hat 2019 ein Programm für die Sprachförderung gestartet." target: "Evet." → qa.length-ratio
/// ```
public struct LengthRatioCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.length-ratio"
    public static let defaultSeverity: Diagnostic.Severity = .note
    public static let summary = "A translation is far longer or shorter than usual in its contribution."
    public static let scope = CheckScope.corpus

    /// Shorter sources are skipped: their ratios vary too much to mean anything.
    public var minimumSourceLength: Int
    /// Groups with fewer measured pairs use a wider norm.
    public var minimumGroupSize: Int
    /// How many spreads away from the median an outlier is.
    public var spreadFactor: Double
    /// The smallest factor from the norm that is reported.
    public var minimumFactor: Double

    /// Creates the check.
    public init(minimumSourceLength: Int = 20, minimumGroupSize: Int = 8, spreadFactor: Double = 3.5,
                minimumFactor: Double = 1.6) {
        self.minimumSourceLength = minimumSourceLength
        self.minimumGroupSize = minimumGroupSize
        self.spreadFactor = spreadFactor
        self.minimumFactor = minimumFactor
    }

    private struct Sample {
        var pair: Int
        var logRatio: Double
    }

    private struct Norm {
        var median: Double
        var threshold: Double
    }

    public func check(corpus pairs: [SegmentPair], in context: CheckContext) -> [Diagnostic] {
        var byGroup: [String: [Sample]] = [:]
        var byDirection: [String: [Double]] = [:]
        var groupOrder: [String] = []
        for (index, pair) in pairs.enumerated() {
            guard let target = pair.targetText else { continue }
            let sourceLength = Self.length(pair.sourceText)
            let targetLength = Self.length(target)
            guard sourceLength >= minimumSourceLength, targetLength > 0 else { continue }
            let sample = Sample(pair: index, logRatio: log(Double(targetLength) / Double(sourceLength)))
            if byGroup[pair.group] == nil { groupOrder.append(pair.group) }
            byGroup[pair.group, default: []].append(sample)
            byDirection[Self.direction(pair), default: []].append(sample.logRatio)
        }
        var directionNorms: [String: Norm] = [:]
        for (direction, ratios) in byDirection where ratios.count >= minimumGroupSize {
            directionNorms[direction] = norm(of: ratios)
        }
        var findings: [Diagnostic] = []
        for group in groupOrder {
            guard let samples = byGroup[group], let firstPair = samples.first.map({ pairs[$0.pair] }) else { continue }
            let groupNorm =
                samples.count >= minimumGroupSize
                ? norm(of: samples.map(\.logRatio))
                : directionNorms[Self.direction(firstPair)] ?? Norm(median: 0, threshold: log(2.5))
            for sample in samples where abs(sample.logRatio - groupNorm.median) > groupNorm.threshold {
                let pair = pairs[sample.pair]
                let ratio = exp(sample.logRatio)
                let usual = exp(groupNorm.median)
                let where_ = pair.group.isEmpty ? "here" : "in “\(pair.group)”"
                findings.append(
                    finding(
                        "\(pair.translationName.capitalisedFirst) of \(CheckText.quoted(pair.sourceText)) is "
                            + "\(Self.format(ratio)) times as long as the original; \(where_) translations are "
                            + "usually \(Self.format(usual)) times as long.",
                        remedy: ratio < usual
                            ? "Check whether part of the original is untranslated."
                            : "Check whether the translation holds text that belongs to another segment.",
                        at: pair))
            }
        }
        return findings
    }

    private func norm(of ratios: [Double]) -> Norm {
        let median = Self.median(ratios)
        let mad = Self.median(ratios.map { abs($0 - median) }) * 1.4826
        return Norm(median: median, threshold: max(spreadFactor * mad, log(minimumFactor)))
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    private static func length(_ text: String) -> Int { text.comparableLength }

    private static func direction(_ pair: SegmentPair) -> String {
        "\(pair.sourceLanguage.code)>\(pair.targetLanguage.code)"
    }

    private static func format(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
