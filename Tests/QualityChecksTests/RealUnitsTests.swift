import Pairing
import QualityChecks
import PublicationCore
import Testing

/// The examples of the QA issue as tests, on copies of real units of the shared corpus (third-party
/// files, see ../shared/corpus/SOURCES.md). Each test names the file and unit the text comes from.
@Suite struct RealUnitsTests {
    typealias F = CheckFixtures

    static func pair(
        _ source: String, _ target: String, from: LanguageTag = .english, to: LanguageTag, id: String,
        state: TranslationState? = nil, written: String? = nil
    ) -> SegmentPair {
        F.pair(.init(stringLiteral: source), .init(stringLiteral: target), from: from, to: to, id: id, state: state,
               written: written)
    }

    // MARK: Placeholders

    /// xliff12-de-tr/symfony/Validator/validators.tr.xlf, unit 84: the placeholder is misspelt.
    @Test func symfonyTurkishMisspeltPlaceholder() throws {
        let pair = Self.pair("This value should be a multiple of {{ compared_value }}.",
                             "Bu değer {{ compare_value }} değerinin katlarından biri olmalıdır.", to: .turkish, id: "84")
        let finding = try #require(F.findings(PlaceholderMismatchCheck(), pair).first)
        #expect(finding.message.contains("lacks the placeholder “{{ compared_value }}”"))
        #expect(finding.message.contains("“{{ compare_value }}”"))
    }

    /// xliff12-de-tr/symfony/Security/security.de.xlf and security.tr.xlf, unit 19: the German drops
    /// `%minutes%`, the Turkish keeps it.
    @Test func symfonySecurityMinutes() {
        let source = "Too many failed login attempts, please try again in %minutes% minute."
        let german = Self.pair(source, "Zu viele fehlgeschlagene Anmeldeversuche, bitte versuchen Sie es in einer Minute noch einmal.",
                               to: .german, id: "19")
        let turkish = Self.pair(source, "Çok fazla başarısız giriş denemesi, lütfen %minutes% dakika sonra tekrar deneyin.",
                                to: .turkish, id: "19")
        #expect(F.findings(PlaceholderMismatchCheck(), german).map(\.code) == ["qa.placeholder-mismatch"])
        #expect(F.findings(PlaceholderMismatchCheck(), turkish).isEmpty)
    }

    /// xliff12-de-tr/symfony/Validator/validators.tr.xlf, unit 5 pattern: the plural forms of the
    /// source each hold `{{ limit }}`, the Turkish single form once.
    @Test func symfonyPluralFormsKeepTheirPlaceholder() {
        let pair = Self.pair("You must select at least {{ limit }} choice.|You must select at least {{ limit }} choices.",
                             "En az {{ limit }} seçenek belirtmelisiniz.", to: .turkish, id: "5")
        #expect(F.findings(PlaceholderMismatchCheck(), pair).isEmpty)
    }

    /// xliff12-de-tr/typo3-femanager/de.locallang.xlf, unit validationErrorUniqueDb (marked final).
    @Test func typo3DroppedPrintfPlaceholder() {
        let pair = Self.pair("Value of field %s is already in use", "Dieser Wert wird bereits von jemand anderem verwendet",
                             to: .german, id: "validationErrorUniqueDb", written: "final")
        #expect(F.findings(PlaceholderMismatchCheck(), pair).map(\.code) == ["qa.placeholder-mismatch"])
    }

    /// xliff12-de-tr/xcode-vienna/tr.xliff: `%@` and `%d` kept, in another place of the sentence.
    @Test func viennaObjectiveCPlaceholdersKept() {
        let style = Self.pair("The style %@ appears to be missing or corrupted", "%@ stilinde ya bir sorun var ya da stil bulunamadı",
                              to: .turkish, id: "style")
        let count = Self.pair("%d new unread articles retrieved", "%d yeni okunmayan makale alındı", to: .turkish, id: "count")
        #expect(F.findings(PlaceholderMismatchCheck(), style).isEmpty)
        #expect(F.findings(PlaceholderMismatchCheck(), count).isEmpty)
    }

    /// xliff12-de-tr/sonata-admin/SonataAdminBundle.tr.xliff, unit title_edit: the source is a message
    /// key, so there is nothing to compare the placeholder with.
    @Test func sonataKeyedSourceIsNotCompared() {
        let pair = Self.pair("title_edit", "Düzenle \"%name%\"", to: .turkish, id: "title_edit")
        #expect(pair.isKeyed)
        #expect(CheckRunner().run([pair]).map(\.code) == ["qa.keyed-units"])
    }

    // MARK: Turkish grammar and punctuation

