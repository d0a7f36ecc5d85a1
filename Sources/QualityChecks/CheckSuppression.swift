import Pairing
public import PublicationCore

/// One silenced finding: a check's code at one pair.
///
/// Suppressions come from a configuration file (a list of code and pair id) or from an inline
/// marker in a note of the unit:
///
/// ```text
/// kopru:ignore qa.repeated-word qa.double-space   // silences these two checks for this segment
/// kopru:ignore                                    // silences every QA check for this segment
/// ```
///
/// The marker is case-insensitive, `köprü:ignore` works as well, and codes may be separated by
/// spaces or commas. Anything after the codes is free text (a reason, which you should give).
public struct CheckSuppression: Hashable, Sendable, Codable {
    /// The silenced code.
    public var code: DiagnosticCode
    /// The pair id (``SegmentPair/id``) where it is silenced.
    public var unit: String
    /// The file of the pair, when the id alone is ambiguous (the same unit id in several files);
    /// `nil` silences the code at every pair with this id.
    public var file: String?

    /// Creates a suppression.
    public init(_ code: DiagnosticCode, unit: String, file: String? = nil) {
        self.code = code
        self.unit = unit
        self.file = file
    }

    /// Whether the suppression silences a finding.
    public func silences(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.code == code && diagnostic.unit == unit && (file == nil || diagnostic.location?.file == file)
    }

    /// What an inline marker in a note silences.
    public enum InlineMarker: Hashable, Sendable {
        /// Every QA check.
        case all
        /// The listed codes.
        case codes(Set<DiagnosticCode>)
    }

    /// Reads the inline suppression markers of a pair's notes.
    ///
    /// - Parameter notes: the notes of a unit or segment.
    /// - Returns: what they silence, or `nil` when no note has a marker.
    public static func inlineMarker(in notes: [Note]) -> InlineMarker? {
        var codes: Set<DiagnosticCode> = []
        var found = false
        for note in notes {
            let lower = note.text.lowercased()
            for marker in ["kopru:ignore", "köprü:ignore"] {
                var remaining = lower[...]
                while let range = remaining.firstRange(of: marker) {
                    found = true
                    let rest = remaining[range.upperBound...]
                    var listed = 0
                    for token in rest.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" }) {
                        guard token.hasPrefix("qa.") else { break }
                        codes.insert(DiagnosticCode(String(token)))
                        listed += 1
                    }
                    if listed == 0 { return .all }
                    remaining = remaining[range.upperBound...]
                }
            }
        }
        return found ? .codes(codes) : nil
    }
}
