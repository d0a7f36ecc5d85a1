import Pairing
public import PublicationCore

/// Finds translations whose paired inline codes are broken: a closing code before its opening code,
/// an opening code never closed, or two pairs that overlap (`<g1><g2></g1></g2>`), when the source's
/// codes nest properly.
///
/// ```text
/// source: "<g id="1">Kita</g>"   target: "</g>Kreş<g id="1">"   → qa.inline-code-nesting
/// ```
public struct InlineCodeNestingCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.inline-code-nesting"
    public static let defaultSeverity: Diagnostic.Severity = .error
    public static let summary = "Paired inline codes in the translation are closed before they open, or overlap."
    public static let appliesToKeyedUnits = true

    /// Creates the check.
    public init() {}

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] {
        guard let target = pair.target, pair.targetText != nil, target.codes.count > 1 else { return [] }
        guard Self.nestingProblem(in: pair.source.codes) == nil,
            let problem = Self.nestingProblem(in: target.codes)
        else { return [] }
        return [
            finding(
                "In \(pair.translationName) the inline code \(problem.displayName) is out of place: "
                    + "paired codes must open before they close and must not overlap.",
                remedy: "Move the code so that each opening code comes before its closing code, as in the original.",
                at: pair)
        ]
    }

    /// The first code that breaks the nesting, or `nil` when the codes nest properly.
    static func nestingProblem(in codes: [InlineCode]) -> InlineCode? {
        let keys = Set(codes.map(\.matchKey))
        var stack: [InlineCode] = []
        for code in codes {
            switch code.kind {
            case .opening, .markerStart:
                // An opening code without a partner in this segment is isolated in effect.
                if let partner = code.partnerKey, keys.contains(partner) { stack.append(code) }
            case .closing, .markerEnd:
                let opening = codes.first { $0.partnerKey == code.matchKey }
                guard opening != nil else { continue }
                guard let last = stack.last else { return code }
                if last.partnerKey != code.matchKey { return code }
                stack.removeLast()
            case .placeholder, .isolated:
                continue
            }
        }
        return stack.first
    }
}
