import Foundation
public import PublicationCore

/// A small German–Turkish core vocabulary: frequent words of news and essay prose, written for
/// Köprü from general knowledge (not taken from any evaluation corpus or other project).
///
/// Each entry pairs German forms with Turkish forms. A form ending in `*` matches any word that
/// starts with it (inflection and Turkish suffixes: `hükümet*` matches `hükümetin`); a form
/// without `*` must match the whole word. Words are folded with ``TurkishCaseFolding`` and cut at
/// an apostrophe first. The sentence aligner uses a shared entry as weak evidence that two
/// sentences translate each other.
///
/// ```swift
/// CoreLexicon.concepts(of: "Regierung", language: .german)   // ["regierung"]
/// CoreLexicon.concepts(of: "hükümetin", language: .turkish)  // ["regierung"]
/// ```
public enum CoreLexicon {
    /// The concepts (named by the entry's first German form) that `word` expresses.
    ///
    /// - Parameters:
    ///   - word: One word without surrounding punctuation.
    ///   - language: German or Turkish; other languages have no entries.
    /// - Returns: The concept names, usually none or one.
    public static func concepts(of word: some StringProtocol, language: LanguageTag) -> [String] {
        var text = Substring(word)
        if let apostrophe = text.firstIndex(where: { $0 == "'" || $0 == "’" }) { text = text[..<apostrophe] }
        guard text.count >= 2 else { return [] }
        return concepts(folded: TurkishCaseFolding.fold(String(text), language: language), language: language)
    }

    /// ``concepts(of:language:)`` for a word already folded and cut at its apostrophe.
    static func concepts(folded: String, language: LanguageTag) -> [String] {
        guard folded.count >= 2 else { return [] }
        let index: [Character: [(form: String, prefix: Bool, concept: String)]]
        switch language.code {
        case "de": index = germanIndex
        case "tr": index = turkishIndex
        default: return []
        }
        guard let first = folded.first, let candidates = index[first] else { return [] }
        var result: [String] = []
        for candidate in candidates where candidate.prefix ? folded.hasPrefix(candidate.form) : folded == candidate.form {
            if !result.contains(candidate.concept) { result.append(candidate.concept) }
        }
        return result
    }

