import FormatReaders
import Foundation
import Pairing
import PublicationCore
import Testing
import TestSupport

/// Real German and Turkish files of real projects, paired through their common English source.
@Suite("Pairing through a pivot source (real Symfony, TYPO3 and Xcode files)")
struct PivotPairerTests {
    func sets(_ files: [String]) -> [TranslationFileSet] {
        files.map { relative in
            var units: [TranslationUnit] = []
            let loaded = DocumentLoader().load(contentsOf: Corpus.url(relative), displayPath: relative) { units.append($0) }
            return TranslationFileSet(path: relative, sourceLanguage: loaded.statistics.sourceLanguage,
                targetLanguage: loaded.statistics.targetLanguage, units: units)
        }
    }

    @Test("Vienna (Xcode) omits untranslated units: 153 are missing from Turkish against English")
    func viennaMissingUnits() {
        let result = PivotPairer().pair(sets([
            "xliff12-de-tr/xcode-vienna/en.xliff", "xliff12-de-tr/xcode-vienna/de.xliff",
            "xliff12-de-tr/xcode-vienna/tr.xliff",
        ]), group: "vienna")
        #expect(result.pivotLanguage == .english)
        // 593 English units, of which NSAppleEventsUsageDescription has an empty source: not a segment.
        #expect(result.languages[.turkish]?.missing == 153)
        #expect(result.languages[.turkish]?.segments == 592)
        let missing = result.diagnostics.filter { $0.code == "align.missing-unit" && $0.message.contains("Turkish") }
        #expect(missing.count == 153)
        #expect(!missing.contains { $0.unit?.hasSuffix("NSAppleEventsUsageDescription") == true })
        #expect(missing.allSatisfy { $0.location?.file == "xliff12-de-tr/xcode-vienna/en.xliff" && ($0.location?.line ?? 0) > 0 })
        // German–Turkish pairs exist only where both translated.
        #expect(!result.pairs.isEmpty)
        #expect(result.pairs.allSatisfy { $0.sourceLanguage == .german && $0.targetLanguage == .turkish })
    }

    @Test("TYPO3 femanager: the Turkish file has every target, but nothing is translated; stale ids are reported")
    func typo3Femanager() {
        let result = PivotPairer().pair(sets([
            "xliff12-de-tr/typo3-femanager/locallang.xlf", "xliff12-de-tr/typo3-femanager/de.locallang.xlf",
            "xliff12-de-tr/typo3-femanager/tr.locallang.xlf",
        ]), group: "femanager")
        let turkish = result.languages[.turkish]
        #expect(turkish?.translated == 0)
        #expect(turkish?.missing == 0)
        #expect((turkish?.needsReview ?? 0) + (turkish?.outdated ?? 0) == turkish?.segments)
        #expect((result.languages[.german]?.translated ?? 0) > 200)
        #expect(result.diagnostics.contains { $0.code == "align.stale-unit" })
    }

    @Test("Symfony Security: German complete, one Turkish unit awaits review")
    func symfonySecurity() {
        let result = PivotPairer().pair(sets([
            "xliff12-de-tr/symfony/Security/security.en.xlf", "xliff12-de-tr/symfony/Security/security.de.xlf",
            "xliff12-de-tr/symfony/Security/security.tr.xlf",
        ]), group: "security")
        #expect(result.languages[.german] == PivotPairer.LanguageCounts(path: "xliff12-de-tr/symfony/Security/security.de.xlf",
            segments: 19, translated: 19))
        #expect(result.languages[.turkish]?.needsReview == 1)
        #expect(result.languages[.turkish]?.translated == 18)
        #expect(result.pairs.count == 19)
    }

    @Test("without a source-only file, the union of the translations' units is the reference")
    func withoutPivot() {
        let german = TranslationFileSet(path: "a.de.xlf", sourceLanguage: .english, targetLanguage: .german, units: [
            unit("1", source: "Hello", target: "Hallo"), unit("2", source: "Bye", target: "Tschüss"),
        ])
        let turkish = TranslationFileSet(path: "a.tr.xlf", sourceLanguage: .english, targetLanguage: .turkish, units: [
            unit("1", source: "Hello", target: "Merhaba"),
        ])
        let result = PivotPairer().pair([german, turkish], group: "a")
        #expect(result.languages[.turkish]?.missing == 1)
        #expect(result.languages[.german]?.translated == 2)
        #expect(result.pairs.map(\.id) == ["f#1"])
    }

    @Test("a translation made from another source text is outdated")
    func outdatedAgainstPivot() {
        let english = TranslationFileSet(path: "a.en.xlf", sourceLanguage: .english, targetLanguage: nil, units: [
            unit("1", source: "Welcome to the city", target: nil),
        ])
        let turkish = TranslationFileSet(path: "a.tr.xlf", sourceLanguage: .english, targetLanguage: .turkish, units: [
            unit("1", source: "Welcome", target: "Hoş geldiniz"),
        ])
        let result = PivotPairer().pair([english, turkish], group: "a")
        #expect(result.languages[.turkish]?.outdated == 1)
        #expect(result.languages[.turkish]?.translated == 0)
        #expect(result.diagnostics.first?.code == "align.outdated")
    }

    @Test("a sub-flow's text does not make a unit outdated, by the one rule check and import apply to a contribution's units")
    func subflowAgainstPivot() {
        // The reference's image now has the alternative text "Save icon"; the translation was made when it
        // read "Disk icon". The unit's own text is the same.
        func withSubflow(_ unit: TranslationUnit, _ text: String) -> TranslationUnit {
            var unit = unit
            var sub = Segment(source: InlineText(text), state: unit.segments[0].state)
            sub.enclosingCode = "ph 1"
            unit.segments.append(sub)
            return unit
        }
        let english = TranslationFileSet(path: "a.en.xlf", sourceLanguage: .english, targetLanguage: nil, units: [
            withSubflow(unit("1", source: "Click the icon to save", target: nil), "Save icon"),
        ])
        let made = withSubflow(unit("1", source: "Click the icon to save", target: "Kaydetmek için simgeye tıklayın"), "Disk icon")
        let turkish = TranslationFileSet(path: "a.tr.xlf", sourceLanguage: .english, targetLanguage: .turkish, units: [made])
        let original = english.units[0].joinedSource.plainText
        #expect(made.isMade(from: original))
        let result = PivotPairer().pair([english, turkish], group: "a")
        #expect(result.languages[.turkish]?.outdated == 0)
        #expect(result.languages[.turkish]?.translated == 1)
        #expect(!result.diagnostics.contains { $0.code == "align.outdated" })
    }

    func unit(_ id: String, source: String, target: String?) -> TranslationUnit {
        let state: TranslationState = target == nil ? .missing : .translated
        return TranslationUnit(id: id, fileKey: "f", segments: [
            Segment(source: InlineText(source), target: target.map { InlineText($0) }, state: state),
        ], location: SourceLocation(file: "x", line: 1, column: 1))
    }
}
