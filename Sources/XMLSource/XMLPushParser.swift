public import Foundation

/// Parses one XML document handed over in pieces, for callers that produce the bytes themselves
/// (a part of a ZIP container decompressed chunk by chunk).
///
/// It is the parser of ``XMLStreamParser`` with the same hardening and diagnostics; only the source
/// of the bytes differs. Each instance owns its own libxml2 context and must stay on one thread.
///
/// ```swift
/// let parser = XMLPushParser(displayPath: "report.docx", handler: handler)
/// for chunk in chunks { if !parser.feed(chunk) { break } }
/// let result = parser.finish()   // isWellFormed, diagnostics
/// ```
public final class XMLPushParser {
    private let session: ParseSession
    private var finished: XMLStreamParser.Result?

    /// Creates a parser.
    ///
    /// - Parameters:
    ///   - displayPath: the path to use in diagnostics.
    ///   - handler: receives the events.
    ///   - options: the parser's settings.
    public init(displayPath: String, handler: any XMLEventHandler, options: XMLStreamParser.Options = .init()) {
        session = ParseSession(displayPath: displayPath, handler: handler, options: options)
    }

    /// Hands the next bytes to the parser.
    ///
    /// - Returns: `false` once the parse has stopped (a fatal error); further bytes are ignored.
    @discardableResult
    public func feed(_ data: Data) -> Bool {
        guard finished == nil else { return false }
        return data.withUnsafeBytes { session.feed($0) }
    }

    /// Ends the input and returns whether the document was well-formed, with the diagnostics.
    public func finish() -> XMLStreamParser.Result {
        if let finished { return finished }
        let result = session.finish()
        finished = result
        return result
    }
}
