public import PublicationCore

extension SegmentPair {
    /// The source's text without codes, in NFC.
    public var sourceText: String { CheckText.nfc(source.plainText) }

    /// The target's text without codes, in NFC, or `nil` when there is no target or it holds no text.
    public var targetText: String? {
        guard let target, !target.hasNoText else { return nil }
        return CheckText.nfc(target.plainText)
    }

    /// Whether the source holds text to translate.
    public var sourceHasText: Bool { !source.hasNoText }

    /// "the Turkish translation", "the German translation": how messages name the target.
    public var translationName: String { "the \(CheckText.name(of: targetLanguage)) translation" }
}
