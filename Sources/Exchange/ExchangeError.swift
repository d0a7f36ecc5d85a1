/// Why an exchange operation could not run at all.
public enum ExchangeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file could not be read or is not well-formed XML.
    case unreadable(String, String)
    /// A file could not be written.
    case unwritable(String, String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot be read: \(reason)"
        case .unwritable(let path, let reason): "\(path): cannot be written: \(reason)"
        }
    }
}
