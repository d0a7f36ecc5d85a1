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
            // Nothing read is not complete.
            complete = readable ? statistics.complete : 0
            self.readable = readable
        }

        /// Every field of the report's contract, also one without a value (`null`), so that a script finds
        /// the same keys in every entry.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(orNull: format, forKey: .format)
            try container.encode(orNull: version, forKey: .version)
            try container.encode(orNull: sourceLanguage, forKey: .sourceLanguage)
            try container.encode(orNull: targetLanguage, forKey: .targetLanguage)
            try container.encode(units, forKey: .units)
            try container.encode(segments, forKey: .segments)
            try container.encode(translated, forKey: .translated)
            try container.encode(missing, forKey: .missing)
            try container.encode(empty, forKey: .empty)
            try container.encode(untranslated, forKey: .untranslated)
            try container.encode(needsReview, forKey: .needsReview)
            try container.encode(locked, forKey: .locked)
            try container.encode(sourceWords, forKey: .sourceWords)
            try container.encode(states, forKey: .states)
            try container.encode(complete, forKey: .complete)
            try container.encode(readable, forKey: .readable)
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

        /// Every field of the report's contract, also one without a value (`null`: a finding about a
        /// whole input has no line); `notes` only when there are some.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(code, forKey: .code)
            try container.encode(severity, forKey: .severity)
            try container.encode(orNull: file, forKey: .file)
            try container.encode(orNull: line, forKey: .line)
            try container.encode(orNull: column, forKey: .column)
            try container.encode(orNull: unit, forKey: .unit)
            try container.encode(message, forKey: .message)
            try container.encode(orNull: remedy, forKey: .remedy)
            try container.encodeIfPresent(notes, forKey: .notes)
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

    /// The completeness gate: the required percentage, what was reached, and what holds it back.
    public struct Gate: Sendable, Codable, Equatable {
        /// One contribution below the threshold.
        public struct Shortfall: Sendable, Codable, Equatable {
            public var id: String
            public var complete: Double
        }

        /// The required percentage (0–100), for the volume and for each contribution.
        public var threshold: Double
        /// The volume's completeness reached, in percent.
        public var reached: Double
        /// Whether everything was read, nothing is below the threshold, and no finding is an error.
        public var passed: Bool
        /// Why it failed, in one line; `nil` when it passed.
        public var reason: String?
        /// The contributions below the threshold, least complete first.
        public var holdingBack: [Shortfall]
    }

    public var files: [FileEntry]
    public var contributions: [ContributionEntry]
    public var findings: [Finding]
    public var summary: Summary
    /// The gate's verdict, once ``applyGate(minimum:warningsAsErrors:)`` has run.
    public var gate: Gate?
    /// Says who wrote the report (``generatorName``), so that `check --output` overwrites a JSON
    /// report it wrote and no other JSON file.
    public var generator: String? = CheckReport.generatorName

    /// The value of ``generator``.
    public static let generatorName = "Köprü check report"

    /// Builds a report from what was read.
    ///
    /// - Parameters:
    ///   - files: the files read.
    ///   - contributions: the contributions of a publication.
    ///   - diagnostics: every finding.
    ///   - unreadableInputs: inputs that could not be read and have no file entry (a path that does not
    ///     exist, a broken manifest); counted in ``Summary/unreadableFiles``.
    public init(files: [FileEntry], contributions: [ContributionEntry] = [], diagnostics: [Diagnostic],
        unreadableInputs: Int = 0)
    {
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
        let unreadable = files.filter { !$0.readable }.count + unreadableInputs
        summary = Summary(
            // Nothing read is not complete: with unreadable inputs and no segments the share is 0.
            complete: segments == 0 ? (unreadable > 0 ? 0 : 1) : Double(translated) / Double(segments),
            errors: diagnostics.filter { $0.severity == .error }.count,
            warnings: diagnostics.filter { $0.severity == .warning }.count,
            files: files.count,
            unreadableFiles: unreadable,
            segments: segments,
            translated: translated)
    }

    /// Decides the gate: passed when every input was read, no finding is an error (nor a warning with
    /// `warningsAsErrors`), and the volume and each contribution reach `minimum` percent.
    public mutating func applyGate(minimum: Double, warningsAsErrors: Bool = false) {
        let reached = summary.complete * 100
        let holding = contributions.filter { $0.complete * 100 < minimum - 1e-9 }
            .sorted { ($0.complete, $0.id) < ($1.complete, $1.id) }
            .map { Gate.Shortfall(id: $0.id, complete: $0.complete) }
        var reason: String?
        if summary.unreadableFiles > 0 {
            reason = "\(summary.unreadableFiles) input\(summary.unreadableFiles == 1 ? "" : "s") could not be read"
        } else if reached < minimum - 1e-9 || !holding.isEmpty {
            reason = "\(Self.percent(reached / 100)) translated, \(Self.percent(minimum / 100)) required"
                + (holding.isEmpty ? "" : "; held back by " + holding.prefix(5).map { "\($0.id) (\(Self.percent($0.complete)))" }
                    .joined(separator: ", ") + (holding.count > 5 ? " and \(holding.count - 5) more" : ""))
        } else if summary.errors > 0 {
            reason = "\(summary.errors) finding\(summary.errors == 1 ? " is an error" : "s are errors")"
        } else if warningsAsErrors && summary.warnings > 0 {
            reason = "\(summary.warnings) warning\(summary.warnings == 1 ? "" : "s"), counted as errors"
        }
        gate = Gate(threshold: minimum, reached: reached, passed: reason == nil, reason: reason, holdingBack: holding)
    }

    /// A share as a whole percentage, rounded down, so that only a complete share reads 100 % (99.6 % is
    /// 99 %); the one rule for the text table, the gate's verdict and the HTML report.
    public static func percent(_ fraction: Double) -> String {
        var value = (fraction * 100 + 1e-9).rounded(.down)
        if fraction >= 1 { value = 100 } else if value >= 100 { value = 99 }
        return "\(Int(value)) %"
    }
}

extension KeyedEncodingContainer {
    /// Writes `value`, or `null` when there is none (where the synthesized encoding leaves the key out),
    /// through the encoder's own path for strings: the generic path for an optional casts at run time,
    /// which for the thousands of findings of a large file was a fifth of `kopru check`'s work.
    fileprivate mutating func encode(orNull value: String?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    /// Writes `value`, or `null` when there is none (see ``encode(orNull:forKey:)-(String?,_)``).
    fileprivate mutating func encode(orNull value: Int?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}