    /// xliff12-de-tr/angular-orcid/messages.tr_TR.xlf, unit topBar.findOutVisibility: a real doubled word.
    @Test func orcidDoubledWordIsFound() {
        let pair = Self.pair("Find out more about visibility settings in ORCID",
                             "ORCID'deki görünürlük ayarlarıyla ilgili ilgili daha fazla bilgi edinin", to: .turkish,
                             id: "topBar.findOutVisibility")
        #expect(F.findings(RepeatedWordCheck(), pair).map(\.code) == ["qa.repeated-word"])
        // The same sentence without the slip has none; with the clitic after a suffix neither.
        let fixed = Self.pair("Find out more about visibility settings in ORCID",
                              "ORCID'deki görünürlük ayarlarıyla ilgili daha fazla bilgi edinin", to: .turkish, id: "fixed")
        #expect(F.findings(RepeatedWordCheck(), fixed).isEmpty)
    }

    /// The sentence the issue quotes from a Turkish contribution (a sample text, not a corpus unit): the
    /// suffix -de after the apostrophe and the clitic de.
    @Test func saarbrueckenCliticIsNotARepetition() {
        let pair = F.pair("Auch in Saarbrücken ist der Wohnungsmarkt angespannt.",
                          "Saarbrücken’de de konut piyasası gergin.", id: "saar-p3")
        #expect(F.findings(RepeatedWordCheck(), pair).isEmpty)
    }

    /// xliff12-de-tr/xcode-vienna/tr.xliff, unit "The database (%@) file format is not supported…":
    /// the Turkish ends with "?.".
    @Test func viennaQuestionMarkAndFullStop() throws {
        let pair = Self.pair("The database (%@) file format is not supported by this version of Vienna. Delete or rename the file and restart Vienna.",
                             "Veritabanı (%@) dosya biçimi Vienna'nın bu sürümü tarafından desteklenmiyor. Dosyayı silip ya da yeniden adlandırıp Vienna'yı yeniden başlatmak ister misiniz?.",
                             to: .turkish, id: "database")
        let finding = try #require(F.findings(EndPunctuationCheck(), pair).first)
        #expect(finding.message.contains("“?.”"))
    }

    /// xliff12-de-tr/angular-orcid/messages.tr_TR.xlf, unit works.etAl: an abbreviation's dot.
    @Test func orcidEtAlIsNoPunctuationFinding() {
        let pair = Self.pair("et al.", "ve diğerleri", to: .turkish, id: "works.etAl")
        #expect(F.findings(EndPunctuationCheck(), pair).isEmpty)
        #expect(F.findings(IdenticalTargetCheck(), Self.pair("et al.", "et al.", to: .german, id: "works.etAl")).isEmpty)
    }

    // MARK: Untranslated units and casing

    /// xliff12-de-tr/typo3-femanager/tr.locallang.xlf: English copied into units marked
    /// needs-translation. They are counted as untranslated; no Turkish casing or identical-target finding.
    @Test(arguments: [
        ("Inactive since", true), ("Image deleted", true), ("I accept the terms and conditions", true),
        // One capitalised word reads as a name, which stays the same in a translation.
        ("Invitation", false),
    ])
    func typo3UntranslatedEnglishGetsNoTextFindings(text: String, identicalWhenClaimed: Bool) {
        let pair = Self.pair(text, text, to: .turkish, id: "u", state: .untranslated, written: "needs-translation")
        #expect(CheckRunner().run([pair]).isEmpty)
        // The same text marked translated is a copy: identical-target, but still no Turkish casing finding.
        let claimed = Self.pair(text, text, to: .turkish, id: "u", written: "translated")
        #expect(F.findings(TurkishDottedICheck(), claimed).isEmpty)
        #expect(F.findings(IdenticalTargetCheck(), claimed).map(\.code) == (identicalWhenClaimed ? ["qa.identical-target"] : []))
    }

    // MARK: Numbers

    /// xliff12-de-tr/xcode-vienna/de.xliff, unit "After 2 Days": the German writes the number as a word.
    @Test func viennaNumberWrittenAsWord() {
        #expect(F.findings(NumberMismatchCheck(), Self.pair("After 2 Days", "Nach zwei Tagen", to: .german, id: "a")).isEmpty)
        #expect(F.findings(NumberMismatchCheck(), Self.pair("After 2 Days", "Nach drei Tagen", to: .german, id: "b")).count == 1)
    }

    /// xliff12-de-tr/symfony/Validator/validators.de.xlf, unit 89: "zero" in English, "0" in German.
    @Test func symfonyZeroAsWord() {
        let pair = Self.pair("This value should be either positive or zero.", "Diese Zahl sollte entweder positiv oder 0 sein.",
                             to: .german, id: "89")
        #expect(F.findings(NumberMismatchCheck(), pair).isEmpty)
    }

    /// xliff12-de-tr/angular-orcid/messages.de.xlf, unit register.accesibiltiyOnlyThe8OrMoreCharactersConstrainIsMet:
    /// "1 letter or symbol" → "1 Buchstaben oder 1 Symbol" repeats a value and changes none.
    @Test func orcidRepeatedValueIsNoMismatch() {
        let pair = Self.pair("Your password must include at least 1 letter or symbol and 1 number",
                             "Ihr Passwort muss mindestens 1 Buchstaben oder 1 Symbol und 1 Zahl enthalten", to: .german, id: "8")
        #expect(F.findings(NumberMismatchCheck(), pair).isEmpty)
    }
}
