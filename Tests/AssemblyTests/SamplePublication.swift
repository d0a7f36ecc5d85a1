import Foundation
import PublicationCore

/// A small synthetic volume built in code: two contributions, one written in German (Saarbrücken) and
/// one in Turkish (Şişli), with a section, a footnote in each language, a list, a quote, a link, a figure,
/// a missing translation, an outdated row, a row that needs review and an addition.
enum SamplePublication {
    static func paragraph(_ text: String) -> Block { .paragraph(Paragraph(content: [.text(text)])) }

    static let metadata = PublicationMetadata(
        title: Bilingual(german: "Ankommen in der Kommune", turkish: "Belediyede Yeni Bir Başlangıç"),
        subtitle: Bilingual(german: "Berichte aus deutschen und türkischen Städten",
            turkish: "Alman ve Türk şehirlerinden raporlar"),
        series: Bilingual(german: "Dokumentationsreihe", turkish: "Belgeleme Dizisi"),
        number: "12",
        publisher: Bilingual(german: "Deutscher Städte- und Gemeindebund", turkish: "Türkiye Belediyeler Birliği"),
        date: "2020-12-17",
        imprint: Bilingual(german: "Herausgegeben vom Deutschen Städte- und Gemeindebund.\nBerlin 2020.",
            turkish: "Türkiye Belediyeler Birliği tarafından yayımlanmıştır.\nAnkara 2020.")
    )

    static let saarbruecken = BilingualContribution(
        id: "saarbruecken", part: .body, originalLanguage: .german,
        title: Bilingual(german: [.text("Integration in Saarbrücken")], turkish: [.text("Saarbrücken'de uyum çalışmaları")]),
        authors: Bilingual(german: [Author(name: "Anna Berger", organisation: "Landeshauptstadt Saarbrücken")],
            turkish: [Author(name: "Anna Berger", organisation: "Saarbrücken Eyalet Başkenti")]),
        rows: [
            AlignedRow(german: .section(Section(id: "s1", title: [.text("Ankommen und Bleiben")])),
                turkish: .section(Section(id: "s1", title: [.text("Varmak ve kalmak")])),
                germanSegmentIDs: ["s1"], turkishSegmentIDs: ["s1"]),
            AlignedRow(
                german: .paragraph(Paragraph(id: "p1", content: [
                    .text("Die Stadt hat 2015 rund 1.250 Geflüchtete aufgenommen."),
                    .footnote(id: "fn1", [paragraph("Zahlen des Integrationsamts, Stand 17.12.2020.")]),
                    .text(" Viele Familien leben heute in den Stadtteilen Burbach und Malstatt."),
                ])),
                turkish: .paragraph(Paragraph(id: "p1", content: [
                    .text("Şehir 2015 yılında yaklaşık 1.250 mülteciyi kabul etti."),
                    .footnote(id: "fn1", [paragraph("Uyum dairesinin rakamları, 17.12.2020 itibarıyla.")]),
                    .text(" Ailelerin çoğu bugün Burbach ve Malstatt semtlerinde yaşıyor."),
                ])),
                depth: 1, germanSegmentIDs: ["p1"], turkishSegmentIDs: ["p1"]),
            AlignedRow(
                german: .list(ListBlock(id: "l1", isOrdered: false, items: [
                    ListItem(blocks: [paragraph("Sprachkurse für Erwachsene")]),
                    ListItem(blocks: [paragraph("Wohnungen in allen Stadtteilen")]),
                    ListItem(blocks: [paragraph("Beratung für Familien")]),
                ])),
                turkish: .list(ListBlock(id: "l1", isOrdered: false, items: [
                    ListItem(blocks: [paragraph("Yetişkinler için dil kursları")]),
                    ListItem(blocks: [paragraph("Bütün semtlerde konutlar")]),
                    ListItem(blocks: [paragraph("Ailelere danışmanlık")]),
                ])),
                depth: 1, germanSegmentIDs: ["l1"], turkishSegmentIDs: ["l1"]),
            AlignedRow(german: paragraph("Die Sprachkurse beginnen im Frühjahr und dauern sechs Monate."),
                turkish: paragraph("Dil kursları sonbaharda başlıyor."), status: .outdated, depth: 1,
                germanSegmentIDs: ["p2"], turkishSegmentIDs: ["p2"]),
            AlignedRow(german: paragraph("Ehrenamtliche begleiten die Familien bei Behördengängen."),
                turkish: nil, status: .missingTranslation, depth: 1, germanSegmentIDs: ["p3"]),
            AlignedRow(
                german: .figure(Figure(id: "f1", title: [.text("Die Stadtteile Saarbrückens")], imagePath: "stadtteile.svg",
                    alternativeText: "Karte von Saarbrücken mit den Stadtteilen Burbach und Malstatt")),
                turkish: .figure(Figure(id: "f1", title: [.text("Saarbrücken'in semtleri")], imagePath: "stadtteile.svg",
                    alternativeText: "Burbach ve Malstatt semtleriyle Saarbrücken haritası")),
                depth: 1, germanSegmentIDs: ["f1"], turkishSegmentIDs: ["f1"]),
        ]
    )

