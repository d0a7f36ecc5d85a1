import Foundation
public import PublicationCore

/// Text operations the QA checks share, aware of German and Turkish.
///
/// Turkish has two letters i: dotted `i`/`İ` and dotless `ı`/`I`. Case folding for Turkish text maps
/// `İ` to `i` and `I` to `ı`; for any other language `I` folds to `i`. Nothing here folds Turkish or
/// German letters to ASCII except ``asciiFolded(_:)``, which exists to *detect* such folding.
///
/// ```swift
/// CheckText.folded("İSTANBUL", language: .turkish)   // "istanbul"
/// CheckText.folded("ISPARTA", language: .turkish)    // "ısparta"
/// CheckText.folded("Straße", language: .german)      // "straße"
/// ```
public enum CheckText {
    /// The text in Unicode normalisation form C (see `String.nfc`).
    public static func nfc(_ text: String) -> String { text.nfc }

    /// Whether a scalar is a letter or a digit; quick for ASCII.
    @inline(__always) public static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Lower-cases text by the rules of a language (Turkish-aware), after NFC normalisation.
    ///
    /// - Parameters:
    ///   - text: the text to fold.
    ///   - language: the language whose casing rules apply; Turkish (and Azerbaijani) map `I` to `ı`.
    /// - Returns: the lower-cased text in NFC.
    public static func folded(_ text: String, language: LanguageTag) -> String {
        fold(text, language: language, collapsingWhitespace: false)
    }

    /// Lower-case forms of the Latin letters below U+0180 (ASCII, Latin-1, Latin Extended-A), taken
    /// once from the standard library, so folding German and Turkish text needs no property lookups.
    private static let latinLowercase: [Unicode.Scalar] = (0..<0x180).map { value in
        let scalar = Unicode.Scalar(UInt32(value))!
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }

    /// Folds case (Turkish-aware) in one pass, optionally collapsing white space.
    private static func fold(_ text: String, language: LanguageTag, collapsingWhitespace collapse: Bool) -> String {
        let turkic = language.code == "tr" || language.code == "az"
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        var pendingSpace = false
        for scalar in nfc(text).unicodeScalars {
            if collapse, scalar.isWhiteSpace {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            appendFolded(scalar, turkic: turkic, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of `scalar` lower-cased (Turkish-aware when `turkic`): the one
    /// case folding of ``folded(_:language:)`` and the sentence aligner's byte scanner.
    @inline(__always) static func appendFolded(_ scalar: Unicode.Scalar, turkic: Bool, to bytes: inout [UInt8]) {
        @inline(__always) func append(_ scalar: Unicode.Scalar) {
            if scalar.value < 0x80 {
                bytes.append(UInt8(scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        let value = scalar.value
        if value < 0x180 {
            if value == 0x130 {
                // Default lower-casing turns İ into i plus a combining dot; a plain i is what readers mean.
                bytes.append(0x69)
            } else if turkic, value == 0x49 {
                append("ı")
            } else {
                append(latinLowercase[Int(value)])
            }
        } else if scalar.properties.changesWhenLowercased {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { append(lower) }
        } else {
            append(scalar)
        }
    }

    /// Upper-cases text by the rules of a language: in Turkish `i` becomes `İ` and `ı` becomes `I`
    /// (see ``TurkishCaseFolding/uppercased(_:language:)``, the one implementation).
    public static func uppercased(_ text: String, language: LanguageTag) -> String {
        TurkishCaseFolding.uppercased(text, language: language)
    }

    /// Text folded for comparing two segments: NFC, language-aware lower case, runs of white space
    /// collapsed to one space and trimmed.
    public static func comparisonKey(_ text: String, language: LanguageTag) -> String {
        fold(text, language: language, collapsingWhitespace: true)
    }

    /// Runs of white space collapsed to one space, leading and trailing white space removed (see
    /// `String.collapsingWhitespace`).
    public static func collapsingWhitespace(_ text: String) -> String { text.collapsingWhitespace }

    /// Letters with their diacritics removed, the way careless software writes names:
    /// `Şişli` → `Sisli`, `İstanbul` → `Istanbul`, `Osnabrück` → `Osnabruck`, `ß` → `ss`.
    public static func asciiFolded(_ text: String) -> String {
        var result = ""
        for scalar in nfc(text).unicodeScalars {
            switch scalar {
            case "ı": result += "i"
            case "İ": result += "I"
            case "ß": result += "ss"
            case "ẞ": result += "SS"
            default:
                if scalar.isASCII {
                    result.unicodeScalars.append(scalar)
                } else {
                    let decomposed = String(scalar).decomposedStringWithCanonicalMapping
                    let base = decomposed.unicodeScalars.filter(\.isASCII)
                    if base.isEmpty { result.unicodeScalars.append(scalar) } else {
                        result.unicodeScalars.append(contentsOf: base)
                    }
                }
            }
        }
        return result
    }

    /// The German transliteration of umlauts (`ü` → `ue`, `ö` → `oe`, `ä` → `ae`, `ß` → `ss`), with
    /// other diacritics removed as in ``asciiFolded(_:)``.
    public static func umlautTransliterated(_ text: String) -> String {
        var result = ""
        for character in nfc(text) {
            switch character {
            case "ü": result += "ue"
            case "ö": result += "oe"
            case "ä": result += "ae"
            case "Ü": result += "Ue"
            case "Ö": result += "Oe"
            case "Ä": result += "Ae"
            default: result += asciiFolded(String(character))
            }
        }
        return result
    }

    /// Whether a text holds any letter outside ASCII.
    public static func hasNonASCIILetter(_ text: String) -> Bool {
        text.unicodeScalars.contains { !$0.isASCII && $0.properties.isAlphabetic }
    }

    /// The English name of a language for messages: "German", "Turkish", or the code.
    public static func name(of language: LanguageTag) -> String {
        switch language.code {
        case "de": "German"
        case "tr": "Turkish"
        case "en": "English"
        default: "“\(language.written)”"
        }
    }

    /// A text shortened for quoting in a message: at most `limit` characters, with an ellipsis.
    public static func quoted(_ text: String, limit: Int = 60) -> String {
        let flat = collapsingWhitespace(text)
        if flat.count <= limit { return "“\(flat)”" }
        return "“\(flat.prefix(limit))…”"
    }
}
