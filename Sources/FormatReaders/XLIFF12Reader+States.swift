import PublicationCore

/// The `state` values of `<target>`: each distinct value is kept once, with whether XLIFF 1.2 knows it,
/// and the ``TranslationState`` each combination of state, `state-qualifier` and `approved` gives is
/// worked out once.
///
/// A file uses a handful of states for thousands of segments; sharing one string per state and one
/// mapping per combination saves comparing the value with every known state for every segment.
/// Both lists stop growing at ``limit`` entries (a file with more distinct values is still read
/// correctly, only without the sharing).
extension XLIFF12Reader {
    struct StateTable {
        /// A `state` value as written.
        struct State {
            /// The value.
            var name: String
            /// Whether XLIFF 1.2 defines it or it starts with `x-`.
            var isKnown: Bool
            /// Its position in the table, or `-1` when the table was full.
            var index: Int
        }

        private struct Mapping {
            var state: Int
            var qualifier: String?
            var approved: String?
            var result: TranslationState
        }

        private static var limit: Int { 32 }
        private var states: [State] = []
        private var mappings: [Mapping] = []

        /// The state with this value, added to the table when new.
        mutating func state(named value: String) -> State {
            let length = value.utf8.count
            for state in states where state.name.utf8.count == length && state.name == value {
                return state
            }
            let state = State(name: value, isKnown: Self.isKnown(value), index: states.count < Self.limit ? states.count : -1)
            if state.index >= 0 { states.append(state) }
            return state
        }

        /// The translation state of a segment whose target has text.
        ///
        /// - Parameters:
        ///   - state: the target's `state`, if any.
        ///   - qualifier: the target's `state-qualifier`, if any.
        ///   - approved: the unit's `approved` as written, if any.
        mutating func translationState(_ state: State?, qualifier: String?, approved: String?) -> TranslationState {
            let index = state.map(\.index) ?? -2
            if index != -1 {
                for mapping in mappings
                where mapping.state == index && mapping.qualifier == qualifier && mapping.approved == approved {
                    return mapping.result
                }
            }
            let isApproved: Bool? = switch approved {
            case "yes": true
            case "no": false
            default: nil
            }
            let result = TranslationState(xliff12State: state?.name, stateQualifier: qualifier, approved: isApproved,
                hasTarget: true, targetHasText: true)
            if index != -1, mappings.count < Self.limit {
                mappings.append(Mapping(state: index, qualifier: qualifier, approved: approved, result: result))
            }
            return result
        }

        /// Whether XLIFF 1.2 defines the state, or it is a custom `x-…` state.
        static func isKnown(_ value: String) -> Bool {
            switch value {
            case "final", "needs-adaptation", "needs-l10n", "needs-review-adaptation", "needs-review-l10n",
                "needs-review-translation", "needs-translation", "new", "signed-off", "translated":
                true
            default:
                value.hasPrefix("x-")
            }
        }
    }
}
