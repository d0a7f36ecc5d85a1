import Foundation
import XMLSource

/// `word/styles.xml`: each style's name, parent, outline level and numbering, and the document's
/// default language; answers what a paragraph style means (a heading of some level, a title, a quote).
final class DOCXStyles: XMLEventHandler {
    /// One style as written.
    struct Style {
        var id: String
        var type: String
        var name = ""
        var basedOn: String?
        var outlineLevel: Int?
        var numberingID: String?
        var numberingLevel: Int?
        var bold: Bool?
        var italic: Bool?
    }

    /// What a paragraph style says a paragraph is.
    enum Role: Equatable {
        case title, subtitle, author, quote, caption, abstract, date, other
    }

    private(set) var styles: [String: Style] = [:]
    /// The default paragraph style's id.
    private(set) var defaultParagraphStyle: String?
    /// `w:lang` of the document defaults.
    private(set) var defaultLanguage: String?
    private var current: Style?
    private var inDefaults = false
    private var inParagraphProperties = false
    private var inRunProperties = false

    func startElement(_ tag: XMLStartTag) {
        guard DOCXNames.isWordML(tag.name.namespace) else { return }
        let value = tag.attribute("val", namespace: tag.name.namespace)
        switch tag.name.local {
        case "docDefaults": inDefaults = true
        case "style":
            let id = tag.attribute("styleId", namespace: tag.name.namespace) ?? ""
            let type = tag.attribute("type", namespace: tag.name.namespace) ?? "paragraph"
            current = Style(id: id, type: type)
            if type == "paragraph", let isDefault = tag.attribute("default", namespace: tag.name.namespace),
                DOCXNames.isOn(isDefault)
            {
                defaultParagraphStyle = id
            }
        case "pPr": inParagraphProperties = true
        case "rPr": inRunProperties = true
        case "lang" where inDefaults && inRunProperties:
            if let value, !value.isEmpty { defaultLanguage = value }
        case "name": current?.name = value ?? ""
        case "basedOn": current?.basedOn = value
        case "outlineLvl" where inParagraphProperties: current?.outlineLevel = value.flatMap { Int($0) }
        case "numId" where inParagraphProperties: current?.numberingID = value
        case "ilvl" where inParagraphProperties: current?.numberingLevel = value.flatMap { Int($0) }
        case "b" where inRunProperties: current?.bold = DOCXNames.isOn(value)
        case "i" where inRunProperties: current?.italic = DOCXNames.isOn(value)
        default: break
        }
    }

    func endElement(_ name: XMLName, line: Int, column: Int) {
        guard DOCXNames.isWordML(name.namespace) else { return }
        switch name.local {
        case "docDefaults": inDefaults = false
        case "pPr": inParagraphProperties = false
        case "rPr": inRunProperties = false
        case "style":
            if let style = current, styles[style.id] == nil { styles[style.id] = style }
            current = nil
        default: break
        }
    }

    /// Adds a style read from another format (an OpenDocument paragraph or text style); the first
    /// definition of an id wins.
    func define(_ style: Style) {
        if styles[style.id] == nil { styles[style.id] = style }
    }

    /// Sets the document's default language when none is set yet.
    func defineDefaultLanguage(_ language: String) {
        if defaultLanguage == nil, !language.isEmpty { defaultLanguage = language }
    }

    /// The style and its ancestors (`basedOn`), nearest first, without loops.
    func chain(_ id: String?) -> [Style] {
        var result: [Style] = []
        var seen: Set<String> = []
        var next = id
        while let id = next, !seen.contains(id), let style = styles[id], result.count < 32 {
            seen.insert(id)
            result.append(style)
            next = style.basedOn
        }
        return result
    }

    /// The heading level (1…9) a paragraph style gives, or `nil` for a style that is no heading.
    ///
    /// A style is a heading when its id is `HeadingN`, its name is "heading N" in English, German
    /// ("Überschrift N") or Turkish ("Başlık N"), or it (or a style it is based on) has an outline level.
    func headingLevel(of id: String?) -> Int? {
        for style in chain(id) {
            if let level = Self.headingLevel(named: style.name) ?? Self.headingLevel(named: style.id) { return level }
            if let level = style.outlineLevel { return (0..<9).contains(level) ? level + 1 : nil }
        }
        return nil
    }

    static func headingLevel(named name: String) -> Int? {
        let lower = name.lowercased().replacingOccurrences(of: " ", with: "")
        for prefix in ["heading", "überschrift", "başlık", "baslik"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            if let level = Int(rest), (1...9).contains(level) { return level }
        }
        return nil
    }

    /// What a paragraph style stands for, by its name or an ancestor's.
    func role(of id: String?) -> Role {
        for style in chain(id) {
            let name = style.name.lowercased()
            let key = style.id.lowercased()
            if ["title", "titel", "konu başlığı", "belgebaşlığı", "belge başlığı"].contains(name) || key == "title" {
                return .title
            }
            if ["subtitle", "untertitel", "alt başlık", "altbaşlık"].contains(name) || key == "subtitle" { return .subtitle }
            if name == "author" || key == "author" { return .author }
            if name == "date" { return .date }
            if name == "abstract" { return .abstract }
            if ["quote", "intense quote", "block text", "zitat", "alıntı", "quotations", "quotation", "blockquote"]
                .contains(name)
            {
                return .quote
            }
            if ["caption", "beschriftung", "resim yazısı", "image caption", "table caption"].contains(name) {
                return .caption
            }
        }
        return .other
    }

    /// The numbering a paragraph style carries (for list and heading styles).
    func numbering(of id: String?) -> (id: String, level: Int)? {
        for style in chain(id) {
            if let numbering = style.numberingID { return (numbering, style.numberingLevel ?? 0) }
        }
        return nil
    }
}
