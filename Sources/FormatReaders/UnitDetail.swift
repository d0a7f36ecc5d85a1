/// How much of each unit an XLIFF reader builds.
///
/// Validation is the same either way: every diagnostic, count and state is the same. What differs is
/// what the reader hands on for later work.
///
/// | | `full` | `counts` |
/// | --- | --- | --- |
/// | what each unit becomes | a ``PublicationCore/TranslationUnit`` | a ``PublicationCore/UnitTally`` |
/// | ids, states, places | yes | yes |
/// | text and inline codes | yes | no: each segment's source word count and whether it has text |
/// | notes, unit properties, code attributes and original data | yes | no |
public enum UnitDetail: Sendable, Equatable {
    /// Everything, for the QA checks, pairing and the exchange formats.
    case full
    /// What the counts (``PublicationCore/FileStatistics``) and the per-segment listing
    /// (``CompletenessObserver``) read: a tally per unit, taken while the text streams by, so that no
    /// text run, inline code, note or property of a large file is built and freed.
    case counts
}
