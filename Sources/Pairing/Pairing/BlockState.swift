public import PublicationCore

/// How the translation of one ``TranslatableBlock`` of an original stands (its title, subtitle, byline,
/// headings, paragraphs, list items, quotes, figures, footnotes, attributions and alternative texts,
/// each with an id), with what a translator needs to know about it.
///
/// ``ContributionPairer`` decides it once, on the paired rows, for `kopru check`; the exchange
/// (`export-missing`, `import`) reads it from ``ContributionAlignment/blockStates`` instead of deciding again.
public struct BlockState: Hashable, Sendable {
    /// The status of a block's translation.
    public enum Status: String, Hashable, Sendable {
        /// Translated, confirmed and made from the current original.
        case current
        /// There is no translation.
        case missing
        /// The translation is there but holds no text.
        case empty
        /// The translation is there but not confirmed.
        case needsReview
        /// The translation was made from an earlier original.
        case outdated

        /// Whether there is no translation to confirm: ``missing`` or ``empty``.
        public var hasNoTranslation: Bool { self == .missing || self == .empty }
    }

    /// The status.
    public var status: Status
    /// The existing translation's text, if any.
    public var translationText: String?
    /// The existing translation with markup (for an XLIFF translation, its target), if any.
    public var translation: InlineText?
    /// The source the existing XLIFF translation was made from, when it differs from the original now.
    public var oldSource: String?

    /// Creates a state.
    public init(status: Status, translationText: String? = nil, translation: InlineText? = nil, oldSource: String? = nil) {
        self.status = status
        self.translationText = translationText
        self.translation = translation
        self.oldSource = oldSource
    }

    /// Whether the block goes to the translator.
    public var needsTranslation: Bool { status != .current }
}
