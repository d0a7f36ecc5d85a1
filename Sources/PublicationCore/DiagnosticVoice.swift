/// The one voice of Köprü's messages, as the readers write them: a message and a remedy start in
/// lower case (names keep their capitals) and end without a full stop, because the printer follows
/// them with the code in brackets:
///
/// ```text
/// x.xlf:12:5: warning: the German translation ends with “.”, the original “Speichern” with none [qa.end-punctuation]
///     end the translation as the original ends
/// ```
public enum DiagnosticVoice {
    /// The words that are lower-cased at the start of a message or remedy: articles and quantifiers, the
    /// nouns findings start with, and the verbs remedies start with. Any other first word (a name such
    /// as "German" or "Hamm", an acronym, a quotation, a number) keeps its capital.
    static let sentenceStarters: Set<String> = [
        "The", "This", "These", "That", "A", "An", "One", "Each", "Every", "Both", "No", "Some", "In", "It", "There",
        "Segment", "Segments", "Unit", "Units", "Add", "Check", "Close", "Compare", "Copy", "Correct", "Delete",
        "End", "Give", "Keep", "Make", "Mark", "Match", "Move", "Put", "Remove", "Replace", "Review", "Set",
        "Translate", "Use", "Write",
    ]

    /// `text` in the voice: a first word from ``sentenceStarters`` in lower case, and a final full stop
    /// removed (an ellipsis stays).
    public static func normalized(_ text: String) -> String {
        var result = text
        if result.hasSuffix("."), !result.hasSuffix("...") { result.removeLast() }
        let word = String(result.prefix { $0.isLetter })
        guard sentenceStarters.contains(word), let first = result.first else { return result }
        return first.lowercased() + result.dropFirst()
    }

    /// The diagnostic with its message and remedy in the voice.
    public static func voiced(_ diagnostic: Diagnostic) -> Diagnostic {
        var result = diagnostic
        result.message = normalized(diagnostic.message)
        result.remedy = diagnostic.remedy.map(normalized)
        return result
    }
}
