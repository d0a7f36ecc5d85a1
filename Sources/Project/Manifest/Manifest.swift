import Foundation
import Pairing
public import PublicationCore
public import QualityChecks

/// The publication's manifest, `kopru.yaml`: what goes into the volume, in which order, and how it is built.
///
/// Every key is described in `docs/manifest.md`. A manifest is read with ``init(yaml:file:)``, which
/// rejects unknown keys and reports missing ones with their line and column.
///
/// ```yaml
/// title: {de: Flucht und Ankommen, tr: Göç ve Varış}
/// layout: parallel
/// contributions:
///   - {id: sisli, original: tr, german: Sources-de/sisli.xml, turkish: Sources-tr/sisli.xml}
/// ```
public struct Manifest: Hashable, Sendable {
    /// One contribution's entry: its id, original language and the two files.
    public struct Contribution: Hashable, Sendable {
        /// The contribution's id, used for ordering, anchors and file names.
        public var id: String
        /// The language the contribution was written in.
        public var original: LanguageTag
        /// The German document's path, relative to the manifest's folder, if there is one yet.
        public var german: String?
        /// The Turkish document's path, relative to the manifest's folder, if there is one yet.
        public var turkish: String?
        /// Where the entry starts in the manifest.
        public var location: SourceLocation?

        /// Creates an entry.
        public init(
            id: String, original: LanguageTag, german: String? = nil, turkish: String? = nil,
            location: SourceLocation? = nil
        ) {
            self.id = id
            self.original = original
            self.german = german
            self.turkish = turkish
            self.location = location
        }

        /// The document path in `language`, if given.
        public func path(in language: LanguageTag) -> String? { language == .turkish ? turkish : german }
    }

    /// The settings under `check`.
    public struct CheckSettings: Hashable, Sendable {
        /// The completeness, in percent (0…100), below which `kopru check` fails; `nil` for no threshold.
        public var minimumComplete: Double?

        /// A percentage as written in the manifest or on the command line (`95`, `95.5`, `95%`, `95 %`),
        /// from 0 to 100; `nil` for anything else.
        public static func percentage(from text: String) -> Double? {
            var number = text.trimmingCharacters(in: .whitespaces)
            if number.hasSuffix("%") { number = String(number.dropLast()).trimmingCharacters(in: .whitespaces) }
            guard let value = Double(number), (0...100).contains(value) else { return nil }
            return value
        }
        /// Severity changes per diagnostic code.
        public var severities: [DiagnosticCode: SeveritySetting]
        /// A glossary of required German–Turkish terms (CSV or TBX), relative to the manifest.
        public var glossary: String?
        /// Where `glossary` is written in the manifest.
        public var glossaryLocation: SourceLocation?
        /// Findings silenced at one segment each: `CODE SEGMENT-ID` (optionally `CODE FILE SEGMENT-ID`).
        public var suppressions: [String]
        /// The placeholder syntaxes the placeholder check recognises (`check.placeholders`); all by default.
        public var placeholders: Set<PlaceholderSyntax>

        /// Creates check settings.
        public init(
            minimumComplete: Double? = nil, severities: [DiagnosticCode: SeveritySetting] = [:], glossary: String? = nil,
            suppressions: [String] = [], placeholders: Set<PlaceholderSyntax> = Set(PlaceholderSyntax.allCases)
        ) {
            self.placeholders = placeholders
            self.minimumComplete = minimumComplete
            self.severities = severities
            self.glossary = glossary
            self.suppressions = suppressions
        }
    }

    /// The output formats a build can write.
    public enum OutputFormat: String, Hashable, Sendable, CaseIterable {
        /// One self-contained web page.
        case html
        /// A PDF for print, through WeasyPrint.
        case pdf
        /// An EPUB 3 book.
        case epub
    }

    /// Title, subtitle, series, number, publisher, date and imprint.
    public var metadata: PublicationMetadata
    /// How the languages are arranged (default ``PublicationLayout/parallel``).
    public var layout: PublicationLayout
    /// The formats to write (default all three).
    public var outputs: [OutputFormat]
    /// The output folder, relative to the manifest's folder (default `Output`).
    public var output: String
    /// What is shown where a translation is missing (default ``MissingTranslationMode/placeholder``).
    public var missingTranslation: MissingTranslationMode
    /// Whether outdated and needs-review rows carry a mark for editors (default `true`).
    public var editorMarks: Bool
    /// The completeness gate and severity settings.
    public var check: CheckSettings
    /// Ids of the contributions that form the front matter, in order.
    public var frontMatter: [String]
    /// Every contribution with its files, in the order of the body.
    public var contributions: [Contribution]
    /// Ids of the contributions that form the back matter, in order.
    public var backMatter: [String]

    /// Creates a manifest.
    public init(
        metadata: PublicationMetadata, layout: PublicationLayout = .parallel,
        outputs: [OutputFormat] = OutputFormat.allCases, output: String = "Output",
        missingTranslation: MissingTranslationMode = .placeholder, editorMarks: Bool = true,
        check: CheckSettings = CheckSettings(), frontMatter: [String] = [], contributions: [Contribution] = [],
        backMatter: [String] = []
    ) {
        self.metadata = metadata
        self.layout = layout
        self.outputs = outputs
        self.output = output
        self.missingTranslation = missingTranslation
        self.editorMarks = editorMarks
        self.check = check
        self.frontMatter = frontMatter
        self.contributions = contributions
        self.backMatter = backMatter
    }

    /// The contributions in reading order, each with its part: front matter, then the body in manifest
    /// order, then back matter.
    public var orderedContributions: [(contribution: Contribution, part: BilingualContribution.Part)] {
        let byID = Dictionary(contributions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let framing = Set(frontMatter).union(backMatter)
        let front = frontMatter.compactMap { byID[$0] }.map { ($0, BilingualContribution.Part.front) }
        let body = contributions.filter { !framing.contains($0.id) }.map { ($0, BilingualContribution.Part.body) }
        let back = backMatter.compactMap { byID[$0] }.map { ($0, BilingualContribution.Part.back) }
        return front + body + back
    }

    /// The writer options this manifest asks for.
    public var writerOptions: PublicationWriterOptions {
        PublicationWriterOptions(missingTranslation: missingTranslation, showsEditorMarks: editorMarks)
    }
}