    static let sisli = BilingualContribution(
        id: "sisli", part: .body, originalLanguage: .turkish,
        title: Bilingual(german: [.text("Erfahrungen aus Şişli")], turkish: [.text("Şişli Belediyesi'nin deneyimleri")]),
        authors: Bilingual(german: [Author(name: "Ayşe Yılmaz", organisation: "Stadtverwaltung Şişli")],
            turkish: [Author(name: "Ayşe Yılmaz", organisation: "Şişli Belediyesi")]),
        rows: [
            AlignedRow(
                german: paragraph("Im Istanbuler Bezirk Şişli wurde 2016 ein Beratungszentrum für Geflüchtete eröffnet."),
                turkish: paragraph("İstanbul'un Şişli ilçesinde 2016 yılında mülteciler için bir danışma merkezi açıldı."),
                germanSegmentIDs: ["t1"], turkishSegmentIDs: ["t1"]),
            AlignedRow(
                german: .quote(Quote(attribution: [.text("Stadtverwaltung Sultanbeyli")],
                    blocks: [paragraph("Wir setzen unsere Arbeit gemeinsam mit unseren Lehrkräften fort.")])),
                turkish: .quote(Quote(attribution: [.text("Sultanbeyli Belediyesi")],
                    blocks: [paragraph("Çalışmalarımızı öğretmenlerimizle birlikte sürdürüyoruz.")])),
                germanSegmentIDs: ["t2"], turkishSegmentIDs: ["t2"]),
            AlignedRow(
                german: .paragraph(Paragraph(content: [
                    .text("Einzelheiten stehen auf der "),
                    .link(href: "https://www.sisli.bel.tr", [.text("Website der Stadtverwaltung")]),
                    .text(", die "), .emphasis(role: nil, [.text("Entegrasyon")]), .text(" ausführlich beschreibt."),
                ])),
                turkish: .paragraph(Paragraph(content: [
                    .text("Ayrıntılar "),
                    .link(href: "https://www.sisli.bel.tr", [.text("belediyenin internet sitesinde")]),
                    .text(" yer alıyor; "), .emphasis(role: "strong", [.text("entegrasyon")]),
                    .text(" süreci orada ayrıntılı anlatılıyor."),
                    .footnote(id: "n1", [paragraph("Şişli Belediyesi, 2020.")]),
                ])),
                status: .needsReview, germanSegmentIDs: ["t3"], turkishSegmentIDs: ["t3"]),
            AlignedRow(german: paragraph("Anmerkung der Übersetzung: Şişli hat rund 270.000 Einwohner."), turkish: nil,
                status: .addition, germanSegmentIDs: ["x1"]),
        ]
    )

    static let publication = BilingualPublication(metadata: metadata, contributions: [saarbruecken, sisli])

    /// The figure's image, a small map drawn as SVG.
    static let figureSVG = """
        <svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" viewBox="0 0 240 120">
        <rect width="240" height="120" fill="#e8eef4"/>
        <circle cx="70" cy="60" r="30" fill="#0b4f8a"/>
        <circle cx="170" cy="60" r="30" fill="#7a5c00"/>
        </svg>

        """

    /// A folder holding the figure's image, made fresh for a test.
    static func resourceDirectory() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kopru-resources-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(figureSVG.utf8).write(to: folder.appendingPathComponent("stadtteile.svg"))
        return folder
    }

    /// A fresh empty folder for a test's output.
    static func temporaryFolder(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kopru-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The golden file `name` under Tests/AssemblyTests/Golden in the source tree.
    static func golden(_ name: String, filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden").appendingPathComponent(name)
    }

    /// The package's root folder in the source tree.
    static func packageRoot(filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
