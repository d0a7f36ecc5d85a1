/// Why a publication could not be written.
public enum PublicationWriterError: Error, Hashable, Sendable, CustomStringConvertible {
    /// An external program the writer needs is not installed.
    case engineMissing(program: String, searched: [String], installCommand: String)
    /// The external program ran and failed; its standard error is kept.
    case engineFailed(program: String, status: Int32, standardError: String)
    /// A file or folder could not be written.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .engineMissing(let program, let searched, let installCommand):
            "error: the PDF engine \"\(program)\" (in a Python virtual environment with pikepdf) was not found; looked in "
                + searched.joined(separator: ", ")
                + "\n  Install it with `\(installCommand)` in Köprü's folder (`make publication` runs it), set \(PDFEngine.environmentVariable) to such a virtual environment, or build without PDF (--to html,epub)."
        case .engineFailed(let program, let status, let standardError):
            "error: \(program) failed with exit status \(status)\n" + standardError
                .split(separator: "\n", omittingEmptySubsequences: true).map { "  \($0)" }.joined(separator: "\n")
        case .cannotWrite(let path, let reason):
            "error: cannot write \"\(path)\": \(reason)"
        }
    }
}
