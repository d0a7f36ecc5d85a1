import Pairing
import QualityChecks
import PublicationCore
import Testing

@Suite struct PlaceholderMismatchCheckTests {
    typealias F = CheckFixtures

    @Test(arguments: [
        ("Mindestens {{ limit }} Zeichen, %count% Dateien, %1$@", ["{{ limit }}", "%count%", "%1$@"]),
        ("%d von %s, %.2f %%, %lu, %2$s", ["%d", "%s", "%.2f", "%lu", "%2$s"]),
        ("{0} und {name}", ["{0}", "{name}"]),
        ("{count, plural, one {# Tag mit {name}} other {# Tage mit {name}}}", ["{count, plural}", "{name}"]),
        ("Hallo $user und ${project.name}, :count Dateien", ["$user", "$project.name", ":count"]),
        ("{{limit}} und {{ limit }}", ["{{ limit }}", "{{ limit }}"]),
    ])
    func scannerFindsEverySyntax(text: String, expected: [String]) {
        #expect(PlaceholderScanner().placeholders(in: text) == expected)
    }

    @Test(arguments: [
        "Hinweis: Text", "Um 14:30 Uhr", "https://example.org", "%50 indirim", "%3,5 artış", "100 % sicher",
        "Kosten: 5 $", "ailelerin %10'u", "{ }", "Preis $5",
    ])
    func proseHasNoPlaceholders(text: String) {
        #expect(PlaceholderScanner().placeholders(in: text).isEmpty)
    }

    @Test func onlyConfiguredSyntaxesAreFound() {
        let scanner = PlaceholderScanner(syntaxes: [.printf])
        #expect(scanner.placeholders(in: "%d und {0} und {{ x }}") == ["%d"])
        #expect(PlaceholderMismatchCheck(syntaxes: [.printf]).check(
            F.pair("{0} Dateien", "Dosyalar"), in: CheckContext()).isEmpty)
    }

    @Test(arguments: [
        ("Mindestens {{ limit }} Zeichen.", "En az {{ limit }} karakter."),
        ("%1$@ von %2$@", "%2$@ içinde %1$@"),
        ("{count, plural, one {# Tag} other {# Tage}}", "{count, plural, other {# gün}}"),
        ("Eine Datei.|%count% Dateien.", "%count% dosya."),
        ("%d%% erledigt", "%%%d tamamlandı"),
    ])
    func keptPlaceholdersAreNotFound(source: String, target: String) {
        #expect(F.findings(PlaceholderMismatchCheck(), F.pair(.init(stringLiteral: source), .init(stringLiteral: target))).isEmpty)
    }

    @Test func droppedPlaceholderIsFound() throws {
        let finding = try #require(F.findings(PlaceholderMismatchCheck(), F.pair("%d Artikel gelöscht", "Makaleler silindi")).first)
        #expect(finding.code == "qa.placeholder-mismatch")
        #expect(finding.severity == .error)
        #expect(finding.message.contains("lacks the placeholder “%d”"))
    }

    @Test func placeholderTwiceInSourceOnceInTargetIsFound() throws {
        let finding = try #require(
            F.findings(PlaceholderMismatchCheck(), F.pair("{name} sieht {name}", "{name} görüyor")).first)
        #expect(finding.message.contains("“{name}”"))
    }

    @Test func addedAndRenamedPlaceholdersAreFound() throws {
        let finding = try #require(
            F.findings(PlaceholderMismatchCheck(), F.pair("Hallo {{ name }}", "Merhaba {{ isim }} %s")).first)
        #expect(finding.message.contains("lacks the placeholder “{{ name }}”"))
        #expect(finding.message.contains("“{{ isim }}”, “%s” that the original does not have"))
    }

    @Test func placeholderKeptAsInlineCodeIsNotCounted() {
        let source = InlineText([.text("Wert "), F.code(.placeholder, "1", element: "x")])
        let target = InlineText([.text("Değer "), F.code(.placeholder, "1", element: "x")])
        #expect(F.findings(PlaceholderMismatchCheck(), F.pair(source, target)).isEmpty)
    }
}
