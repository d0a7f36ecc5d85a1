import Foundation
import TestSupport

/// Generates small publications: German and Turkish originals with sections, paragraphs (some with
/// emphasis and footnotes) and lists; translated as DocBook with ids and gaps (some blocks outdated
/// through kopru.lock), as XLIFF 1.2 or 2.1 with missing, empty, unconfirmed and outdated units, or not
/// at all yet.
struct VolumeGenerator {
    enum Inline { case text(String), emphasis(String), footnote(id: String, text: String) }
    indirect enum Block {
        case paragraph(id: String, [Inline])
        case list(items: [(id: String, text: String)])
        case section(id: String, title: String, [Block])
    }
    enum TranslationKind: CaseIterable { case docbook, absent, absentXLIFF, xliff12, xliff2 }

    struct Contribution {
        var id: String
        var original: String
        var title: String
        var blocks: [Block]
        var kind: TranslationKind
    }

    var random: SeededGenerator
    private var counter = 0

    init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    static let words = [
        "de": ["Stadt", "Geflüchtete", "Wohnung", "Schule", "Beratung", "Integration", "Nachbarschaft", "Größe", "Ämter", "Übergang"],
        "tr": ["şehir", "mülteci", "konut", "okul", "danışmanlık", "uyum", "mahalle", "İstanbul", "ılık", "çocuk"],
    ]

    mutating func sentence(_ language: String) -> String {
        let count = Int.random(in: 3...7, using: &random)
        let words = (0..<count).map { _ in Self.words[language]!.randomElement(using: &random)! }
        return words.joined(separator: " ").prefix(1).uppercased() + words.joined(separator: " ").dropFirst() + "."
    }

    mutating func contribution(_ index: Int) -> Contribution {
        let language = random.chance(0.5) ? "de" : "tr"
        let prefix = "c\(index)"
        var blocks: [Block] = []
        for s in 1...Int.random(in: 1...3, using: &random) {
            var children: [Block] = []
            for b in 1...Int.random(in: 1...4, using: &random) {
                let id = "\(prefix)-s\(s)-b\(b)"
                if random.chance(0.25) {
                    children.append(.list(items: (1...Int.random(in: 2...3, using: &random)).map { ("\(id)-i\($0)", sentence(language)) }))
                } else {
                    var inlines: [Inline] = [.text(sentence(language) + " ")]
                    if random.chance(0.4) { inlines += [.emphasis(sentence(language)), .text(" ")] }
                    if random.chance(0.3) { inlines.append(.footnote(id: "\(id)-fn", text: sentence(language))) }
                    inlines.append(.text(" " + sentence(language)))
                    children.append(.paragraph(id: id, inlines))
                }
            }
            blocks.append(.section(id: "\(prefix)-s\(s)", title: sentence(language), children))
        }
        let kind = TranslationKind.allCases.randomElement(using: &random)!
        return Contribution(id: prefix, original: language, title: sentence(language), blocks: blocks, kind: kind)
    }

    // MARK: DocBook

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    /// The translation of a text: marked with the target language.
    static func translate(_ text: String, into language: String) -> String { "[\(language)] " + text }

