/// One sentence-boundary rule in the spirit of SRX: a pattern for the text before a candidate
/// boundary, a pattern for the text after it, and whether the boundary is a break.
///
/// ``SentenceSegmenter`` looks only at places where a non-space character is followed by white
/// space. At each such place the rules of the language are tried in order, and the first rule
/// whose ``before`` pattern matches the text ending there and whose ``after`` pattern matches the
/// text starting there decides. When no rule matches there is no break. Because breaks only
/// happen at white space, URLs, e-mail addresses and numbers such as `1.250,5` are never split.
///
/// Patterns use ICU regular-expression syntax (as `NSRegularExpression`): ``before`` is matched
/// so that it ends at the candidate place, ``after`` so that it starts there (with the white space).
public struct SegmentationRule: Hashable, Sendable {
    /// What a matching rule decides.
    public enum Action: String, Hashable, Sendable {
        /// A sentence ends here.
        case breakHere = "break"
        /// No sentence ends here (an exception such as an abbreviation).
        case noBreak = "no break"
    }

    /// A short stable name, such as `de.abbreviation.z-b`, used in the documentation and tests.
    public var name: String
    /// Whether the rule breaks or prevents a break.
    public var action: Action
    /// The pattern the text before the candidate place must end with.
    public var before: String
    /// The pattern the text after the candidate place must start with (it begins with the white space).
    public var after: String
    /// One sentence saying what the rule is for.
    public var purpose: String
    /// A short example text where the rule applies; `|` marks the place it decides about.
    public var example: String

    /// Creates a rule.
    ///
    /// - Parameters:
    ///   - name: A short stable name.
    ///   - action: Break or no break.
    ///   - before: The ICU pattern for the text before the place.
    ///   - after: The ICU pattern for the text after the place.
    ///   - purpose: What the rule is for.
    ///   - example: An example with `|` at the place decided.
    public init(_ name: String, _ action: Action, before: String, after: String, purpose: String, example: String) {
        self.name = name
        self.action = action
        self.before = before
        self.after = after
        self.purpose = purpose
        self.example = example
    }
}
