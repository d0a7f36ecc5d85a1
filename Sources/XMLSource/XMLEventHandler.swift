/// Receives the events of a streaming parse, in document order.
///
/// Every method has a default that ignores the event, so a handler implements only what it needs.
/// Text arrives in pieces; a handler that wants an element's text collects the pieces itself.
public protocol XMLEventHandler: AnyObject {
    /// An element starts.
    func startElement(_ tag: XMLStartTag)
    /// An element ends. `line` and `column` are where the parser is, just after the end tag.
    func endElement(_ name: XMLName, line: Int, column: Int)
    /// A piece of character data (text or CDATA), already decoded to UTF-8.
    func characters(_ text: UnsafeRawBufferPointer)
    /// A comment.
    func comment(_ text: String)
    /// A processing instruction.
    func processingInstruction(target: String, data: String?)
    /// Whether the next ``endElement(_:line:column:)`` reads its name and position; asked at every
    /// end tag. A handler that keeps its own stack of open elements can answer `false` and then gets
    /// an empty name and the position 0:0, which saves the parser looking up and handing over the
    /// name of every end tag. The default is `true`.
    var readsEndTags: Bool { get }
    /// The handler's numbers for the names it compares often; asked once, after the root element's
    /// ``startElement(_:)`` has returned (so a handler that picks a format at the root can answer for
    /// it). The tags after the root then carry ``XMLStartTag/symbol``. The default is `nil`: no symbols.
    var symbols: XMLSymbols? { get }
}

extension XMLEventHandler {
    public func startElement(_ tag: XMLStartTag) {}
    public func endElement(_ name: XMLName, line: Int, column: Int) {}
    public func characters(_ text: UnsafeRawBufferPointer) {}
    public func comment(_ text: String) {}
    public func processingInstruction(target: String, data: String?) {}
    public var readsEndTags: Bool { true }
    public var symbols: XMLSymbols? { nil }
}
