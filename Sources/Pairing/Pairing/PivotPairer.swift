import Foundation
public import PublicationCore

/// Pairs a German and a Turkish XLIFF file that translate the same source (usually English), unit by
/// unit, by the pairing key: the `<file original>` and the unit id.
///
/// This is how real projects keep German and Turkish: Symfony's `validators.de.xlf` and
/// `validators.tr.xlf` both translate `validators.en.xlf`; TYPO3's `de.locallang.xlf` and
/// `tr.locallang.xlf` translate `locallang.xlf`; Xcode exports `de.xliff` and `tr.xliff`. When the
/// source-only file is present it is the reference: a unit it has that a translation lacks is a
/// *missing* translation (Xcode and Vienna omit untranslated units instead of leaving them empty), a
/// unit a translation has that it lacks is *stale*, and a translation whose source text differs from
/// the reference was made from an older original: it is *outdated*.
///
/// ```swift
/// let result = PivotPairer().pair(sets)   // en, de and tr sets of one group
/// result.languages[.turkish]?.missing      // units without a Turkish translation
/// ```
public struct PivotPairer: Sendable {
    /// The counts of one translation language.
    public struct LanguageCounts: Hashable, Sendable {
        public var path: String
        public var segments = 0
        public var translated = 0
        public var missing = 0
        public var needsReview = 0
        public var outdated = 0
        public var stale = 0

        /// Creates counts.
        public init(
            path: String, segments: Int = 0, translated: Int = 0, missing: Int = 0, needsReview: Int = 0,
            outdated: Int = 0, stale: Int = 0
        ) {
            self.path = path
            self.segments = segments
            self.translated = translated
            self.missing = missing
            self.needsReview = needsReview
            self.outdated = outdated
            self.stale = stale
        }
    }

    /// The outcome of pairing one group.
    public struct Result: Sendable {
        /// The language of the reference sources.
        public var pivotLanguage: LanguageTag?
        /// The counts per translation language (German, Turkish).
        public var languages: [LanguageTag: LanguageCounts]
        /// German–Turkish pairs of units translated on both sides, for the QA checks.
        public var pairs: [SegmentPair]
        /// Missing, stale and outdated units.
        public var diagnostics: [Diagnostic]
    }

    public init() {}

    /// Pairs the sets of one group (a source-only file, if any, and one file per translation language).
    public func pair(_ sets: [TranslationFileSet], group: String) -> Result {
        let reference = sets.first { $0.isSourceOnly }
        let translations = sets.filter { !$0.isSourceOnly && ($0.targetLanguage == .german || $0.targetLanguage == .turkish) }
        var diagnostics: [Diagnostic] = []
        var languages: [LanguageTag: LanguageCounts] = [:]

        // The reference keys: the source-only file's, or else the union of the translations' keys.
        var referenceOrder: [UnitKey] = []
        var referenceUnits: [UnitKey: TranslationUnit] = [:]
        if let reference {
            for unit in reference.units where unit.isTranslatable && !unit.hasNoSourceText && referenceUnits[unit.key] == nil {
                referenceOrder.append(unit.key)
                referenceUnits[unit.key] = unit
            }
        } else {
            for set in translations {
                for unit in set.units where unit.isTranslatable && !unit.hasNoSourceText && referenceUnits[unit.key] == nil {
                    referenceOrder.append(unit.key)
                    referenceUnits[unit.key] = unit
                }
            }
        }

        var byLanguage: [LanguageTag: [UnitKey: TranslationUnit]] = [:]
        for set in translations {
            guard let language = set.targetLanguage else { continue }
            var units: [UnitKey: TranslationUnit] = [:]
            for unit in set.units where units[unit.key] == nil { units[unit.key] = unit }
            byLanguage[language] = units
            var counts = LanguageCounts(path: set.path)
            counts.segments = referenceOrder.count
            for key in referenceOrder {
                let original = referenceUnits[key]!
                guard let unit = units[key] else {
                    counts.missing += 1
                    diagnostics.append(Diagnostic(PairingDiagnostics.missingUnit,
                        "unit \"\(key.unit)\" has no \(language.englishName) translation: \(set.path) has no such unit",
                        remedy: "translate it in \(set.path), or export what is missing with `kopru export-missing`",
                        at: original.location, unit: key.description))
                    continue
                }
                let state = unit.leastAdvancedState
                // The one rule for an outdated unit (TranslationUnit.isMade(from:orFrom:)), as `check` and
                // `import` apply it to a contribution's units: the sources compared without sub-flows.
                let referenceSource = original.joinedSource.plainText
                if reference != nil, !unit.isMade(from: referenceSource), state != .missing, state != .empty {
                    counts.outdated += 1
                    diagnostics.append(Diagnostic(PairingDiagnostics.outdated,
                        "the \(language.englishName) translation of unit \"\(key.unit)\" was made from another source text: \"\(unit.joinedSource.plainText.excerpt())\" instead of \"\(referenceSource.excerpt())\"",
                        remedy: "check the translation against the current source and update its <source>",
                        at: unit.location, unit: key.description))
                    continue
                }
                switch state {
                case .translated: counts.translated += 1
                case .needsReview, .untranslated: counts.needsReview += 1
                case .missing, .empty: counts.missing += 1
                }
            }
            if reference != nil {
                for unit in set.units where unit.isTranslatable && !unit.hasNoSourceText && referenceUnits[unit.key] == nil {
                    counts.stale += 1
                    diagnostics.append(Diagnostic(PairingDiagnostics.staleUnit,
                        "unit \"\(unit.id)\" in \(set.path) no longer exists in the source file \(reference!.path)",
                        remedy: "remove the unit, or restore it in the source file",
                        at: unit.location, unit: unit.key.description))
                }
            }
            languages[language] = counts
        }

        // German–Turkish pairs through the pivot, for the checks: German target against Turkish target.
        var pairs: [SegmentPair] = []
        if let german = byLanguage[.german], let turkish = byLanguage[.turkish] {
            for key in referenceOrder {
                guard let germanUnit = german[key], let turkishUnit = turkish[key],
                    let germanTarget = germanUnit.segments.first?.target,
                    let turkishTarget = turkishUnit.segments.first?.target, germanUnit.segments.count == 1,
                    turkishUnit.segments.count == 1
                else { continue }
                let turkishSegment = turkishUnit.segments[0]
                pairs.append(SegmentPair(id: key.description, group: group, source: germanTarget,
                    target: turkishTarget, sourceLanguage: .german, targetLanguage: .turkish,
                    state: turkishSegment.state, writtenState: turkishSegment.writtenState,
                    location: turkishSegment.location ?? turkishUnit.location))
            }
        }
        return Result(pivotLanguage: reference?.sourceLanguage ?? translations.first?.sourceLanguage,
            languages: languages, pairs: pairs, diagnostics: diagnostics)
    }
}

extension LanguageTag {
    /// The language's English name for messages: "German", "Turkish", or the code.
    public var englishName: String {
        switch code {
        case "de": "German"
        case "tr": "Turkish"
        case "en": "English"
        default: code
        }
    }
}
