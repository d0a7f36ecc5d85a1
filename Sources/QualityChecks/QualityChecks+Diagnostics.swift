import Pairing
public import PublicationCore

/// The diagnostic codes of running the checks that are not findings of one check (the checks' own
/// codes are declared by each check and listed by ``CheckCatalog``).
public enum QualityChecksDiagnostics {
    /// `qa.partial-corpus`
    public static let partialCorpus = DiagnosticCatalog.Entry(
        "qa.partial-corpus", .note, "In a very large file the consistency and length checks saw only the first segments.")
    /// `qa.keyed-units`
    public static let keyedUnits = DiagnosticCatalog.Entry(
        "qa.keyed-units", .note, "Units of a file have a message key instead of text as their source; the checks that need prose skip them.")
    /// `qa.more-findings`
    public static let moreFindings = DiagnosticCatalog.Entry(
        "qa.more-findings", .note, "More QA findings in one file than are listed.")
    /// `qa.skipped-large-file`
    public static let skippedLargeFile = DiagnosticCatalog.Entry(
        "qa.skipped-large-file", .note, "`kopru check` counted a file over 8 MB but ran no QA checks on it (use --qa on).")

    /// Every code of this module.
    public static let catalog: [DiagnosticCatalog.Entry] = [
        partialCorpus, keyedUnits, moreFindings, skippedLargeFile,
    ]
}
