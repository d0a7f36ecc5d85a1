public import PublicationCore

/// A new target (and state) for one unit, to be written by ``XLIFFRewriter``.
public struct XLIFFTargetChange: Hashable, Sendable {
    /// The unit's id.
    public var unitID: String
    /// The new target.
    public var target: InlineText
    /// The state to write: XLIFF 1.2 `<target state>`, XLIFF 2 `<segment state>`; `nil` leaves it.
    public var state: String?
    /// A new source, when the original changed since the unit was written; `nil` keeps the source.
    public var source: InlineText?

    /// Creates a change.
    public init(unitID: String, target: InlineText, state: String? = nil, source: InlineText? = nil) {
        self.unitID = unitID
        self.target = target
        self.state = state
        self.source = source
    }
}
