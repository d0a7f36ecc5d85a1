import Foundation
import Pairing
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

extension SegmentPair {
    /// Whether the pair is already reported as a gap: no translation, an empty one, or one in state
    /// `new` / `needs-translation`. Text checks skip such pairs.
    public var isUntranslated: Bool {
        switch state {
        case .missing, .empty, .untranslated: true
        default: target == nil || target!.hasNoText
        }
    }

    /// Whether the source is a message key rather than prose: one token of ASCII letters, digits and
    /// `_`, `.` or `-`, with a `.` or `_` inside (`count_as_expected_time_help`, `MSC.dayShortLength`,
    /// `form.label.email`), or a bare value such as `3` in a unit whose id is such a key.
    ///
    /// Software localisation files (Sonata, Kimai, Contao) use keys as the source; checks of
    /// punctuation, numbers and words mean nothing there.
    public var isKeyed: Bool {
        let text = source.plainText
        // Prose has a space inside; most sources are ruled out here.
        let utf8 = text.utf8
        if utf8.count > 80 { return false }
        if let first = utf8.firstIndex(where: { $0 != 32 }), let last = utf8.lastIndex(where: { $0 != 32 }),
            utf8[first...last].contains(32)
        {
            return false
        }
        if Self.isMessageKey(text) { return true }
        // A configuration value: no letters at all, in a unit named by a key (Contao's MSC.dayShortLength = 3).
        // The id's last part is the unit's own id (the parts before name the file).
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return !trimmed.isEmpty && trimmed.count <= 12 && !trimmed.unicodeScalars.contains { $0.properties.isAlphabetic }
            && Self.isMessageKey(id.split(separator: "#").last.map(String.init) ?? id)
    }

    /// Whether a text is one message key: `a_b`, `a.b`, `a.b_c-d`, with a letter and no space.
    static func isMessageKey(_ text: String) -> Bool {
        let scalars = Array(text.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars)
        guard scalars.count >= 3, let first = scalars.first, let last = scalars.last else { return false }
        func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9")
        }
        guard isWordScalar(first), isWordScalar(last) || last == "_" else { return false }
        var hasSeparator = false
        var hasLetter = false
        for scalar in scalars {
            if scalar == "." || scalar == "_" {
                hasSeparator = true
            } else if scalar == "-" {
                continue
            } else if isWordScalar(scalar) {
                if !(scalar >= "0" && scalar <= "9") { hasLetter = true }
            } else {
                return false
            }
        }
        guard hasSeparator && hasLetter else { return false }
        // A domain (www.example.com, mailinator.com) is a name, not a key.
        let lower = String(String.UnicodeScalarView(scalars)).lowercased()
        if lower.hasPrefix("www.") { return false }
        let topLevel = lower.split(separator: ".").last.map(String.init) ?? ""
        return !lower.contains("_") ? !domainEndings.contains(topLevel) : true
    }

    /// Top-level domains that end a web address rather than a key.
    static let domainEndings: Set<String> = [
        "com", "org", "net", "de", "tr", "at", "ch", "eu", "uk", "au", "io", "info", "edu", "gov", "fr", "it", "es",
        "nl", "us", "biz",
    ]
}

extension SegmentPair {
    /// Whether the translation is mostly the source's words, copied and not translated: at least three
    /// fifths of its words occur in the source (case and dots on i ignored), among them a word in lower
    /// case (names alone are shared by every translation), or it is the source's words again. Checks of the target
    /// language's spelling skip such text, which is not in that language.
    public var targetIsCopyOfSource: Bool {
        guard sourceLanguage != targetLanguage, let targetText else { return false }
        func key(_ word: String) -> String {
            CheckText.folded(word, language: .german).replacingAll("\u{0307}", with: "").replacingAll("ı", with: "i")
        }
        let sourceWords = Set(CheckText.words(in: sourceText).map { key($0.text) })
        let targetWords = CheckText.words(in: targetText).filter(\.hasLetter)
        guard !targetWords.isEmpty else { return false }
        let shared = targetWords.filter { sourceWords.contains(key($0.text)) }
        guard shared.count * 5 >= targetWords.count * 3 else { return false }
        // Names are shared by every translation (ISTANBUL VE ŞİŞLİ); a copy shares ordinary words too,
        // or is the whole source again.
        if shared.contains(where: { word in !word.text.unicodeScalars.contains { $0.properties.isUppercase } }) { return true }
        return shared.count == targetWords.count && targetWords.count == CheckText.words(in: sourceText).filter(\.hasLetter).count
    }
}

extension SegmentPair {
    /// Whether the source or the translation gives an address as an example ("for example
    /// joe@institution.edu", "z. B. http://www.website.de/seite.html", "example@email.com"): such an
    /// address is made up, and a translation may well localise it (`beispiel@email.com`).
    var givesExampleAddress: Bool {
        let markers = ["example", "e.g.", "beispiel", "z. b.", "z.b.", "örneğin", "ör.", "örn."]
        let texts = [sourceText.lowercased(), (targetText ?? "").lowercased()]
        return texts.contains { text in markers.contains { text.contains($0) } }
    }
}
