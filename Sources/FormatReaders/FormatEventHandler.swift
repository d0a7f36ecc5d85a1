import PublicationCore
public import XMLSource

/// A streaming reader for one format: it receives the parser's events from the root element on
/// and reports units, files and diagnostics through its ``ReadContext``.
///
/// ``DocumentLoader`` chooses the handler from the root element, so every file is parsed once.
public protocol FormatEventHandler: XMLEventHandler {
    /// Creates a handler that reports through `context`.
    init(context: ReadContext)
    /// Called once after the last event. `isWellFormed` is `false` when the XML parser stopped early;
    /// the handler then reports what it has and does not complain about what is missing.
    func finish(isWellFormed: Bool)
}
