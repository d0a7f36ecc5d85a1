import Pairing
import QualityChecks
import PublicationCore
import Testing

/// A message that starts with a placeholder (`%d new unread articles retrieved`) is a whole message,
/// not a fragment of a sentence that starts in lower case: a full stop added to it is reported. Found
/// while measuring the review set's recall (labels.tsv, rows read from pofilter's endpunc findings).
@Suite struct EndPunctuationPlaceholderStartTests {
    typealias F = CheckFixtures

    static func pair(_ source: String, _ target: String, id: String) -> SegmentPair {
        F.pair(.init(stringLiteral: source), .init(stringLiteral: target), from: .english, to: .german, id: id)
    }

    /// xliff12-de-tr/xcode-vienna/de.xliff, unit "%d new unread articles retrieved".
    @Test func viennaFullStopAddedAfterAPlaceholderStart() {
        let pair = Self.pair("%d new unread articles retrieved", "%d neue ungelesene Artikel empfangen.",
                             id: "%d new unread articles retrieved")
        #expect(F.findings(EndPunctuationCheck(), pair).map(\.code) == ["qa.end-punctuation"])
    }

    /// xliff12-de-tr/typo3-femanager/de.locallang.xlf, unit BackendConfirmationFlashMessageConfirmed.
    @Test func typo3FullStopAddedAfterAPlaceholderStart() {
        let pair = Self.pair("%s was successfully approved", "%s ist erfolgreich verifiziert worden.",
                             id: "BackendConfirmationFlashMessageConfirmed")
        #expect(F.findings(EndPunctuationCheck(), pair).map(\.code) == ["qa.end-punctuation"])
    }

    /// A fragment in lower case still may gain a full stop (xliff12-de-tr/angular-orcid/messages.de.xlf,
    /// unit ngOrcid.signin.2fa.instructionsPart2).
    @Test func lowerCaseFragmentStillMayGainAFullStop() {
        let pair = Self.pair("from your two-factor authentication app", "aus Ihrer Zwei-Faktor-Authentifizierungs-App ein.",
                             id: "ngOrcid.signin.2fa.instructionsPart2")
        #expect(F.findings(EndPunctuationCheck(), pair).isEmpty)
    }

    /// A placeholder start with the same end as the source gives nothing.
    @Test func placeholderStartWithTheSameEndIsFine() {
        let pair = Self.pair("%d subscriptions successfully exported", "%d Abonnements erfolgreich exportiert",
                             id: "%d subscriptions successfully exported")
        #expect(F.findings(EndPunctuationCheck(), pair).isEmpty)
    }
}
