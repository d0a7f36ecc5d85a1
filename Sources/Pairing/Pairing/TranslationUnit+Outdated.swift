public import PublicationCore

extension TranslationUnit {
    /// Whether the unit was made from `original`: its source (segments joined, white space collapsed)
    /// is the original's current text. The one rule for "an XLIFF unit is outdated", read by
    /// `kopru check` (``ContributionPairer``) and by `kopru import`, which refuses a returned unit that
    /// was made from an earlier original.
    public func isMade(from original: String) -> Bool {
        joinedSource.plainText.comparableForm == original.comparableForm
    }
}
