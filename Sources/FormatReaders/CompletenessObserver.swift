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
public final class CompletenessObserver: UnitTallyObserver {
    /// How many findings of one kind are kept for one file.
    public static let keptPerCode = 1_000

    private var findings: [Diagnostic] = []
    /// How many findings of each kind are kept, and how many only counted, by ``kind(of:)``: a list of
    /// four, not a dictionary by code, which would hash a code for every segment of a file.
    private var kept = [0, 0, 0, 0]
    private var notKept = [0, 0, 0, 0]
    private var withoutSourceText = 0
    private var firstWithoutSourceText: (unit: String, location: SourceLocation?)?

    /// Creates an observer.
    public init() {}

    /// The listing reads ids, states and places only: a tally of each unit.
    public var unitDetail: UnitDetail { .counts }

    /// Lists the segments of a full unit, as ``observe(_:sourceLanguage:targetLanguage:)-(UnitTally,_,_)`` does for
    /// its tally. The listing reads no word counts, so none are counted here (each segment's `sourceWords` is 0).
    public func observe(_ unit: TranslationUnit, sourceLanguage: LanguageTag?, targetLanguage: LanguageTag?) {
        let segments = unit.segments.map { segment in
            UnitTally.Segment(id: segment.id, state: segment.state, writtenState: segment.writtenState,
                location: segment.location, sourceWords: 0, hasNoSourceText: segment.hasNoSourceText)
        }
        observe(UnitTally(id: unit.id, isTranslatable: unit.isTranslatable, location: unit.location, segments: segments),
            sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }

    public func observe(_ unit: UnitTally, sourceLanguage: LanguageTag?, targetLanguage: LanguageTag?) {
        guard unit.isTranslatable else { return }
        for (index, segment) in unit.segments.enumerated() {
            if segment.hasNoSourceText {
                withoutSourceText += 1
                if firstWithoutSourceText == nil { firstWithoutSourceText = (unit.id, segment.location ?? unit.location) }
                continue
            }
            // One decision per state: the finding's code and how its message is worded. The message is
            // built only after the count, so one past the kept findings of its code is only counted.
            guard let kind = Self.kind(of: segment.state) else { continue }
            guard kept[kind] < Self.keptPerCode else {
                notKept[kind] += 1
                continue
            }
            let entry = Self.entries[kind]
            let what = unit.segments.count > 1
                ? "segment \(segment.id.map { "\"\($0)\"" } ?? "\(index + 1)") of unit \"\(unit.id)\""
                : "unit \"\(unit.id)\""
            let language = targetLanguage.map { " into \($0.written)" } ?? ""
            // The remedy is the catalog entry's.
            let finding = Diagnostic(entry, Self.message(for: segment.state, what, language, segment.writtenState ?? "none"),
                at: segment.location ?? unit.location, unit: unit.id)
            kept[kind] += 1
            findings.append(finding)
        }
    }

    /// The kind of finding for a segment in `state` (its position in ``entries``), or `nil` for a
    /// translated segment, which needs none.
    private static func kind(of state: TranslationState) -> Int? {
        switch state {
        case .translated: nil
        case .missing: 0
        case .empty: 1
        case .untranslated: 2
        case .needsReview: 3
        }
    }

    /// The code of each kind of finding.
    private static let entries = [
        FormatReaderDiagnostics.missingTarget, FormatReaderDiagnostics.emptyTarget, FormatReaderDiagnostics.untranslated,
        FormatReaderDiagnostics.needsReview,
    ]

    /// The finding's message from the segment's name ("unit \"u1\""), the target language (" into tr" or
    /// "") and the state as written in the file.
    private static func message(for state: TranslationState, _ what: String, _ language: String, _ written: String) -> String {
        switch state {
        case .translated: ""  // no finding (``entry(for:)``)
        case .missing: "\(what) has no target: it is not translated\(language) yet"
        case .empty: "the target of \(what) is empty"
        case .untranslated: "the target of \(what) still needs translating (state \"\(written)\")"
        case .needsReview: "the target of \(what) is not confirmed (state \"\(written)\")"
        }
    }

    /// The findings, and one `file.no-source-text` note if segments without source text were left out.
    public func finish() -> [Diagnostic] {
        var findings = self.findings
        let counted = zip(Self.entries.map(\.code), notKept).filter { $0.1 > 0 }
        for (code, count) in counted.sorted(by: { $0.0.rawValue < $1.0.rawValue }) {
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
