public import Foundation
public import PublicationCore

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
        read(files, keepingUnitsOf: [], progress: progress).map(\.document)
    }

    /// Reads the files and keeps the units of those whose indices are in `keepingUnitsOf`; every unit
    /// of the other files is shown to the observer `observers` gives for that file (if any), whose
    /// findings come back beside the document.
    public func read(
        _ files: [(url: URL, displayPath: String)], keepingUnitsOf kept: Set<Int>,
        observers: @Sendable (Int) -> (any UnitObserver)?, progress: (@Sendable (Int) -> Void)? = nil
    ) -> [(document: LoadedDocument, units: [TranslationUnit]?, findings: [Diagnostic])] {
        let findings = FindingsBox(count: files.count)
        let loader = self.loader
        let results = read(files, keepingUnitsOf: kept, progress: progress) { index in
            guard !kept.contains(index), let observer = observers(index) else { return nil }
            let document = loader.load(contentsOf: files[index].url, displayPath: files[index].displayPath,
                observer: observer)
            findings.set(observer.finish(), at: index)
            return document
        }
        return results.enumerated().map { ($1.document, $1.units, findings.values[$0]) }
    }

    /// Reads the files and keeps the units of those whose indices are in `keepingUnitsOf` (files that will
    /// be paired with others); the units of every other file stream through and are only counted.
    public func read(
        _ files: [(url: URL, displayPath: String)], keepingUnitsOf kept: Set<Int>,
        progress: (@Sendable (Int) -> Void)? = nil
    ) -> [(document: LoadedDocument, units: [TranslationUnit]?)] {
        read(files, keepingUnitsOf: kept, progress: progress) { _ in nil }
    }

    private func read(
        _ files: [(url: URL, displayPath: String)], keepingUnitsOf kept: Set<Int>,
        progress: (@Sendable (Int) -> Void)?, special: @Sendable (Int) -> LoadedDocument?
    ) -> [(document: LoadedDocument, units: [TranslationUnit]?)] {
        let results = ResultBox(count: files.count)
        let loader = self.loader
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            var units: [TranslationUnit]?
            let document: LoadedDocument
            if let handled = special(index) {
                document = handled
            } else if kept.contains(index) {
                var collected: [TranslationUnit] = []
                document = loader.load(contentsOf: files[index].url, displayPath: files[index].displayPath) {
                    collected.append($0)
                }
                units = collected
            } else {
                document = loader.load(contentsOf: files[index].url, displayPath: files[index].displayPath)
            }
            let done = results.set((document, units), at: index)
            progress?(done)
        }
        return results.values()
    }
}

private final class ResultBox: @unchecked Sendable {
    private var storage: [(document: LoadedDocument, units: [TranslationUnit]?)?]
    private var done = 0
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func set(_ document: (document: LoadedDocument, units: [TranslationUnit]?), at index: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        storage[index] = document
        done += 1
        return done
    }

    func values() -> [(document: LoadedDocument, units: [TranslationUnit]?)] {
        storage.map { $0! }
    }
}

private final class FindingsBox: @unchecked Sendable {
    private var storage: [[Diagnostic]]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: [], count: count)
    }

    func set(_ findings: [Diagnostic], at index: Int) {
        lock.lock()
        defer { lock.unlock() }
        storage[index] = findings
    }

    var values: [[Diagnostic]] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
