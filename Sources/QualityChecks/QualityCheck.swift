import Pairing
public import PublicationCore

/// A QA check of translations: one kind of problem, one stable code.
///
/// A check looks at one ``SegmentPair`` at a time (``CheckScope/pair``), at all pairs together
/// (``CheckScope/corpus``: consistency, length norms), or at all pairs after the other checks have
/// run (``CheckScope/review``: a signed-off segment that still has errors). It implements the
/// method for its scope; the other keeps its default, which finds nothing.
///
/// ```swift
/// let pair = SegmentPair(id: "p1", source: "Die die Stadt", target: "Şehir", sourceLanguage: .german,
///                        targetLanguage: .turkish, state: .translated)
/// DoubleSpaceCheck().check(pair, in: CheckContext())   // []
/// ```
public protocol QualityCheck: Sendable {
    /// The stable code of the findings, starting with `qa.`.
    static var code: DiagnosticCode { get }
    /// The severity used unless ``CheckConfiguration`` says otherwise.
    static var defaultSeverity: Diagnostic.Severity { get }
    /// One line saying what the check finds.
    static var summary: String { get }
    /// When the check runs.
    static var scope: CheckScope { get }
    /// Whether the check looks at pairs whose translation is missing, empty or untranslated (state
    /// `new` or `needs-translation`). Only the completeness checks do: such a pair is already reported,
    /// and a text finding on it would count the same gap twice. Default `false`.
    static var appliesToUntranslatedUnits: Bool { get }
    /// Whether the check looks at keyed units, whose source is a message key such as
    /// `count_as_expected_time_help` rather than prose (see ``SegmentPair/isKeyed``). Checks of
    /// punctuation, numbers, words and length need prose and skip them. Default `false`.
    static var appliesToKeyedUnits: Bool { get }

    /// The findings for one pair (checks of ``CheckScope/pair``).
    ///
    /// - Parameters:
    ///   - pair: the source segment and its translation.
    ///   - context: what the run knows beyond the pair.
    /// - Returns: the findings, with ``code`` and ``defaultSeverity``; the runner applies the configuration.
    func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic]

    /// The findings over all pairs (checks of ``CheckScope/corpus`` and ``CheckScope/review``).
    ///
    /// - Parameters:
    ///   - pairs: every pair of the run, in order.
    ///   - context: what the run knows; for review checks, the findings of the other checks.
    /// - Returns: the findings, each with the `Diagnostic.unit` of its pair.
    func check(corpus pairs: [SegmentPair], in context: CheckContext) -> [Diagnostic]
}

extension QualityCheck {
    public static var scope: CheckScope { .pair }

    public static var appliesToUntranslatedUnits: Bool { false }

    public static var appliesToKeyedUnits: Bool { false }

    /// Whether the check runs on a pair, by its state and whether its source is a message key.
    public static func applies(to pair: SegmentPair) -> Bool {
        if !appliesToUntranslatedUnits, pair.isUntranslated { return false }
        if !appliesToKeyedUnits, pair.isKeyed { return false }
        return true
    }

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] { [] }

    public func check(corpus pairs: [SegmentPair], in context: CheckContext) -> [Diagnostic] { [] }

    /// The catalog entry of the check.
    public static var entry: DiagnosticCatalog.Entry { .init(code, defaultSeverity, summary) }

    /// A finding of this check at a pair: its code, default severity, the pair's place and id; message
    /// and remedy in the voice of every other finding (``DiagnosticVoice``).
    public func finding(
        _ message: String, remedy: String, at pair: SegmentPair, notes: [String] = []
    ) -> Diagnostic {
        Diagnostic(
            Self.defaultSeverity, Self.code, DiagnosticVoice.normalized(message), remedy: DiagnosticVoice.normalized(remedy),
            at: pair.location, unit: pair.id, notes: notes)
    }
}
