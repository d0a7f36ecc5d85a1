public import Foundation
import Pairing
public import PublicationCore
public import QualityChecks

extension Manifest {
    /// Reads the glossary named under `check.glossary`, for the QA checks of `check` and the
    /// input check of `build`.
    ///
    /// ```swift
    /// let (glossary, problems) = manifest.glossary(relativeTo: URL(fileURLWithPath: "."))
    /// problems.contains { $0.code == "check.glossary-unreadable" }   // true when the file is missing
    /// ```
    ///
    /// - Parameter base: the manifest's folder; the glossary's path is relative to it.
    /// - Returns: the glossary (empty when none is named or it cannot be read) and the problems: the
    ///   glossary's own (`glossary.*`) and an error `check.glossary-unreadable` when the file does not
    ///   exist, is not a regular file, cannot be read or is not UTF-8.
    public func glossary(relativeTo base: URL) -> (Glossary, [Diagnostic]) {
        guard let path = check.glossary else { return (Glossary(), []) }
        let url = base.appendingPathComponent(path)
        let type = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType
        if type == .typeRegular, let (glossary, problems) = try? Glossary.load(contentsOf: url) {
            return (glossary, problems)
        }
        let problem = switch type {
        case nil: "does not exist"
        case .typeRegular?: "cannot be read (or is not UTF-8 text)"
        case .typeDirectory?: "is a folder, not a file"
        default: "is not a regular file"
        }
        return (Glossary(), [Diagnostic(CheckCatalog.glossaryUnreadable, "the glossary \(path) \(problem)",
            remedy: "correct check.glossary in kopru.yaml; it is a path relative to the manifest", at: check.glossaryLocation)])
    }
}
