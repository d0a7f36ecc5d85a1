import FormatReaders
public import PublicationCore

/// Why an exchange operation could not run at all, or stopped.
public enum ExchangeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file could not be read or is not well-formed XML.
    case unreadable(String, String)
    /// A file could not be written; nothing was written.
    case unwritable(String, String)
    /// A returned file is not valid: its errors, with their places.
    case invalid([Diagnostic])
    /// A source changed on disk after the import read it; nothing was written.
    case sourceChanged(String)
    /// A source the import would write is read-only; nothing was written.
    case readOnly(String)
    /// Writing stopped part-way: `written` lists the files already replaced (each complete), `path` the
    /// one that failed.
    case partiallyWritten(path: String, reason: String, written: [String])

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot be read: \(reason)"
        case .unwritable(let path, let reason): "\(path): cannot be written: \(reason)"
        case .invalid(let diagnostics):
            diagnostics.map { "\($0.location.map { "\($0): " } ?? "")error: \($0.message) [\($0.code)]" }
                .joined(separator: "\n")
        case .sourceChanged(let path): "\(path) changed on disk while the import ran"
        case .readOnly(let path): "\(path) is read-only"
        case .partiallyWritten(let path, let reason, _): "\(path): cannot be written: \(reason)"
        }
    }

    /// The stable code.
    public var code: DiagnosticCode {
        switch self {
        case .unreadable: FormatReaderDiagnostics.unreadable.code
        case .invalid: ExchangeDiagnostics.invalid.code
        case .unwritable, .partiallyWritten: ExchangeDiagnostics.unwritable.code
        case .sourceChanged: ExchangeDiagnostics.sourceChanged.code
        case .readOnly: ExchangeDiagnostics.readOnly.code
        }
    }

    /// What to do.
    public var remedy: String {
        switch self {
        case .unreadable: "name a readable XLIFF file; nothing was imported"
        case .invalid: "repair the returned file; nothing was imported"
        case .unwritable(let path, _): "make \(path) and its folder writable, or free space, then import again; nothing was written"
        case .sourceChanged(let path): "another program changed \(path); nothing was written — import again"
        case .readOnly(let path): "make \(path) writable (chmod u+w) if it should receive translations, then import again; nothing was written"
        case .partiallyWritten(_, _, let written):
            "written before the failure, each complete: \(written.isEmpty ? "nothing" : written.joined(separator: ", ")); kopru.lock was not updated — free space or fix permissions and import again to complete it"
        }
    }
}
