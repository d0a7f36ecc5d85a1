internal import Yams
public import PublicationCore

extension Manifest {
    /// The keys allowed at the top of `kopru.yaml`.
    static let topLevelKeys = [
        "title", "subtitle", "series", "number", "publisher", "date", "imprint", "layout", "outputs", "output",
        "missing-translation", "editor-marks", "check", "front-matter", "contributions", "back-matter",
    ]

    /// Reads a manifest from the text of `kopru.yaml`.
    ///
    /// ```swift
    /// let manifest = try Manifest(yaml: "title: {de: Inhalt, tr: İçindekiler}\ncontributions: []\n")
    /// manifest.layout   // .parallel
    /// ```
    ///
    /// - Parameters:
    ///   - yaml: the manifest's text.
    ///   - file: the path used in error locations.
    /// - Throws: ``ManifestError`` naming the key and its line and column: unknown keys, missing required
    ///   keys (`title` with `de` and `tr`, `contributions`, each contribution's `id` and `original`),
    ///   values of the wrong kind.
    public init(yaml: String, file: String = "kopru.yaml") throws(ManifestError) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw ManifestReading.yamlError(error, file: file)
        } catch {
            throw .invalidYAML(problem: "\(error)", at: nil)
        }
        guard let root else { throw .missingKey("title", in: "the manifest (the file is empty)", at: nil) }
        let reading = ManifestReading(file: file)
        let top = try reading.mapping(root, named: "the manifest", allowed: Manifest.topLevelKeys)

        let metadata = PublicationMetadata(
            title: try reading.bilingual(try reading.required("title", in: top, of: "the manifest", at: root), key: "title"),
            subtitle: try top["subtitle"].map { node throws(ManifestError) in try reading.bilingual(node, key: "subtitle") },
            series: try top["series"].map { node throws(ManifestError) in try reading.bilingual(node, key: "series") },
            number: try top["number"].map { node throws(ManifestError) in try reading.scalar(node, key: "number") },
            publisher: try top["publisher"].map { node throws(ManifestError) in try reading.bilingual(node, key: "publisher") },
            date: try top["date"].map { node throws(ManifestError) in try reading.scalar(node, key: "date") },
            imprint: try top["imprint"].map { node throws(ManifestError) in try reading.bilingual(node, key: "imprint") }
        )
        self.init(metadata: metadata)
        if let node = top["layout"] { layout = try reading.choice(node, key: "layout") }
        if let node = top["outputs"] {
            outputs = try reading.sequence(node, key: "outputs").map { item throws(ManifestError) in
                try reading.choice(item, key: "outputs")
            }
        }
        if let node = top["output"] { output = try reading.scalar(node, key: "output") }
        if let node = top["missing-translation"] { missingTranslation = try reading.choice(node, key: "missing-translation") }
        if let node = top["editor-marks"] { editorMarks = try reading.boolean(node, key: "editor-marks") }
        if let node = top["check"] { check = try reading.checkSettings(node) }
        if let node = top["front-matter"] { frontMatter = try reading.identifiers(node, key: "front-matter") }
        if let node = top["back-matter"] { backMatter = try reading.identifiers(node, key: "back-matter") }
        let list = try reading.required("contributions", in: top, of: "the manifest", at: root)
        contributions = try reading.sequence(list, key: "contributions").map { item throws(ManifestError) in
            try reading.contribution(item)
        }
        try reading.checkReferences(of: self, top: top)
    }
}

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
        let entries = try mapping(node, named: "check", allowed: ["min-complete", "severities"])
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
