import ArgumentParser

extension ExitCode {
    /// Some input has findings: incomplete translations or QA errors.
    static let findings = ExitCode(1)
    /// Some input could not be read: not XML, malformed, invalid XLIFF.
    static let unreadableInput = ExitCode(2)
}
