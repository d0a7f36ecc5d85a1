internal import CLibXML2
public import Foundation
public import PublicationCore

/// Streams a file through libxml2's SAX2 parser and hands its events to an ``XMLEventHandler``.
///
/// The parser reads a file (or a document in memory) as it needs its bytes and never builds a tree, so
/// memory stays flat whatever the size of the file. It is hardened for untrusted input:
///
/// - no network access and no external entity, DTD or XInclude is ever loaded;
/// - entities declared in a DTD are never expanded (only the five predefined ones and character
///   references are), so neither an XXE file nor a "billion laughs" file gets anywhere;
/// - nesting deeper than ``Options/maximumDepth`` is refused;
/// - the encoding is detected from the byte-order mark or the XML declaration (UTF-8, UTF-16,
///   ISO-8859-9 and the others libxml2 knows).
///
/// Problems become ``Diagnostic``s with a position; the parser's own words are kept as a note.
public struct XMLStreamParser: Sendable {
    /// Settings of a parse.
    public struct Options: Sendable {
        /// The deepest element nesting accepted.
        public var maximumDepth: Int
        /// At most this many parser diagnostics are kept per file.
        public var maximumDiagnostics: Int

        /// Creates options.
        public init(maximumDepth: Int = 200, maximumDiagnostics: Int = 20) {
            self.maximumDepth = maximumDepth
            self.maximumDiagnostics = maximumDiagnostics
        }
    }

    /// The outcome of a parse.
    public struct Result: Sendable {
        /// Whether the document was well-formed to its end.
        public var isWellFormed: Bool
        /// What the parser found wrong (and its warnings).
        public var diagnostics: [Diagnostic]
        /// The encoding the document declared or the parser detected, if known.
        public var encoding: String?
        /// The number of bytes read.
        public var bytesRead: Int
    }

    /// The options in force.
    public var options: Options

    /// Creates a parser.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Parses a file, streaming it.
    ///
    /// - Parameters:
    ///   - url: the file to read.
    ///   - displayPath: the path to use in diagnostics (as the user wrote it).
    ///   - handler: receives the events.
    /// - Returns: whether the file was well-formed, and the diagnostics.
    /// - Throws: ``XMLSourceError`` when the file cannot be opened or read.
    public func parse(
        contentsOf url: URL, displayPath: String, handler: any XMLEventHandler
    ) throws(XMLSourceError) -> Result {
        let file = try Self.openRegularFile(url, displayPath: displayPath)
        defer { fclose(file) }
        let session = ParseSession(displayPath: displayPath, handler: handler, options: options)
        if !session.parse(.file(file)) { throw .unreadable(displayPath, reason: "the file could not be read to its end") }
        return session.finish()
    }

    /// Opens a file for reading, refusing anything but a regular file.
    ///
    /// The file is opened without blocking and checked with `fstat` on the open descriptor, so a
    /// named pipe (which would wait for a writer forever), a device or a socket is refused without
    /// ever being read, and no other file can be swapped in between the check and the read.
    static func openRegularFile(_ url: URL, displayPath: String) throws(XMLSourceError) -> UnsafeMutablePointer<FILE> {
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            var isDirectory: ObjCBool = false
            if code == ENOENT || code == ENOTDIR || !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
                throw .fileNotFound(displayPath)
            }
            if isDirectory.boolValue { throw .isDirectory(displayPath) }
            throw .unreadable(displayPath, reason: String(cString: strerror(code)))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .unreadable(displayPath, reason: reason)
        }
        let type = status.st_mode & S_IFMT
        guard type == S_IFREG else {
            close(descriptor)
            switch type {
            case S_IFDIR: throw .isDirectory(displayPath)
            case S_IFIFO: throw .notRegularFile(displayPath, kind: "a named pipe (FIFO)")
            case S_IFSOCK: throw .notRegularFile(displayPath, kind: "a socket")
            case S_IFCHR, S_IFBLK: throw .notRegularFile(displayPath, kind: "a device")
            default: throw .notRegularFile(displayPath, kind: "not a regular file")
            }
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        guard let file = fdopen(descriptor, "rb") else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .unreadable(displayPath, reason: reason)
        }
        return file
    }

    /// Parses a document held in memory.
    ///
    /// - Parameters:
    ///   - data: the document's bytes.
    ///   - displayPath: the path to use in diagnostics.
    ///   - handler: receives the events.
    public func parse(_ data: Data, displayPath: String, handler: any XMLEventHandler) -> Result {
        let session = ParseSession(displayPath: displayPath, handler: handler, options: options)
        data.withUnsafeBytes { bytes in _ = session.parse(.memory(bytes, offset: 0)) }
        return session.finish()
    }
}

/// Errors that stop a file from being read at all.
public enum XMLSourceError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No file at the path.
    case fileNotFound(String)
    /// The path is a folder.
    case isDirectory(String)
    /// The file exists but cannot be read.
    case unreadable(String, reason: String)
    /// The path is a named pipe, a device or a socket: reading it could wait forever or never end.
    case notRegularFile(String, kind: String)

    public var description: String {
        switch self {
        case .fileNotFound(let path): "\(path): no such file"
        case .isDirectory(let path): "\(path): is a folder, not a file"
        case .unreadable(let path, let reason): "\(path): cannot be read: \(reason)"
        case .notRegularFile(let path, let kind): "\(path) is \(kind), not a regular file; it is skipped"
        }
    }
}
