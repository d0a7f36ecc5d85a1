internal import Yams
import PublicationCore

/// Reads the manifest's YAML nodes, keeping their places for errors.
struct ManifestReading {
    let file: String

    static func yamlError(_ error: YamlError, file: String) -> ManifestError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            .invalidYAML(problem: problem, at: SourceLocation(file: file, line: mark.line, column: mark.column))
        default:
            .invalidYAML(problem: "\(error)", at: nil)
        }
    }

    func location(_ node: Node) -> SourceLocation? {
        node.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
    }

    /// A mapping's entries by key, after checking that every key is allowed.
    func mapping(_ node: Node, named name: String, allowed: [String]) throws(ManifestError) -> [String: Node] {
        guard let mapping = node.mapping else {
            throw .invalidValue(key: name, value: describe(node), expected: "a mapping of keys", at: location(node))
        }
        var entries: [String: Node] = [:]
        for (key, value) in mapping {
            let text = key.string ?? describe(key)
            guard allowed.contains(text) else {
                throw .unknownKey(text, allowed: allowed, at: location(key) ?? SourceLocation(file: file, line: 1, column: 1))
            }
            entries[text] = value
        }
        return entries
    }

    func required(_ key: String, in entries: [String: Node], of name: String, at parent: Node) throws(ManifestError) -> Node {
        guard let node = entries[key], !isNull(node) else { throw .missingKey(key, in: name, at: location(parent)) }
        return node
    }

    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null"].contains(scalar.string)
    }

    func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): scalar.string
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }

    func scalar(_ node: Node, key: String) throws(ManifestError) -> String {
        guard case .scalar(let scalar) = node else {
            throw .invalidValue(key: key, value: describe(node), expected: "a single value", at: location(node))
        }
        return scalar.string
    }

    func boolean(_ node: Node, key: String) throws(ManifestError) -> Bool {
        switch try scalar(node, key: key).lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        case let other: throw .invalidValue(key: key, value: other, expected: "true or false", at: location(node))
        }
    }

    func choice<Choice: RawRepresentable & CaseIterable>(_ node: Node, key: String) throws(ManifestError) -> Choice
    where Choice.RawValue == String {
        let text = try scalar(node, key: key)
        guard let value = Choice(rawValue: text) else {
            let allowed = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalidValue(key: key, value: text, expected: "one of \(allowed)", at: location(node))
        }
        return value
    }

    func sequence(_ node: Node, key: String) throws(ManifestError) -> [Node] {
        guard let sequence = node.sequence else {
            throw .invalidValue(key: key, value: describe(node), expected: "a list", at: location(node))
        }
        return Array(sequence)
    }

    func bilingual(_ node: Node, key: String) throws(ManifestError) -> Bilingual<String> {
        let entries = try mapping(node, named: key, allowed: ["de", "tr"])
        return Bilingual(
            german: try scalar(try required("de", in: entries, of: "\"\(key)\"", at: node), key: "\(key).de"),
            turkish: try scalar(try required("tr", in: entries, of: "\"\(key)\"", at: node), key: "\(key).tr")
        )
    }

    /// An ISO 8601 calendar date, `YYYY-MM-DD`; anything else (`01.03.2021`, `2021-02-30`) is an error at its place.
    func date(_ node: Node, key: String) throws(ManifestError) -> String {
        let text = try scalar(node, key: key)
        guard ISODate.components(of: text) != nil else {
            throw .invalidValue(key: key, value: text, expected: "a date written YYYY-MM-DD, such as 2021-03-01", at: location(node))
        }
        return text
    }

    func language(_ node: Node, key: String) throws(ManifestError) -> LanguageTag {
        let text = try scalar(node, key: key)
        guard let tag = LanguageTag(text), tag == .german || tag == .turkish else {
            throw .invalidValue(key: key, value: text, expected: "de or tr", at: location(node))
        }
        return tag == .german ? .german : .turkish
    }

    func identifiers(_ node: Node, key: String) throws(ManifestError) -> [String] {
        try sequence(node, key: key).map { item throws(ManifestError) in try scalar(item, key: key) }
    }

    func contribution(_ node: Node) throws(ManifestError) -> Manifest.Contribution {
        let entries = try mapping(node, named: "a contribution", allowed: ["id", "original", "german", "turkish"])
        return Manifest.Contribution(
            id: try scalar(try required("id", in: entries, of: "a contribution", at: node), key: "id"),
            original: try language(try required("original", in: entries, of: "a contribution", at: node), key: "original"),
            german: try entries["german"].map { item throws(ManifestError) in try scalar(item, key: "german") },
            turkish: try entries["turkish"].map { item throws(ManifestError) in try scalar(item, key: "turkish") },
            location: location(node)
        )
    }

    func checkSettings(_ node: Node) throws(ManifestError) -> Manifest.CheckSettings {
        let entries = try mapping(node, named: "check", allowed: ["min-complete", "severities", "glossary", "suppressions"])
        var settings = Manifest.CheckSettings()
        if let value = entries["min-complete"] {
            let text = try scalar(value, key: "min-complete")
            guard let number = Double(text.replacingOccurrences(of: "%", with: "")), (0...100).contains(number) else {
                throw .invalidValue(key: "min-complete", value: text, expected: "a percentage from 0 to 100", at: location(value))
            }
            settings.minimumComplete = number
        }
        if let value = entries["severities"] {
            guard let mapping = value.mapping else {
                throw .invalidValue(key: "severities", value: describe(value), expected: "a mapping of codes to severities", at: location(value))
            }
            for (code, severity) in mapping {
                let setting: Manifest.SeveritySetting = try choice(severity, key: "severities.\(code.string ?? "")")
                settings.severities[DiagnosticCode(try scalar(code, key: "severities"))] = setting
            }
        }
        if let value = entries["glossary"] { settings.glossary = try scalar(value, key: "glossary") }
        if let value = entries["suppressions"] {
            settings.suppressions = try sequence(value, key: "suppressions").map { item throws(ManifestError) in
                try scalar(item, key: "suppressions")
            }
        }
        return settings
    }

    func checkReferences(of manifest: Manifest, top: [String: Node]) throws(ManifestError) {
        var seen: Set<String> = []
        for contribution in manifest.contributions {
            guard seen.insert(contribution.id).inserted else {
                throw .invalidReference(key: "contributions", id: contribution.id, problem: "is listed twice", at: contribution.location)
            }
        }
        for key in ["front-matter", "back-matter"] {
            let ids = key == "front-matter" ? manifest.frontMatter : manifest.backMatter
            for id in ids where !seen.contains(id) {
                throw .invalidReference(key: key, id: id, problem: "is not listed under \"contributions\"",
                    at: top[key].flatMap(location))
            }
        }
    }
}
