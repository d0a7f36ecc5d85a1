public import PublicationCore

/// Lists every segment of a bilingual file that `kopru check` does not count as translated: one
/// finding per missing, empty, untranslated or needs-review segment, with its unit id and position.
///
/// These are the segments behind a file's counts (``FileStatistics``), so a user can see which units
/// still need work. Units marked `translate="no"` are not listed; segments without source text are not
/// segments (``Segment/hasNoSourceText``) and get one `file.no-source-text` note per file. It keeps only
/// the findings, at most ``keptPerCode`` of each kind, so that its memory does not grow with the file;
/// the rest are counted and summed up in one `file.listing-truncated` note per kind.
///
/// ```swift
/// let observer = CompletenessObserver()
/// DocumentLoader().load(contentsOf: url, displayPath: "04-saarbruecken.xlf", observer: observer)
/// observer.finish()   // file.missing-target for saa-s3, file.empty-target for saa-l1-i3, …
/// ```
public final class CompletenessObserver: UnitObserver {
    /// How many findings of one kind are kept for one file.
    public static let keptPerCode = 1_000

    private var findings: [Diagnostic] = []
    private var kept: [DiagnosticCode: Int] = [:]
    private var notKept: [DiagnosticCode: Int] = [:]
    private var withoutSourceText = 0
    private var firstWithoutSourceText: (unit: String, location: SourceLocation?)?

    /// Creates an observer.
    public init() {}

    /// The listing reads text, states and places only: no attributes, original data or notes.
    public var unitDetail: UnitDetail { .counts }

    public func observe(_ unit: TranslationUnit, sourceLanguage: LanguageTag?, targetLanguage: LanguageTag?) {
        guard unit.isTranslatable else { return }
        for (index, segment) in unit.segments.enumerated() {
            if segment.hasNoSourceText {
                withoutSourceText += 1
                if firstWithoutSourceText == nil { firstWithoutSourceText = (unit.id, segment.location ?? unit.location) }
                continue
            }
            // The code comes first: a translated segment needs no finding, and one past the kept
            // findings of its code is only counted, so neither builds its message.
            let code: DiagnosticCode
            switch segment.state {
            case .translated: continue
            case .missing: code = FormatReaderDiagnostics.missingTarget.code
            case .empty: code = FormatReaderDiagnostics.emptyTarget.code
            case .untranslated: code = FormatReaderDiagnostics.untranslated.code
            case .needsReview: code = FormatReaderDiagnostics.needsReview.code
            }
            guard kept[code, default: 0] < Self.keptPerCode else {
                notKept[code, default: 0] += 1
                continue
            }
            let what = unit.segments.count > 1
                ? "segment \(segment.id.map { "\"\($0)\"" } ?? "\(index + 1)") of unit \"\(unit.id)\""
                : "unit \"\(unit.id)\""
            let language = targetLanguage.map { " into \($0.written)" } ?? ""
            let location = segment.location ?? unit.location
            let finding: Diagnostic
            switch segment.state {
            case .translated:
                continue
            case .missing:
                finding = Diagnostic(FormatReaderDiagnostics.missingTarget, "\(what) has no target: it is not translated\(language) yet",
                    remedy: "translate the unit in your translation tool, or add a <target>", at: location, unit: unit.id)
            case .empty:
                finding = Diagnostic(FormatReaderDiagnostics.emptyTarget, "the target of \(what) is empty",
                    remedy: "write the translation into the empty <target>", at: location, unit: unit.id)
            case .untranslated:
                finding = Diagnostic(FormatReaderDiagnostics.untranslated,
                    "the target of \(what) still needs translating (state \"\(segment.writtenState ?? "none")\")",
                    remedy: "translate the unit and mark it translated in your translation tool", at: location,
                    unit: unit.id)
            case .needsReview:
                finding = Diagnostic(FormatReaderDiagnostics.needsReview,
                    "the target of \(what) is not confirmed (state \"\(segment.writtenState ?? "none")\")",
                    remedy: "review the translation and confirm it in your translation tool (state \"final\" or \"signed-off\")",
                    at: location, unit: unit.id)
            }
            kept[code, default: 0] += 1
            findings.append(finding)
        }
    }

    /// The findings, and one `file.no-source-text` note if segments without source text were left out.
    public func finish() -> [Diagnostic] {
        var findings = self.findings
        for (code, count) in notKept.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let first = findings.first { $0.code == code }
            findings.append(Diagnostic(FormatReaderDiagnostics.listingTruncated,
                "\(count) more segments of this file with the same finding [\(code)] are not listed; the first \(Self.keptPerCode) are",
                remedy: "the file's counts include them; work through the listed ones first, or open the file in a translation tool",
                at: first?.location.map { SourceLocation(file: $0.file, line: 1, column: 1) }))
        }
        guard let first = firstWithoutSourceText else { return findings }
        let count = withoutSourceText == 1 ? "1 segment has" : "\(withoutSourceText) segments have"
        return findings + [Diagnostic(FormatReaderDiagnostics.noSourceText,
            "\(count) no source text (the first in unit \"\(first.unit)\"): nothing to translate, so not counted as segments nor as missing",
            remedy: "nothing to do; if the source should have text, fill it in where the file is produced",
            at: first.location, unit: first.unit)]
    }
}
