public import Foundation

/// The lock file (`kopru.lock`) beside the sources: for each confirmed translation, a fingerprint of the
/// original text it was translated from.
///
/// When an original block changes after its translation was confirmed, its fingerprint no longer
/// matches and the translation is reported *outdated* until it is confirmed again (`kopru check
/// --accept`, or on import). The file is plain text, one line per block, sorted, so it diffs well:
///
/// ```text
/// # kopru.lock — fingerprints of the originals of confirmed translations. Written by kopru; do not edit.
/// # contribution	block	original-language	fingerprint
/// 03-osnabrueck	osn-p1	de	3c5f0e9a4b7d2c11
/// ```
public struct LockFile: Sendable, Equatable {
    /// One confirmed block.
    public struct Key: Hashable, Sendable, Comparable {
        public var contribution: String
        public var block: String

        public init(contribution: String, block: String) {
            self.contribution = contribution
            self.block = block
        }

        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.contribution, lhs.block) < (rhs.contribution, rhs.block)
        }
    }

    /// One entry: the original's language, the fingerprint of its text when confirmed, and the
    /// fingerprint of the translation that was confirmed (written since Köprü 0.2; older lines have none).
    public struct Entry: Hashable, Sendable {
        public var originalLanguage: String
        public var fingerprint: String
        /// The fingerprint of the translation as it was confirmed, so that `check --accept all` can tell
        /// an outdated translation that was updated since from one that was not.
        public var translationFingerprint: String?

        public init(originalLanguage: String, fingerprint: String, translationFingerprint: String? = nil) {
            self.originalLanguage = originalLanguage
            self.fingerprint = fingerprint
            self.translationFingerprint = translationFingerprint
        }
    }

    /// The entries.
    public var entries: [Key: Entry]

    /// Creates a lock file.
    public init(entries: [Key: Entry] = [:]) {
        self.entries = entries
    }

    /// The fingerprint recorded for a block, if it was confirmed.
    public func fingerprint(contribution: String, block: String) -> String? {
        entries[Key(contribution: contribution, block: block)]?.fingerprint
    }

    /// Parses the text of a lock file. Malformed lines are returned as their 1-based line numbers.
    public init(parsing text: String) throws(LockFileError) {
        var entries: [Key: Entry] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 || fields.count == 5, fields.allSatisfy({ !$0.isEmpty }) else {
                throw .malformedLine(index + 1, String(line))
            }
            entries[Key(contribution: fields[0], block: fields[1])] = Entry(originalLanguage: fields[2],
                fingerprint: fields[3], translationFingerprint: fields.count == 5 ? fields[4] : nil)
        }
        self.entries = entries
    }

    /// The text of the file: a header, then one sorted line per entry.
    public var text: String {
        var lines = [
            "# kopru.lock — fingerprints of the originals of confirmed translations. Written by kopru; do not edit.",
            "# contribution\tblock\toriginal-language\tfingerprint[\ttranslation-fingerprint]",
        ]
        for key in entries.keys.sorted() {
            let entry = entries[key]!
            lines.append("\(key.contribution)\t\(key.block)\t\(entry.originalLanguage)\t\(entry.fingerprint)"
                + (entry.translationFingerprint.map { "\t" + $0 } ?? ""))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a lock file; a missing file is an empty lock.
    public static func read(from url: URL) throws(LockFileError) -> LockFile {
        guard FileManager.default.fileExists(atPath: url.path) else { return LockFile() }
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .unreadable(url.path) }
        return try LockFile(parsing: String(decoding: data, as: UTF8.self))
    }

    /// Writes the lock file atomically: to a temporary file beside it, then renamed into place.
    public func write(to url: URL) throws(LockFileError) {
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw .unwritable(url.path, error.localizedDescription)
        }
    }
}

/// Why a lock file could not be read or written.
public enum LockFileError: Error, Equatable, CustomStringConvertible {
    case malformedLine(Int, String)
    case unreadable(String)
    case unwritable(String, String)

    public var description: String {
        switch self {
        case .malformedLine(let line, let text):
            "kopru.lock:\(line): this line is not 'contribution<TAB>block<TAB>language<TAB>fingerprint': \(text)"
        case .unreadable(let path): "\(path): the lock file cannot be read"
        case .unwritable(let path, let reason): "\(path): the lock file cannot be written: \(reason)"
        }
    }
}
