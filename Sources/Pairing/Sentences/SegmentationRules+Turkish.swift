import PublicationCore

extension SegmentationRules {
    /// The Turkish rules: abbreviations, ordinals, initials, then the shared decisions.
    ///
    /// ```
    /// Prof. Dr. Ayşe Kaya 17. yüzyıl üzerine konuştu. Toplantı Atatürk Cad. No. 5'te yapıldı.
    /// → ["Prof. Dr. Ayşe Kaya 17. yüzyıl üzerine konuştu.", "Toplantı Atatürk Cad. No. 5'te yapıldı."]
    /// ```
    public static let turkish = SegmentationRules(language: .turkish, rules: turkishRules)

    private static let turkishRules: [SegmentationRule] = {
        let abbreviations: [(String, String)] = [
            ("örn.", "örneğin"), ("Prof.", "profesör"), ("Dr.", "doktor"), ("Doç.", "doçent"),
            ("Yrd.", "yardımcı"), ("Öğr.", "öğretim"), ("Gör.", "görevlisi"), ("Av.", "avukat"),
            ("Op.", "operatör"), ("Uzm.", "uzman"), ("Müh.", "mühendis"), ("Müd.", "müdür"),
            ("Gen.", "general"), ("Org.", "orgeneral"), ("Alb.", "albay"),
            ("Cad.", "caddesi"), ("Mah.", "mahallesi"), ("Sok.", "sokak"), ("Sk.", "sokak"),
            ("Blv.", "bulvarı"), ("Apt.", "apartmanı"), ("No.", "numara"), ("Tel.", "telefon"),
            ("yy.", "yüzyıl"), ("bkz.", "bakınız"), ("Ltd.", "limited"), ("Şti.", "şirketi"),
            ("St.", "saint"), ("Mr.", "mister"), ("Mrs.", "mistress"),
        ]
        var rules = SharedRules.leading
        for (written, meaning) in abbreviations {
            rules += SharedRules.abbreviation("tr", written, meaning: meaning)
        }
        rules.append(SharedRules.numberAbbreviation("tr", "s.", meaning: "sayfa"))
        rules.append(SharedRules.numberAbbreviation("tr", "S.", meaning: "sayfa"))
        rules.append(SharedRules.sentenceFinalAbbreviation("tr", "vb.", meaning: "ve benzeri"))
        rules.append(SharedRules.sentenceFinalAbbreviation("tr", "vs.", meaning: "vesaire"))
        rules.append(SharedRules.sentenceFinalAbbreviation("tr", "vd.", meaning: "ve diğerleri"))
        rules += SharedRules.ordinals("tr", sentenceOpenings: [
            "Bu", "Şu", "O", "Bunun", "Bunu", "Buna", "Ancak", "Ama", "Fakat", "Ve", "Ayrıca",
            "Daha", "Öte", "Böylece", "Sonra", "Şimdi", "Bugün", "Ben", "Biz", "Onlar", "Ne",
            "Neden", "Nasıl", "Kim",
        ], referenceAbbreviations: ["s.", "S.", "No.", "Sk.", "Sok."], example: "17.| yüzyıl; 3.| madde; 2.| Dünya Savaşı")
        rules += SharedRules.trailing
        return rules
    }()
}
