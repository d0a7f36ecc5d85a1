import PublicationCore
import XMLSource

/// Placeholder until the reader lands.
final class DocBookReader: FormatEventHandler {
    let context: ReadContext
    init(context: ReadContext) { self.context = context }
    func finish(isWellFormed: Bool) {}
}
