/// How far the translation of one segment has come, in Köprü's terms.
///
/// Each format's states map onto these cases by the table in `docs/state-mapping.md`
/// (see ``TranslationState/init(xliff12State:stateQualifier:approved:hasTarget:targetHasText:)``
/// and ``TranslationState/init(xliff2State:hasTarget:targetHasText:)``).
public enum TranslationState: String, Hashable, Sendable, Codable, CaseIterable {
    /// There is no target at all.
    case missing
    /// A target exists but holds no text (only whitespace or inline codes).
    case empty
    /// A target with text exists, but its state says it still needs translating (XLIFF 1.2 `new`,
    /// `needs-translation`).
    case untranslated
    /// A target with text exists but is not confirmed: it needs review, adaptation or localisation,
    /// it is a fuzzy or machine match, or (XLIFF 2) its state is explicitly `initial`.
    case needsReview
    /// The target is translated (including reviewed, signed-off and final targets).
    case translated

    /// Whether the segment counts as translated for completeness.
    public var isTranslated: Bool { self == .translated }

    /// Maps an XLIFF 1.2 `<target>` to a state.
    ///
    /// - Parameters:
    ///   - xliff12State: the `state` attribute of `<target>`, if any.
    ///   - stateQualifier: the `state-qualifier` attribute of `<target>`, if any.
    ///   - approved: the `approved` attribute of `<trans-unit>`: `true` for `yes`, `false` for `no`,
    ///     `nil` when absent.
    ///   - hasTarget: whether there is a `<target>` element.
    ///   - targetHasText: whether the target holds text other than whitespace.
    public init(
        xliff12State: String?, stateQualifier: String?, approved: Bool?, hasTarget: Bool, targetHasText: Bool
    ) {
        guard hasTarget else { self = .missing; return }
        guard targetHasText else { self = .empty; return }
        if approved == true { self = .translated; return }
        switch xliff12State {
        case "new", "needs-translation":
            self = .untranslated
        case "needs-adaptation", "needs-l10n", "needs-review-adaptation", "needs-review-l10n",
            "needs-review-translation":
            self = .needsReview
        case "final", "signed-off":
            self = .translated
        case "translated", nil:
            switch stateQualifier {
            case "fuzzy-match", "mt-suggestion", "leveraged-mt", "leveraged-tm", "leveraged-inherited",
                "leveraged-glossary", "tm-suggestion":
                self = .needsReview
            default:
                self = .translated
            }
        case let custom? where custom.hasPrefix("x-"):
            // A tool's own `x-…` state: the target has text, so it counts as translated.
            self = .translated
        default:
            // A value XLIFF 1.2 does not define (translate-toolkit writes `needs-review`, `rejected`): nobody
            // can say the translation was confirmed, so it is not counted as translated.
            self = .needsReview
        }
    }

    /// Maps an XLIFF 2 `<segment>` to a state.
    ///
    /// - Parameters:
    ///   - xliff2State: the segment's `state` attribute, if present (`initial`, `translated`,
    ///     `reviewed`, `final`).
    ///   - hasTarget: whether there is a `<target>` element.
    ///   - targetHasText: whether the target holds text other than whitespace.
    public init(xliff2State: String?, hasTarget: Bool, targetHasText: Bool) {
        guard hasTarget else { self = .missing; return }
        guard targetHasText else { self = .empty; return }
        switch xliff2State {
        case "initial": self = .needsReview
        default: self = .translated
        }
    }
}
