import Foundation
import XMLSource

/// `word/numbering.xml`: for each list (`w:num`), its levels' formats and start values.
final class DOCXNumbering: XMLEventHandler {
    /// One level of an abstract numbering.
    struct Level {
        var format = "decimal"
        var start = 1
    }

    private var abstractLevels: [String: [Int: Level]] = [:]
    private var abstractOfNumbering: [String: String] = [:]
    private var overrides: [String: [Int: Int]] = [:]
    private var currentAbstract: String?
    private var currentNumbering: String?
    private var currentLevel: Int?
    private var overrideLevel: Int?

    func startElement(_ tag: XMLStartTag) {
        guard DOCXNames.isWordML(tag.name.namespace) else { return }
        let ns = tag.name.namespace
        let value = tag.attribute("val", namespace: ns)
        switch tag.name.local {
        case "abstractNum": currentAbstract = tag.attribute("abstractNumId", namespace: ns)
        case "num": currentNumbering = tag.attribute("numId", namespace: ns)
        case "lvl":
            currentLevel = tag.attribute("ilvl", namespace: ns).flatMap { Int($0) }
            if let abstract = currentAbstract, let level = currentLevel {
                abstractLevels[abstract, default: [:]][level] = Level()
            }
        case "lvlOverride": overrideLevel = tag.attribute("ilvl", namespace: ns).flatMap { Int($0) }
        case "numFmt":
            if let abstract = currentAbstract, let level = currentLevel, let value {
                abstractLevels[abstract]?[level]?.format = value
            }
        case "start":
            if let abstract = currentAbstract, let level = currentLevel, let start = value.flatMap({ Int($0) }) {
                abstractLevels[abstract]?[level]?.start = start
            }
        case "abstractNumId":
            if let numbering = currentNumbering, let value { abstractOfNumbering[numbering] = value }
        case "startOverride":
            if let numbering = currentNumbering, let level = overrideLevel, let start = value.flatMap({ Int($0) }) {
                overrides[numbering, default: [:]][level] = start
            }
        default: break
        }
    }

    func endElement(_ name: XMLName, line: Int, column: Int) {
        guard DOCXNames.isWordML(name.namespace) else { return }
        switch name.local {
        case "abstractNum": currentAbstract = nil
        case "num": currentNumbering = nil
        case "lvl": currentLevel = nil
        case "lvlOverride": overrideLevel = nil
        default: break
        }
    }

    /// Defines a level of a list read from another format (an OpenDocument list style).
    func define(_ numbering: String, level: Int, format: String) {
        abstractOfNumbering[numbering] = numbering
        abstractLevels[numbering, default: [:]][level] = Level(format: format)
    }

    /// The level of a list, or `nil` when the list is not defined.
    func level(_ level: Int, of numbering: String) -> Level? {
        guard let abstract = abstractOfNumbering[numbering], let levels = abstractLevels[abstract] else { return nil }
        var result = levels[level] ?? Level()
        if let start = overrides[numbering]?[level] { result.start = start }
        return result
    }

    /// Whether a list level is numbered (any format other than bullets or none).
    func isOrdered(_ level: Int, of numbering: String) -> Bool {
        guard let format = self.level(level, of: numbering)?.format else { return false }
        return format != "bullet" && format != "none"
    }
}
