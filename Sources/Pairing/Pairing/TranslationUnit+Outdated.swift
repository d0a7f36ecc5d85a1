public import PublicationCore

extension TranslationUnit {
    /// Whether the unit was made from `original`: its source (segments joined, white space collapsed)
    /// is the original's current text. The one rule for "an XLIFF unit is outdated", read by
    /// `kopru check` (``ContributionPairer``) and by `kopru import`, which refuses a returned unit that
    /// was made from an earlier original.
    ///
    /// - Parameters:
    ///   - original: the block's text now.
    ///   - earlier: the block's text as Köprü counted it before (a figure's title with its alternative
    ///     text, ``Block/earlierBlockText``): a unit made from it is not outdated either.
    public func isMade(from original: String, orFrom earlier: String? = nil) -> Bool {
        let source = joinedSource.plainText.comparableForm
        return source == original.comparableForm || (earlier.map { source == $0.comparableForm } ?? false)
    }
}
