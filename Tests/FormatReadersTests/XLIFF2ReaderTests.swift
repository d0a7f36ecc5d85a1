import Foundation
import FormatReaders
import PublicationCore
import TestSupport
import Testing

/// The XLIFF 2 reader: conformance over the OASIS and Okapi corpus, model dumps of scenario
/// fixtures, and diagnostics at exact positions.
@Suite struct XLIFF2ReaderTests {
    // MARK: Corpus

    /// Files under a `valid/` folder that are rejected on purpose or because two suites contradict each other.
    static let validRejected: [String: String] = [
        // Not namespace-well-formed: the pgs: prefix is never declared (the XML layer says xml.namespace).
        "xliff2/oasis-xliff-22/test-suite/modules/valid/Good-pgs_plural.xlf": "xml.namespace",
        // Puts slr:sizeInfo and slr:sizeInfoRef on one <ec>, which the OASIS file
        // Bad-slr_sizeInfo-with-sizeInfoRef.xlf declares invalid; the OASIS suite wins.
        "xliff2/okapi-lib-xliff2-extra/valid/withSLR.xlf": "xliff2.module-attribute",
    ]

    /// Files under an `invalid/` folder that are read without error.
    static let invalidAccepted: Set<String> = [
        // slr:sizeInfo="25.5" without a declared size profile: the OASIS core file
        // withModulesAttributesInEc.xlf (valid) has sizeInfo="some info" in the same situation, so a
        // non-integer sizeInfo without profile is only a warning (xliff2.size-info).
        "xliff2/oasis-xliff-21-ns2.0/test-suite/modules/invalid/Bad-slr_sizeInfo-not-integer.xlf",
        "xliff2/oasis-xliff-22/test-suite/modules/invalid/Bad-slr_sizeInfo-not-integer.xlf",
    ]

    /// Files outside valid/invalid/warning that give errors, each checked by hand.
    static let otherFilesWithErrors: [String: DiagnosticCode] = [
        // <skeleton> after <mda:metadata> in the file: the core requires the skeleton first.
        "xliff2/okapi-filters-xliff2/roundtrips/comprehensive_data_output.xlf": "xliff2.element-order",
        // fs:subFs on <file> and <unit> without fs:fs, which the format style module forbids.
        "xliff2/okapi-filters-xliff2/test01.xlf": "xliff2.module-attribute",
        "xliff2/okapi-filters-xliff2/test02.xlf": "xliff2.module-attribute",
    ]

    static let allFiles = Corpus.files(under: "xliff2")
    static let validFiles = allFiles.filter { $0.path.contains("/valid/") }.map(Corpus.relativePath(of:))
    static let invalidFiles = allFiles.filter { $0.path.contains("/invalid/") }.map(Corpus.relativePath(of:))
    static let warningFiles = allFiles.filter { $0.path.contains("/warning/") }.map(Corpus.relativePath(of:))
    static let otherFiles = allFiles.map(Corpus.relativePath(of:)).filter {
        !$0.contains("/valid/") && !$0.contains("/invalid/") && !$0.contains("/warning/")
    }

    static func load(_ relativePath: String) -> LoadedDocument {
        DocumentLoader().load(contentsOf: Corpus.url(relativePath), displayPath: relativePath)
    }

    /// Counts `<unit` start tags in the raw text, independently of the XML parser: comments and CDATA
    /// sections are removed first, then every `<unit` or `<prefix:unit` followed by white space, `>` or `/`
    /// is one unit (the corpus uses the core namespace as default or with the prefix `xlf`).
    static func countUnitTags(_ relativePath: String) throws -> Int {
        var text = try String(contentsOf: Corpus.url(relativePath), encoding: .utf8)
        for (open, close) in [("<!--", "-->"), ("<![CDATA[", "]]>")] {
            while let start = text.range(of: open) {
                let end = text.range(of: close, range: start.upperBound..<text.endIndex)?.upperBound ?? text.endIndex
                text.removeSubrange(start.lowerBound..<end)
            }
        }
        let pattern = try Regex("<(xlf:)?unit[\\s/>]")
        return text.matches(of: pattern).count
    }

