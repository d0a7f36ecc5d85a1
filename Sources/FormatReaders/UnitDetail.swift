/// How much of each ``PublicationCore/TranslationUnit`` an XLIFF reader builds.
///
/// Validation is the same either way: every diagnostic, count and state is the same. What differs is
/// what the units carry for later work.
///
/// | | `full` | `counts` |
/// | --- | --- | --- |
/// | text, segments, states, places | yes | yes |
/// | inline codes: kind, element, id | yes | yes |
/// | inline codes: attributes, original data | yes | XLIFF 2 markers' attributes only |
/// | notes | yes | no |
/// | unit properties (XLIFF 1.2 `approved`, `resname`, `restype`, `alt-trans`) | yes | no |
public enum UnitDetail: Sendable, Equatable {
    /// Everything, for the QA checks, pairing and the exchange formats.
    case full
    /// What the counts (``PublicationCore/FileStatistics``) and the per-segment listing
    /// (``CompletenessObserver``) read; the attributes and original data of inline codes, the notes and
    /// the XLIFF 1.2 unit properties are left out, which saves a dictionary and several strings per code in a
    /// large file.
    case counts
}