    /// The entries: German forms and Turkish forms, separated by `|`.
    public static let entries: [(german: String, turkish: String)] = [
        // People and family
        ("mensch*|leute", "insan*|kişi*"), ("mann|männer*|mannes", "adam*|erkek*"), ("frau|frauen", "kadın*"),
        ("kind|kinder*|kindes", "çocu*"), ("familie*", "aile*"), ("freund*", "arkadaş*|dost*"),
        ("vater*|väter*", "baba*"), ("mutter|mütter*", "anne*"), ("sohn*|söhne*", "oğul*|oğlu*"),
        ("tochter|töchter*", "kızı*"), ("bruder|brüder*", "kardeş*|ağabey*"), ("schwester*", "kız kardeş*|abla*"),
        ("junge|jungen", "oğlan*|erkek çocu*"), ("mädchen*", "kız|kızlar*"), ("ehemann*", "koca*|eşi"),
        ("ehefrau*", "karı*|eşi"), ("nachbar*", "komşu*"), ("student*", "öğrenci*"), ("schüler*", "öğrenci*"),
        ("lehrer*", "öğretmen*"), ("arzt|ärzt*", "doktor*|hekim*"), ("bürger*", "vatandaş*"),
        // State and politics
        ("regierung*", "hükümet*"), ("präsident*", "başkan*|cumhurbaşkan*"), ("minister*", "bakan*"),
        ("partei*", "parti*"), ("wahl|wahlen|wähler*", "seçim*|seçmen*"), ("gesetz*", "yasa*|kanun*"),
        ("gericht*", "mahkeme*"), ("richter*", "yargıç*|hakim*"), ("polizei*|polizist*", "polis*"),
        ("armee*|militär*", "ordu*|asker*"), ("soldat*", "asker*"), ("krieg*", "savaş*"), ("frieden*", "barış*"),
        ("land|landes|länder*", "ülke*"), ("staat|staaten|staates", "devlet*"), ("stadt|städte*", "şehir*|şehr*|kent*"),
        ("dorf|dörfer*", "köy*"), ("welt*", "dünya*"), ("volk|völker*", "halk*"), ("grenze*", "sınır*"),
        ("stimme*", "oy|oyu*|oyla*|ses*"), ("abstimmung*", "oylama*"), ("senat*", "senato*"),
        ("kongress*", "kongre*"), ("parlament*", "meclis*|parlamento*"), ("botschaft*", "büyükelçi*"),
        ("sicherheit*", "güvenli*"), ("angriff*", "saldırı*"), ("waffe*", "silah*"), ("opfer*", "kurban*"),
        ("verletz*", "yaral*"), ("tote|toten|getötet*", "öl*|öldür*"), ("festgenommen|verhaftet*", "tutukla*|gözaltı*"),
        ("einwander*|migrant*", "göçmen*"), ("flüchtling*", "mülteci*"), ("hilfe*", "yardım*"),
        ("entscheidung*", "karar*"), ("vorschlag*", "öneri*|teklif*"), ("untersuchung*|ermittlung*", "soruşturma*|araştırma*"),
        ("anklage*|vorwurf*|vorwürfe*", "suçlama*|iddia*"), ("gefängnis*", "hapis*|cezaevi*"),
        // Time
        ("jahr|jahre|jahren|jahres|jährig*", "yıl*|yaş*"), ("monat*", "ay|aylık|ayda|ayın|ayında|aydır"),
        ("woche*", "hafta*"), ("tag|tage|tagen|tages", "gün*"), ("heute", "bugün*"), ("gestern", "dün"),
        ("morgen", "yarın*|sabah*"), ("stunde*", "saat*"), ("minute*", "dakika*"), ("zeit|zeiten", "zaman*|süre*"),
        ("abend*", "akşam*"), ("nacht|nächte*", "gece*"), ("jahrhundert*", "yüzyıl*"), ("zukunft*|künftig*", "gelecek*"),
        // Everyday nouns
        ("haus|hauses|häuser*", "ev|evi|evin|evde|evler*|konut*"), ("schule*", "okul*"), ("krankenhaus*|klinik*", "hastane*"),
        ("geld*", "para|parası*|paranın"), ("wasser*", "su|suyu*|sular*|sudan|suda"), ("feuer*|brand|brände*", "ateş*|yangın*"),
        ("auto|autos", "araba*|otomobil*"), ("straße*", "sokak*|cadde*|yol*"), ("berg|berge*", "dağ*"),
        ("meer|meeres", "deniz*"), ("fluss|flüsse*", "nehir*|nehr*"), ("baum|bäume*", "ağaç*|ağac*"),
        ("tier|tiere*", "hayvan*"), ("hund*", "köpek*"), ("katze*", "kedi*"), ("vogel|vögel*", "kuş*"),
        ("essen", "yemek*"), ("brot*", "ekmek*"), ("buch|bücher*", "kitap*|kitab*"), ("brief*", "mektup*|mektub*"),
        ("zeitung*", "gazete*"), ("nachricht*", "haber*"), ("bericht*", "rapor*|haber*"), ("frage|fragen", "soru*"),
        ("antwort*", "cevap*|cevab*|yanıt*"), ("problem*", "sorun*|problem*"), ("grund|gründe*", "neden*|sebep*|sebeb*"),
        ("arbeit*", "iş|işi|işin|işte|çalış*"), ("firma|firmen|unternehmen*", "şirket*|firma*"),
        ("markt*", "piyasa*|pazar*"), ("preis|preise*", "fiyat*|ödül*"), ("bank|banken", "banka*"),
        ("steuer*", "vergi*"), ("wirtschaft*", "ekonomi*"), ("gesundheit*", "sağlı*"), ("krankheit*", "hastalı*"),
        ("tod|todes", "ölüm*"), ("leben|lebens", "hayat*|yaşam*"), ("spiel|spiele|spielen|spieler*", "oyun*|oyna*|maç*"),
        ("mannschaft*|team*", "takım*"), ("sieg*", "zafer*|galibiyet*|kazan*"), ("tor|tore", "gol*"),
        ("punkt|punkte*", "puan*"), ("musik*", "müzik*"), ("kirche*", "kilise*"), ("gott|götter*", "tanrı*|allah*"),
        ("sprache*", "dil|dili*|diller*"), ("wort|worte|wörter*", "kelime*|söz*"), ("name|namen*", "isim*|ism*|adı*"),
        ("hälfte*", "yarı*"), ("prozent*", "yüzde*"), ("regen*", "yağmur*|yağış*"), ("sturm|stürme*", "fırtına*"),
        ("erdbeben*", "deprem*"), ("schnee*", "kar|karı|kara|kar yağ*"), ("wetter*", "hava*"),
        ("flughafen*", "havaalan*|havaliman*"), ("flugzeug*", "uçak*|uçağ*"), ("zug|züge*", "tren*"),
        ("schiff*", "gemi*"), ("studie*|forschung*", "araştırma*|çalışma*"), ("forscher*|wissenschaftler*", "araştırmacı*|bilim*"),
        ("daten", "veri*"), ("ergebnis*", "sonuç*|sonuc*"), ("plan|pläne*", "plan*"), ("ende", "son|sonu*|sona*"),
        ("telefon*", "telefon*"), ("video*", "video*"), ("foto*", "fotoğraf*"), ("film|filme*", "film*"),
        ("sport*", "spor*"), ("energie*", "enerji*"), ("klima*", "iklim*"), ("insel*", "ada|adası*|adalar*"),
        ("küste*", "kıyı*|sahil*"), ("hotel*", "otel*"), 
        // Adjectives, adverbs, connectors
        ("neu|neue*", "yeni*"), ("alt|alte|alten|alter", "eski*|yaşlı*"), ("groß*|größ*", "büyük*"),
        ("klein*", "küçük*"), ("gut|gute*|besser*|beste*", "iyi*"), ("schlecht*", "kötü*"),
        ("wichtig*", "önemli*"), ("schwer*|schwierig*", "zor*|ağır*"), ("erste|ersten|erster|erstes", "ilk*|birinci*"),
        ("letzte*", "son|sonra*|geçen*|son olarak"), ("alle|allen|aller", "tüm*|bütün*|hep*"),
        ("ja", "evet"), ("nein", "hayır"), ("aber", "ama|fakat|ancak"), ("weil", "çünkü"), ("wenn|falls", "eğer"),
        ("ohne", "olmadan|olmaksızın|-sız"), ("gegen", "karşı*"), ("zwischen", "arasında*"), ("während", "sırasında|iken"),
        ("amerikan*", "amerika*"), ("europa*|europä*", "avrupa*"), ("deutsch*", "alman*"), ("türk*", "türk*"),
        ("russ*", "rus*"), ("chines*|china", "çin*"), ("englisch*|england", "ingiliz*|ingiltere*"),
        ("französisch*|frankreich*", "fransız*|fransa*"), ("spanisch*|spanien*", "ispanya*|ispanyol*"),
        ("afrika*", "afrika*"),
        ("sagte|sagt|sagten|gesagt", "dedi*|söyle*|ifade*|belirt*|açıkla*"), ("erklärte*", "açıkla*|belirt*"),
        ("glaub*", "inan*|düşün*"), ("wissen|weiß", "bil*"), ("sehen|sah|gesehen", "gör*"),
        ("sprechen|sprach*|gesprochen", "konuş*"), ("schreib*|geschrieben", "yaz*"), ("lesen|gelesen", "oku*"),
        ("kaufen|gekauft", "satın*|al*"), ("zahlen|bezahlt*", "öde*"), ("sterben|starb|gestorben", "öl*|hayatını kaybet*"),
        ("helfen|geholfen", "yardım*"), ("tötet*|getötet", "öldür*"),
    ]

    private static let germanIndex = buildIndex(side: { $0.german })
    private static let turkishIndex = buildIndex(side: { $0.turkish })

    private static func buildIndex(side: ((german: String, turkish: String)) -> String)
        -> [Character: [(form: String, prefix: Bool, concept: String)]] {
        var index: [Character: [(form: String, prefix: Bool, concept: String)]] = [:]
        for entry in entries {
            let concept = String(entry.german.split(separator: "|")[0]).replacingOccurrences(of: "*", with: "")
            for form in side(entry).split(separator: "|") where !form.contains(" ") && !form.hasPrefix("-") {
                let prefix = form.hasSuffix("*")
                let text = prefix ? String(form.dropLast()) : String(form)
                guard let first = text.first else { continue }
                index[first, default: []].append((text, prefix, concept))
            }
        }
        return index
    }
}