    @Test func corpusIsPresent() {
        #expect(Self.validFiles.count > 100)
        #expect(Self.invalidFiles.count > 300)
        #expect(Self.warningFiles.count == 2)
    }

    @Test(arguments: validFiles)
    func validFileIsAccepted(_ path: String) throws {
        let loaded = Self.load(path)
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        if let expectedCode = Self.validRejected[path] {
            #expect(errors.contains { $0.code == DiagnosticCode(expectedCode) }, "known exception no longer rejected: \(path)")
            return
        }
        #expect(errors.isEmpty, "\(path): \(errors.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.code) \($0.message)" })")
        #expect(loaded.format == .xliff2)
        #expect(loaded.statistics.units == (try Self.countUnitTags(path)))
    }

    @Test(arguments: invalidFiles)
    func invalidFileIsRejected(_ path: String) {
        let loaded = Self.load(path)
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        if Self.invalidAccepted.contains(path) {
            #expect(errors.isEmpty, "known exception is now rejected, remove it from the list: \(path)")
            return
        }
        #expect(!errors.isEmpty, "\(path) is not rejected")
        for error in errors {
            #expect((error.location?.line ?? 0) > 0 && (error.location?.column ?? 0) > 0, "\(path): \(error.message)")
        }
    }

    @Test(arguments: warningFiles)
    func writerOnlyRuleGivesWarning(_ path: String) {
        let diagnostics = Self.load(path).diagnostics
        #expect(!diagnostics.contains { $0.severity == .error })
        #expect(diagnostics.contains { $0.severity == .warning && $0.code == "xliff2.state-without-target" })
    }

    @Test(arguments: otherFiles)
    func otherCorpusFileIsRead(_ path: String) {
        let loaded = Self.load(path)
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(loaded.statistics.units > 0 || path.hasSuffix("_out.xlf"))
        if let code = Self.otherFilesWithErrors[path] {
            #expect(!errors.isEmpty && errors.allSatisfy { $0.code == code }, "\(path): \(errors.map(\.message))")
        } else {
            #expect(errors.isEmpty, "\(path): \(errors.map { "\($0.location?.line ?? 0) \($0.code) \($0.message)" })")
        }
    }

    /// Prints the acceptance and rejection rates that docs/xliff2-conformance.md reports.
    @Test func conformanceRates() {
        var lines: [String] = []
        for suite in ["oasis-xliff-21-ns2.0", "oasis-xliff-22"] {
            for part in ["core", "modules"] {
                let prefix = "xliff2/\(suite)/test-suite/\(part)/"
                let valid = Self.validFiles.filter { $0.hasPrefix(prefix + "valid/") }
                let invalid = Self.invalidFiles.filter { $0.hasPrefix(prefix + "invalid/") }
                let accepted = valid.filter { Self.load($0).isReadable }.count
                let rejected = invalid.filter { !Self.load($0).isReadable }.count
                lines.append("\(suite) \(part): valid accepted \(accepted)/\(valid.count), invalid rejected \(rejected)/\(invalid.count)")
                #expect(valid.count - accepted == valid.filter { Self.validRejected[$0] != nil }.count)
                #expect(invalid.count - rejected == invalid.filter { Self.invalidAccepted.contains($0) }.count)
            }
        }
        print(lines.joined(separator: "\n"))
    }

    // MARK: Scenarios

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/xliff2")

    static func read(_ name: String) -> (LoadedDocument, [TranslationUnit]) {
        var units: [TranslationUnit] = []
        let loaded = DocumentLoader().load(contentsOf: fixtures.appendingPathComponent(name), displayPath: name) {
            units.append($0)
        }
        return (loaded, units)
    }

