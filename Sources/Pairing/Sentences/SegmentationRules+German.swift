import PublicationCore

extension SegmentationRules {
    /// The German rules: abbreviations, ordinals, initials, then the shared decisions.
    ///
    /// ```
    /// Das Gesetz gilt seit dem 17. Dezember, vgl. S. 4. Es betrifft z. B. Dr. Weber.
    /// → ["Das Gesetz gilt seit dem 17. Dezember, vgl. S. 4.", "Es betrifft z. B. Dr. Weber."]
    /// ```
    public static let german = SegmentationRules(language: .german, rules: germanRules)

    private static let germanRules: [SegmentationRule] = {
        let abbreviations: [(String, String)] = [
            ("z. B.", "zum Beispiel"), ("d. h.", "das heißt"), ("u. a.", "unter anderem"),
            ("u. U.", "unter Umständen"), ("o. Ä.", "oder Ähnliches"), ("v. a.", "vor allem"),
            ("z. T.", "zum Teil"), ("s. o.", "siehe oben"), ("s. u.", "siehe unten"),
            ("Nr.", "Nummer"), ("Dr.", "Doktor"), ("Prof.", "Professor"), ("bzw.", "beziehungsweise"),
            ("ca.", "circa"), ("vgl.", "vergleiche"), ("Abs.", "Absatz"), ("Art.", "Artikel"),
            ("Str.", "Straße"), ("Hr.", "Herr"), ("Fr.", "Frau"), ("St.", "Sankt"),
            ("Mio.", "Million"), ("Mrd.", "Milliarde"), ("Tsd.", "Tausend"), ("Jh.", "Jahrhundert"),
            ("evtl.", "eventuell"), ("ggf.", "gegebenenfalls"), ("inkl.", "inklusive"),
            ("zzgl.", "zuzüglich"), ("ebd.", "ebenda"), ("Tel.", "Telefon"), ("geb.", "geboren"),
            ("gest.", "gestorben"), ("Dipl.", "Diplom"), ("Ing.", "Ingenieur"), ("Bd.", "Band"),
            ("Kap.", "Kapitel"), ("Jg.", "Jahrgang"), ("Hrsg.", "Herausgeber"), ("sog.", "sogenannt"),
            ("Az.", "Aktenzeichen"),
        ]
        var rules = SharedRules.leading
        for (written, meaning) in abbreviations {
            rules += SharedRules.abbreviation("de", written, meaning: meaning)
        }
        rules.append(SharedRules.numberAbbreviation("de", "S.", meaning: "Seite"))
        rules.append(SegmentationRule(
            "de.abbreviation.street-number", .noBreak,
            before: #"\p{L}(?:str|Str)\.$"#, after: #"\s+\d"#,
            purpose: "A street name shortened to `…str.` before a house number does not end a sentence.",
            example: "Goethestr.| 5"))
        rules.append(SharedRules.sentenceFinalAbbreviation("de", "usw.", meaning: "und so weiter"))
        rules.append(SharedRules.sentenceFinalAbbreviation("de", "etc.", meaning: "et cetera"))
        rules += SharedRules.ordinals("de", sentenceOpenings: [
            "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Er", "Sie", "Es", "Wir",
            "Ich", "Ihr", "Man", "Im", "Auch", "Aber", "Doch", "Dann", "Danach", "Damit", "Dies",
            "Diese", "Dieser", "Dieses", "So", "Nun", "Jetzt", "Heute", "Zudem", "Außerdem",
            "Trotzdem", "Deshalb", "Daher", "Laut", "Wie", "Was", "Wer", "Warum",
        ], referenceAbbreviations: ["S.", "Nr.", "Abs.", "Art.", "Kap.", "Bd.", "Az."], example: "am 17.| Dezember; im 2.| Weltkrieg; 17.| 12. 2020")
        rules += SharedRules.trailing
        return rules
    }()
}
