public import PublicationCore

/// Why an exchange operation could not run at all.
public enum ExchangeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file could not be read or is not well-formed XML.
    case unreadable(String, String)
    /// A file could not be written.
    case unwritable(String, String)
    /// A returned file is not valid: its errors, with their places.
    case invalid([Diagnostic])

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot be read: \(reason)"
        case .unwritable(let path, let reason): "\(path): cannot be written: \(reason)"
        case .invalid(let diagnostics):
            diagnostics.map { "\($0.location.map { "\($0): " } ?? "")error: \($0.message) [\($0.code)]" }
                .joined(separator: "\n")
        }
    }
}