    @Test(arguments: [
        "xliff2-inline-codes-original-data", "xliff2-states-substates", "xliff2-ignorable-notes",
        "xliff2-groups-translate-inheritance", "xliff2-several-files", "xliff2-extensions-modules",
    ])
    func scenarioMatchesGolden(_ name: String) {
        let (loaded, units) = Self.read(name + ".xlf")
        var dump = units.map(ModelDump.dump).joined(separator: "\n")
        dump += "\nfiles: \(loaded.files.map(\.key).joined(separator: ", "))"
        dump += "\nstatistics: version=\(loaded.statistics.version ?? "-") units=\(loaded.statistics.units) segments=\(loaded.statistics.segments) translated=\(loaded.statistics.translated) missing=\(loaded.statistics.missing) empty=\(loaded.statistics.empty) needsReview=\(loaded.statistics.needsReview) locked=\(loaded.statistics.locked)"
        for diagnostic in loaded.diagnostics {
            dump += "\n\(diagnostic.severity) \(diagnostic.location?.line ?? 0):\(diagnostic.location?.column ?? 0) [\(diagnostic.code)] \(diagnostic.message)"
        }
        dump += "\n"
        let failure = Golden.compare(dump, goldenFile: Self.fixtures.appendingPathComponent(name + ".golden.txt"))
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test func originalDataIsResolvedIntoCodes() throws {
        let (_, units) = Self.read("xliff2-inline-codes-original-data.xlf")
        let codes = try #require(units.first?.segments.first?.source.codes)
        #expect(codes.map(\.kind) == [.opening, .closing, .placeholder])
        #expect(codes.map(\.data) == ["<b>", "</b>", "<br/>"])
        #expect(codes[0].id == codes[1].id)
        #expect(codes[0].attributes["dataRefStart"] == "d1")
    }

    @Test func translateIsInherited() {
        let (_, units) = Self.read("xliff2-groups-translate-inheritance.xlf")
        #expect(units.map(\.isTranslatable) == [false, true, false, true])
        #expect(units.map(\.groups) == [["kopf"], ["kopf", "innen"], ["kopf", "innen"], []])
    }

    // MARK: Diagnostics at positions

    static func diagnose(_ xml: String) -> [Diagnostic] {
        DocumentLoader().load(Data(xml.utf8), displayPath: "test.xlf").diagnostics.filter { $0.severity >= .warning }
    }

    static let header = """
        <?xml version="1.0"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="tr">
        """

    /// `xml:lang` is inherited from the element that writes it until that element ends: a unit's
    /// language does not reach the next unit, nor a source's its target, however many values a file writes.
    @Test func languageIsInheritedUntilTheElementEnds() {
        var units = ""
        // Ten of each: at most twenty findings of one code are listed.
        for number in 1...10 {
            units += "<unit id=\"u\(number)\" xml:lang=\"x-\(number)\"><segment><source>a</source></segment></unit>\n"
            units += "<unit id=\"v\(number)\"><segment><source xml:lang=\"de\">b</source><target>c</target></segment></unit>\n"
        }
        let diagnostics = Self.diagnose(Self.header + "<file id=\"f\">\n" + units + "</file></xliff>")
        // Each unit that writes a language of its own makes its source differ from srcLang; the units
        // after them, whose source writes srcLang's de and whose target inherits nothing, are clean.
        #expect(diagnostics.map(\.code) == Array(repeating: "xliff2.language-mismatch", count: 10))
        #expect(diagnostics.compactMap(\.unit) == (1...10).map { "u\($0)" })
        #expect(diagnostics.allSatisfy { $0.message.contains("x-") })
    }

    @Test func duplicateUnitIDIsReportedAtTheSecondUnit() throws {
        let diagnostics = Self.diagnose(Self.header + """

             <file id="f">
              <unit id="u1"><segment><source>a</source></segment></unit>
              <unit id="u1"><segment><source>b</source></segment></unit>
             </file>
            </xliff>
            """)
        let diagnostic = try #require(diagnostics.only)
        #expect(diagnostic.code == "xliff2.duplicate-id")
        #expect(diagnostic.message == "the unit id \"u1\" is used by another <unit> of the file \"f\"")
        #expect(diagnostic.location == SourceLocation(file: "test.xlf", line: 5, column: 3))
    }

    @Test func endCodeBeforeStartCodeIsReportedAtTheEndCode() throws {
        let diagnostics = Self.diagnose(Self.header + """

             <file id="f">
              <unit id="u1">
               <segment><source>a<ec startRef="1"/> <sc id="1"/>b</source></segment>
              </unit>
             </file>
            </xliff>
            """)
        #expect(diagnostics.map(\.code) == ["xliff2.unpaired-code", "xliff2.unpaired-code"])
        #expect(diagnostics.first?.message == "<ec startRef=\"1\"> ends a code that was not started before it in the unit")
        #expect(diagnostics.first?.location == SourceLocation(file: "test.xlf", line: 5, column: 22))
        #expect(diagnostics.last?.location == SourceLocation(file: "test.xlf", line: 5, column: 41))
        #expect(diagnostics.allSatisfy { $0.unit == "u1" })
    }

    @Test func subStateWithoutStateIsReportedAtTheSegment() throws {
        let diagnostics = Self.diagnose(Self.header + """

             <file id="f">
              <unit id="u1">
                <segment id="s1" subState="kopru:draft"><source>a</source></segment>
              </unit>
             </file>
            </xliff>
            """)
        let diagnostic = try #require(diagnostics.only)
        #expect(diagnostic.code == "xliff2.substate-without-state")
        #expect(diagnostic.location == SourceLocation(file: "test.xlf", line: 5, column: 5))
        #expect(diagnostic.remedy != nil)
    }

    /// A size given as other text than a whole number: slr:sizeInfo without a declared size profile is
    /// its own code, a warning; with a profile, and slr:equivStorage always, it is a bad value, an error.
    @Test(arguments: [
        (profile: false, attribute: "sizeInfo", code: "xliff2.size-info", severity: Diagnostic.Severity.warning),
        (profile: true, attribute: "sizeInfo", code: "xliff2.bad-value", severity: .error),
        (profile: false, attribute: "equivStorage", code: "xliff2.bad-value", severity: .error),
    ])
    func sizeThatIsNoWholeNumberIsReportedAtItsCode(
        _ scenario: (profile: Bool, attribute: String, code: String, severity: Diagnostic.Severity)
    ) throws {
        let profiles = scenario.profile ? "<slr:profiles generalProfile=\"xliff:codepoints\"/>" : ""
        let diagnostics = Self.diagnose("""
            <?xml version="1.0"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:slr="urn:oasis:names:tc:xliff:sizerestriction:2.0" version="2.0" srcLang="de" trgLang="tr">
             <file id="f">\(profiles)
              <unit id="u1">
               <segment><source>a<ph id="1" slr:\(scenario.attribute)="2.5"/></source></segment>
              </unit>
             </file>
            </xliff>
            """)
        let diagnostic = try #require(diagnostics.only, "\(diagnostics)")
        #expect(diagnostic.code == DiagnosticCode(scenario.code))
        #expect(diagnostic.severity == scenario.severity)
        #expect(diagnostic.message == "slr:\(scenario.attribute)=\"2.5\" is not a whole number")
        #expect(diagnostic.location == SourceLocation(file: "test.xlf", line: 5, column: 22))
    }

    /// Every finding of the reader takes its severity from its code's catalog entry.
    @Test func everyReportedFindingHasTheSeverityOfItsCatalogEntry() {
        let severities = Dictionary(uniqueKeysWithValues: XLIFF2Diagnostics.catalog.map { ($0.code, $0.defaultSeverity) })
        for path in Self.invalidFiles + Self.warningFiles {
            for diagnostic in Self.load(path).diagnostics {
                guard let severity = severities[diagnostic.code] else { continue }
                #expect(diagnostic.severity == severity, "\(diagnostic.code) from \(path)")
            }
        }
    }

    @Test func catalogListsEveryCodeOnce() {
        let codes = XLIFF2Diagnostics.catalog.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(codes.allSatisfy { $0.rawValue.hasPrefix("xliff2.") })
    }

    @Test func everyReportedCodeIsInTheCatalog() {
        let known = Set(XLIFF2Diagnostics.catalog.map(\.code))
        for path in Self.invalidFiles + Self.warningFiles {
            for diagnostic in Self.load(path).diagnostics where diagnostic.code.rawValue.hasPrefix("xliff2.") {
                #expect(known.contains(diagnostic.code), "\(diagnostic.code) from \(path)")
            }
        }
    }
}

extension Array {
    /// The single element, or `nil` when there are none or several.
    fileprivate var only: Element? { count == 1 ? first : nil }
}
