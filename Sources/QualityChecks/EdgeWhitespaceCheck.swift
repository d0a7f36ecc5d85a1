import Pairing
public import PublicationCore

/// Finds translations that start or end with white space where the source does not, or the other
/// way round. Leading and trailing spaces often join segments into sentences, so a lost or extra
/// space shows as two words run together or a gap in the publication.
///
/// ```text
/// source: "Willkommen. "   target: "Hoş geldiniz."   → qa.edge-whitespace
/// ```
public struct EdgeWhitespaceCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.edge-whitespace"
    public static let defaultSeverity: Diagnostic.Severity = .warning
    public static let summary = "Leading or trailing white space differs between source and translation."

    /// Creates the check.
    public init() {}

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] {
        guard let target = pair.target, pair.targetText != nil else { return [] }
        var problems: [String] = []
        let sourceLeads = Self.leadingWhitespace(pair.source)
        let targetLeads = Self.leadingWhitespace(target)
        if sourceLeads != targetLeads {
            problems.append(targetLeads ? "starts with white space and the original does not"
                : "does not start with white space as the original does")
        }
        let sourceTrails = Self.trailingWhitespace(pair.source)
        let targetTrails = Self.trailingWhitespace(target)
        if sourceTrails != targetTrails {
            problems.append(targetTrails ? "ends with white space and the original does not"
                : "does not end with white space as the original does")
        }
        guard !problems.isEmpty else { return [] }
        return [
            finding(
                "\(pair.translationName.capitalisedFirst) \(CheckText.quoted(target.plainText)) "
                    + problems.joined(separator: ", and ") + ".",
                remedy: "Match the spaces at the start and end of the original.", at: pair)
        ]
    }

    static func leadingWhitespace(_ text: InlineText) -> Bool {
        guard case .text(let run)? = text.elements.first, let first = run.unicodeScalars.first else { return false }
        return first.isWhiteSpace
    }

    static func trailingWhitespace(_ text: InlineText) -> Bool {
        guard case .text(let run)? = text.elements.last, let last = run.unicodeScalars.last else { return false }
        return last.isWhiteSpace
    }
}
