package import ArgumentParser
import Pairing
import Project
import QualityChecks

extension ExitCode {
    /// Some input has findings: incomplete translations or QA errors.
    static let findings = ExitCode(1)
    /// Some input could not be read: not XML, malformed, invalid XLIFF.
    package static let unreadableInput = ExitCode(2)
    /// A program Köprü needs is not installed (sysexits' EX_UNAVAILABLE): `kopru-preview` for `kopru preview`.
    static let unavailable = ExitCode(69)
    /// A write was refused: the place is not Köprü's to write or replace (sysexits' EX_CANTCREAT).
    static let refusedWrite = ExitCode(73)
    /// A file or folder could not be written: disk full, read-only (sysexits' EX_IOERR).
    package static let cannotWrite = ExitCode(74)
    /// Another kopru process is changing the project (sysexits' EX_TEMPFAIL).
    static let projectLocked = ExitCode(75)

    /// The exit status for a refused or failed write.
    init(_ error: ProjectError) {
        switch error {
        case .refused: self = .refusedWrite
        case .unwritable: self = .cannotWrite
        case .locked: self = .projectLocked
        case .unreadableLockFile: self = .unreadableInput
        }
    }
}