    func docbook(_ contribution: Contribution, language: String, translated: Bool, keep: (String) -> Bool,
        withTitle: Bool = true) -> String
    {
        func text(_ value: String) -> String { Self.escape(translated ? Self.translate(value, into: language) : value) }
        func inlines(_ list: [Inline], parent: String) -> String {
            list.map { inline in
                switch inline {
                case .text(let value): return Self.escape(translated ? value : value)
                case .emphasis(let value): return "<emphasis>\(text(value))</emphasis>"
                case .footnote(let id, let value):
                    return keep(id) ? "<footnote xml:id=\"\(id)\"><para>\(text(value))</para></footnote>" : ""
                }
            }.joined()
        }
        func write(_ block: Block, indent: String) -> String {
            switch block {
            case .paragraph(let id, let list):
                return keep(id) ? "\(indent)<para xml:id=\"\(id)\">\(inlines(list, parent: id))</para>\n" : ""
            case .list(let items):
                let kept = items.filter { keep($0.id) }
                if kept.isEmpty { return "" }
                return "\(indent)<itemizedlist>\n" + kept.map { "\(indent)  <listitem xml:id=\"\($0.id)\"><para>\(text($0.text))</para></listitem>\n" }.joined()
                    + "\(indent)</itemizedlist>\n"
            case .section(let id, let title, let children):
                if !keep(id) { return "" }
                return "\(indent)<section xml:id=\"\(id)\">\n\(indent)  <title>\(text(title))</title>\n"
                    + children.map { write($0, indent: indent + "  ") }.joined() + "\(indent)</section>\n"
            }
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <article xmlns="http://docbook.org/ns/docbook" xmlns:xlink="http://www.w3.org/1999/xlink" version="5.0" xml:lang="\(language)" xml:id="\(contribution.id)">
              <info>
            \(withTitle ? "    <title>\(text(contribution.title))</title>\n" : "")  </info>
            \(contribution.blocks.map { write($0, indent: "  ") }.joined())</article>

            """
    }

    // MARK: XLIFF

    /// The units of a contribution: id, source markup and target markup per version.
    func units(_ contribution: Contribution, version: String, target: String) -> [(id: String, source: String, translated: String)] {
        var result: [(String, String, String)] = [(contribution.id, Self.escape(contribution.title),
            Self.escape(Self.translate(contribution.title, into: target)))]
        func inline(_ list: [Inline], translated: Bool) -> String {
            var code = 0
            return list.map { item in
                switch item {
                case .text(let value): return Self.escape(value)
                case .emphasis(let value):
                    code += 1
                    let text = Self.escape(translated ? Self.translate(value, into: target) : value)
                    return version == "1.2" ? "<g id=\"\(code)\" ctype=\"italic\">\(text)</g>" : "<pc id=\"\(code)\">\(text)</pc>"
                case .footnote:
                    code += 1
                    return version == "1.2" ? "<x id=\"\(code)\" ctype=\"x-footnote\"/>" : "<ph id=\"\(code)\"/>"
                }
            }.joined()
        }
        func visit(_ block: Block) {
            switch block {
            case .paragraph(let id, let list):
                let source = inline(list, translated: false)
                let translated = inline(list, translated: true)
                result.append((id, source, "[\(target)] " + translated))
                for case .footnote(let footnoteID, let text) in list {
                    result.append((footnoteID, Self.escape(text), Self.escape(Self.translate(text, into: target))))
                }
            case .list(let items):
                for item in items { result.append((item.id, Self.escape(item.text), Self.escape(Self.translate(item.text, into: target)))) }
            case .section(let id, let title, let children):
                result.append((id, Self.escape(title), Self.escape(Self.translate(title, into: target))))
                children.forEach(visit)
            }
        }
        contribution.blocks.forEach(visit)
        return result
    }

    /// An XLIFF translation with every kind of gap.
    mutating func xliff(_ contribution: Contribution, version: String) -> String {
        let source = contribution.original
        let target = source == "de" ? "tr" : "de"
        var body = ""
        for unit in units(contribution, version: version, target: target) {
            let roll = Double.random(in: 0..<1, using: &random)
            var unitSource = unit.source
            var targetMarkup: String? = unit.translated
            var state = version == "1.2" ? "translated" : "final"
            if roll < 0.15 { targetMarkup = nil }
            else if roll < 0.25 { targetMarkup = "" }
            else if roll < 0.35 { state = version == "1.2" ? "needs-review-translation" : "initial" }
            else if roll < 0.45 { unitSource = "Alt: " + unitSource }
            if version == "1.2" {
                body += "      <trans-unit id=\"\(unit.id)\">\n        <source>\(unitSource)</source>\n"
                if let targetMarkup { body += "        <target state=\"\(state)\">\(targetMarkup)</target>\n" }
                body += "        <note>kept</note>\n      </trans-unit>\n"
            } else {
                body += "    <unit id=\"\(unit.id)\">\n      <notes><note>kept</note></notes>\n"
                body += "      <segment\(targetMarkup == nil ? "" : " state=\"\(state)\"")>\n        <source>\(unitSource)</source>\n"
                if let targetMarkup { body += "        <target>\(targetMarkup)</target>\n" }
                body += "      </segment>\n    </unit>\n"
            }
        }
        if version == "1.2" {
            return """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <!-- made by a CAT tool -->
                  <file original="\(contribution.id).xml" datatype="xml" source-language="\(source)" target-language="\(target)">
                    <body>
                \(body)    </body>
                  </file>
                </xliff>

                """
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="\(source)" trgLang="\(target)">
              <file id="f1" original="\(contribution.id).xml">
            \(body)  </file>
            </xliff>

            """
    }

    /// Writes a volume of 2–4 contributions into `folder`; returns the contributions.
    mutating func writeVolume(into folder: TemporaryFolder) throws -> [Contribution] {
        var contributions: [Contribution] = []
        var manifest = "title: {de: \"Band\", tr: \"Cilt\"}\ncontributions:\n"
        var lock = ""
        for index in 1...Int.random(in: 2...4, using: &random) {
            let contribution = contribution(index)
            contributions.append(contribution)
            let original = contribution.original
            let target = original == "de" ? "tr" : "de"
            let originalPath = "Sources-\(original)/\(contribution.id).xml"
            try folder.write(docbook(contribution, language: original, translated: false, keep: { _ in true }), to: originalPath)
            var translationPath = "Sources-\(target)/\(contribution.id).xml"
            switch contribution.kind {
            case .docbook:
                var kept: Set<String> = []
                var outdated: [String] = []
                var generator = random
                func decide(_ block: Block) {
                    switch block {
                    case .paragraph(let id, let list):
                        if generator.chance(0.75) { kept.insert(id); if generator.chance(0.15) { outdated.append(id) } }
                        for case .footnote(let footnoteID, _) in list where generator.chance(0.8) { kept.insert(footnoteID) }
                    case .list(let items):
                        for item in items where generator.chance(0.75) { kept.insert(item.id) }
                    case .section(let id, _, let children):
                        if generator.chance(0.85) {
                            kept.insert(id)
                            children.forEach(decide)
                        }
                    }
                }
                contribution.blocks.forEach(decide)
                let withTitle = generator.chance(0.8)
                random = generator
                try folder.write(docbook(contribution, language: target, translated: true, keep: kept.contains,
                    withTitle: withTitle), to: translationPath)
                for id in outdated { lock += "\(contribution.id)\t\(id)\t\(original)\t0000000000000000\n" }
            case .absent:
                break
            case .absentXLIFF:
                translationPath = "Sources-\(target)/\(contribution.id).xlf"
            case .xliff12, .xliff2:
                translationPath = "Sources-\(target)/\(contribution.id).xlf"
                try folder.write(xliff(contribution, version: contribution.kind == .xliff12 ? "1.2" : "2.1"), to: translationPath)
            }
            let german = original == "de" ? originalPath : translationPath
            let turkish = original == "tr" ? originalPath : translationPath
            manifest += "  - {id: \(contribution.id), original: \(original), german: \(german), turkish: \(turkish)}\n"
        }
        try folder.write(manifest, to: "kopru.yaml")
        if !lock.isEmpty { try folder.write(lock, to: "kopru.lock") }
        return contributions
    }
}
