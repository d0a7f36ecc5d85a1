import PublicationCore

extension LoadedPublication {
    /// Each contribution's completeness as the check report gives it.
    public var contributionEntries: [CheckReport.ContributionEntry] {
        contributions.map { result in
            let counts = result.alignment.counts
            return CheckReport.ContributionEntry(id: result.id, originLanguage: result.originalLanguage.code,
                segments: counts.segments, translated: counts.translated, missing: counts.missing,
                outdated: counts.outdated, needsReview: counts.needsReview)
        }
    }

    /// The volume's translated share, 0…1, by the check report's rule.
    public var complete: Double {
        CheckReport(files: [], contributions: contributionEntries, diagnostics: []).summary.complete
    }

    /// The completeness gate alone, without the QA findings: what `kopru build --strict` applies. The
    /// same rule as `kopru check`'s gate (``CheckReport/applyGate(minimum:warningsAsErrors:)``): the
    /// volume and each contribution must reach `minimum` percent.
    public func completenessGate(minimum: Double) -> CheckReport.Gate? {
        var report = CheckReport(files: [], contributions: contributionEntries, diagnostics: [])
        report.applyGate(minimum: minimum)
        return report.gate
    }
}
