import PublicationCore
import Testing

/// A diagnostic made from a declared code takes the code's default severity and remedy.
@Suite("Diagnostics of declared codes")
struct DeclaredCodeTests {
    static let entry = DiagnosticCatalog.Entry("test.example", .warning, "An example.", remedy: "do this")

    @Test("the entry's severity and remedy; a remedy given with the finding wins")
    func defaults() {
        let plain = Diagnostic(Self.entry, "something happened")
        #expect(plain.severity == .warning)
        #expect(plain.code == "test.example")
        #expect(plain.remedy == "do this")
        let specific = Diagnostic(Self.entry, "something else", remedy: "do that instead")
        #expect(specific.remedy == "do that instead")
        #expect(Diagnostic(DiagnosticCatalog.Entry("test.other", .error, "Other."), "x").remedy == nil)
    }
}
