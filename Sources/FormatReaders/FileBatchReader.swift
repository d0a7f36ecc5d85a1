public import Foundation
import PublicationCore

/// Reads many files on all cores, each with its own parser, and returns the results in input order.
public struct FileBatchReader: Sendable {
    /// The loader used for each file.
    public var loader: DocumentLoader

    /// Creates a batch reader.
    public init(loader: DocumentLoader = DocumentLoader()) {
        self.loader = loader
    }

    /// Reads the files; `progress` is called with the number of files done so far, from any thread.
    public func read(
        _ files: [(url: URL, displayPath: String)], progress: (@Sendable (Int) -> Void)? = nil
    ) -> [LoadedDocument] {
        let results = ResultBox(count: files.count)
        let loader = self.loader
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let document = loader.load(contentsOf: files[index].url, displayPath: files[index].displayPath)
            let done = results.set(document, at: index)
            progress?(done)
        }
        return results.values()
    }
}

private final class ResultBox: @unchecked Sendable {
    private var storage: [LoadedDocument?]
    private var done = 0
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func set(_ document: LoadedDocument, at index: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        storage[index] = document
        done += 1
        return done
    }

    func values() -> [LoadedDocument] {
        storage.map { $0! }
    }
}
