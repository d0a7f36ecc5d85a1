import Pairing
public import PublicationCore

/// Every QA check Köprü has: code, default severity and summary, in the order they report.
///
/// `docs/checks.md` documents exactly these codes; a test keeps the two in step.
public enum CheckCatalog {
    /// The check types, in report order.
    public static let checkTypes: [any QualityCheck.Type] = [
        MissingTargetCheck.self,
        EmptyTargetCheck.self,
        StateWithoutTextCheck.self,
        IdenticalTargetCheck.self,
        InlineCodeMismatchCheck.self,
        InlineCodeNestingCheck.self,
        InlineCodeOrderCheck.self,
        PlaceholderMismatchCheck.self,
        NumberMismatchCheck.self,
        URLMismatchCheck.self,
        EmailMismatchCheck.self,
        EdgeWhitespaceCheck.self,
        DoubleSpaceCheck.self,
        EndPunctuationCheck.self,
        QuoteStyleCheck.self,
        BracketBalanceCheck.self,
        QuoteBalanceCheck.self,
        RepeatedWordCheck.self,
        FoldedDiacriticsCheck.self,
        TurkishDottedICheck.self,
        CapitalSharpSCheck.self,
        GlossaryCheck.self,
        LengthRatioCheck.self,
        InconsistentTranslationCheck.self,
        SameTranslationCheck.self,
        FinalWithErrorsCheck.self,
    ]

    /// The documented entries of the QA checks.
    public static var entries: [DiagnosticCatalog.Entry] { checkTypes.map { $0.entry } }

    /// The codes of the QA checks.
    public static var codes: Set<DiagnosticCode> { Set(checkTypes.map { $0.code }) }

    /// The codes of reading check settings and glossaries.
    public static let configurationEntries: [DiagnosticCatalog.Entry] = [
        unknownCode, unknownSeverity, malformedSuppression, glossaryUnreadable,
    ] + Glossary.diagnostics

    /// `check.unknown-code`
    public static let unknownCode = DiagnosticCatalog.Entry(
        "check.unknown-code", .warning, "The check settings name a code that is not a QA check.",
        remedy: "use one of the codes listed in docs/checks.md (they start with \"qa.\")")
    /// `check.unknown-severity`
    public static let unknownSeverity = DiagnosticCatalog.Entry(
        "check.unknown-severity", .warning, "A check is set to something other than error, warning, note or off.",
        remedy: "write error, warning, note or off")
    /// `check.malformed-suppression`
    public static let malformedSuppression = DiagnosticCatalog.Entry(
        "check.malformed-suppression", .warning, "A suppression line is not a QA code and a segment id.")
    /// `check.glossary-unreadable`
    public static let glossaryUnreadable = DiagnosticCatalog.Entry(
        "check.glossary-unreadable", .error, "The glossary named in kopru.yaml does not exist or cannot be read.")

    /// The checks for German–Turkish pairs made through a common source (two translations of one English
    /// file, paired by unit id): only those that need German and Turkish side by side (names losing their
    /// diacritics, glossary terms). Every other check compares each translation with its own source,
    /// where a difference belongs; run on the two translations it would report the German translation's
    /// deviations once more as the Turkish one's.
    ///
    /// - Parameter glossary: the required terms.
    public static func pivotChecks(glossary: Glossary = Glossary()) -> [any QualityCheck] {
        [FoldedDiacriticsCheck(), GlossaryCheck(glossary: glossary)]
    }

    /// One instance of every check, in report order.
    ///
    /// - Parameters:
    ///   - glossary: the required terms; with an empty glossary the glossary check finds nothing.
    ///   - placeholders: the placeholder syntaxes the placeholder check recognises (`check.placeholders`).
    public static func defaultChecks(
        glossary: Glossary = Glossary(), placeholders: Set<PlaceholderSyntax> = Set(PlaceholderSyntax.allCases)
    ) -> [any QualityCheck] {
        [
            MissingTargetCheck(), EmptyTargetCheck(), StateWithoutTextCheck(), IdenticalTargetCheck(),
            InlineCodeMismatchCheck(), InlineCodeNestingCheck(), InlineCodeOrderCheck(),
            PlaceholderMismatchCheck(syntaxes: placeholders), NumberMismatchCheck(),
            URLMismatchCheck(), EmailMismatchCheck(), EdgeWhitespaceCheck(), DoubleSpaceCheck(),
            EndPunctuationCheck(), QuoteStyleCheck(), BracketBalanceCheck(), QuoteBalanceCheck(),
            RepeatedWordCheck(), FoldedDiacriticsCheck(), TurkishDottedICheck(), CapitalSharpSCheck(),
            GlossaryCheck(glossary: glossary), LengthRatioCheck(), InconsistentTranslationCheck(),
            SameTranslationCheck(), FinalWithErrorsCheck(),
        ]
    }
}
