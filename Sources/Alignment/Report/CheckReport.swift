public import PublicationCore

/// The result of `kopru check`: per-file counts, per-contribution completeness, findings and a summary.
///
/// Encoded as JSON it is the report scripts and CI rely on (see PRODUCT.md):
/// `{"files":[…],"contributions":[…],"findings":[…],"summary":{…}}`.
public struct CheckReport: Sendable, Codable {
    /// Counts of one file.
    public struct FileEntry: Sendable, Codable, Equatable {
        public var path: String
        public var format: String?
        public var version: String?
        public var sourceLanguage: String?
        public var targetLanguage: String?
        public var units: Int
        public var segments: Int
        public var translated: Int
        public var missing: Int
        public var empty: Int
        public var untranslated: Int
        public var needsReview: Int
        public var locked: Int
        public var sourceWords: Int
        /// How many segments carry each state as written in the file; `(none)` for no state.
        public var states: [String: Int]
        /// The translated share, 0…1.
        public var complete: Double
        /// Whether the file could be read without error.
        public var readable: Bool

        /// Creates an entry from a file's statistics.
        public init(_ statistics: FileStatistics, readable: Bool) {
            path = statistics.path
            format = statistics.format?.rawValue
            version = statistics.version
            sourceLanguage = statistics.sourceLanguage?.code
            targetLanguage = statistics.targetLanguage?.code
            units = statistics.units
            segments = statistics.segments
            translated = statistics.translated
            missing = statistics.missing
            empty = statistics.empty
            untranslated = statistics.untranslated
            needsReview = statistics.needsReview
            locked = statistics.locked
            sourceWords = statistics.sourceWords
            states = statistics.writtenStates
            complete = statistics.complete
            self.readable = readable
        }
    }

    /// Completeness of one contribution (a German–Turkish pair of documents).
    public struct ContributionEntry: Sendable, Codable, Equatable {
        public var id: String
        public var originLanguage: String
        public var segments: Int
        public var translated: Int
        public var missing: Int
        public var outdated: Int
        public var needsReview: Int
        public var complete: Double

        public init(
            id: String, originLanguage: String, segments: Int, translated: Int, missing: Int, outdated: Int,
            needsReview: Int
        ) {
            self.id = id
            self.originLanguage = originLanguage
            self.segments = segments
            self.translated = translated
            self.missing = missing
            self.outdated = outdated
            self.needsReview = needsReview
            self.complete = segments == 0 ? 1 : Double(translated) / Double(segments)
        }
    }

    /// One finding: a diagnostic flattened for JSON.
    public struct Finding: Sendable, Codable, Equatable {
        public var code: String
        public var severity: String
        public var file: String?
        public var line: Int?
        public var column: Int?
        public var unit: String?
        public var message: String
        public var remedy: String?
        public var notes: [String]?

        /// Creates a finding from a diagnostic.
        public init(_ diagnostic: Diagnostic) {
            code = diagnostic.code.rawValue
            severity = diagnostic.severity.rawValue
            file = diagnostic.location?.file
            line = diagnostic.location?.line
            column = diagnostic.location?.column
            unit = diagnostic.unit
            message = diagnostic.message
            remedy = diagnostic.remedy
            notes = diagnostic.notes.isEmpty ? nil : diagnostic.notes
        }
    }

    /// Totals.
    public struct Summary: Sendable, Codable, Equatable {
        /// The translated share over all translatable segments (contributions when there are any), 0…1.
        public var complete: Double
        public var errors: Int
        public var warnings: Int
        public var files: Int
        public var unreadableFiles: Int
        public var segments: Int
        public var translated: Int
    }

    public var files: [FileEntry]
    public var contributions: [ContributionEntry]
    public var findings: [Finding]
    public var summary: Summary

    /// Builds a report from what was read.
    public init(files: [FileEntry], contributions: [ContributionEntry] = [], diagnostics: [Diagnostic]) {
        self.files = files
        self.contributions = contributions
        self.findings = diagnostics.map(Finding.init)
        let segments: Int
        let translated: Int
        if contributions.isEmpty {
            // Monolingual documents have nothing to translate in themselves.
            let bilingual = files.filter { file in
                !(file.format.flatMap(DocumentFormat.init(rawValue:))?.isContribution ?? false) && file.readable
            }
            segments = bilingual.reduce(0) { $0 + $1.segments }
            translated = bilingual.reduce(0) { $0 + $1.translated }
        } else {
            segments = contributions.reduce(0) { $0 + $1.segments }
            translated = contributions.reduce(0) { $0 + $1.translated }
        }
        summary = Summary(
            complete: segments == 0 ? 1 : Double(translated) / Double(segments),
            errors: diagnostics.filter { $0.severity == .error }.count,
            warnings: diagnostics.filter { $0.severity == .warning }.count,
            files: files.count,
            unreadableFiles: files.filter { !$0.readable }.count,
            segments: segments,
            translated: translated)
    }
}
