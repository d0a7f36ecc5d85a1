import Pairing
import PublicationCore
import QualityChecks
internal import Yams

/// Reads the manifest's YAML nodes, keeping their places for errors.
struct ManifestReading {
    let file: String

    /// The first line and column: the place of problems that concern the whole file.
    var start: SourceLocation { SourceLocation(file: file, line: 1, column: 1) }

    /// The parser's error, at its place in the text.
    func yamlError(_ error: YamlError, in yaml: String) -> ManifestError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return .invalidYAML(problem: problem, at: SourceLocation(file: file, line: mark.line, column: mark.column))
        case .reader(let problem, let offset, _, _):
            let place = offset.map { ManifestPreScan(file: file).location(ofUTF8Offset: $0, in: yaml) } ?? start
            return .invalidYAML(problem: problem, at: place)
        default:
            return .invalidYAML(problem: "\(error)", at: start)
        }
    }

    func location(_ node: Node) -> SourceLocation {
        node.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) } ?? start
    }

    /// A mapping's entries by key, after checking that every key is allowed.
    func mapping(_ node: Node, named name: String, allowed: [String]) throws(ManifestError) -> [String: Node] {
        guard let mapping = node.mapping else {
            throw .invalidValue(key: name, value: describe(node), expected: "a mapping of keys", at: location(node))
        }
        var entries: [String: Node] = [:]
        var keys: [String: Node] = [:]
        for (key, value) in mapping {
            let text = key.string ?? describe(key)
            guard allowed.contains(text) else {
                throw .unknownKey(text, allowed: allowed, at: location(key))
            }
            if let first = keys[text] { throw .duplicateKey(text, first: location(first), at: location(key)) }
            keys[text] = key
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

    /// A calendar date written `YYYY-MM-DD` (ISO 8601), such as `2020-12-17`.
    func date(_ node: Node, key: String) throws(ManifestError) -> String {
        let text = try scalar(node, key: key)
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let digits = parts.map { $0.allSatisfy { ("0"..."9").contains($0) } }
        guard parts.count == 3, parts.map(\.count) == [4, 2, 2], !digits.contains(false),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, of: year)
        else {
            throw .invalidValue(key: key, value: text, expected: "a date that exists, written YYYY-MM-DD (such as 2020-12-17)",
                at: location(node))
        }
        return text
    }

    /// The number of days of a month in the Gregorian calendar.
    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
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
        let entries = try mapping(node, named: "check", allowed: ["min-complete", "severities", "glossary", "suppressions", "placeholders"])
        var settings = Manifest.CheckSettings()
        if let value = entries["min-complete"] {
            let text = try scalar(value, key: "min-complete")
            guard let number = Manifest.CheckSettings.percentage(from: text) else {
                throw .invalidValue(key: "min-complete", value: text, expected: "a percentage from 0 to 100", at: location(value))
            }
            settings.minimumComplete = number
        }
        if let value = entries["severities"] {
            guard let mapping = value.mapping else {
                throw .invalidValue(key: "severities", value: describe(value), expected: "a mapping of codes to severities", at: location(value))
            }
            var seen: [String: Node] = [:]
            for (code, severity) in mapping {
                let text = code.string ?? describe(code)
                if let first = seen[text] { throw .duplicateKey(text, first: location(first), at: location(code)) }
                seen[text] = code
                let setting: SeveritySetting = try choice(severity, key: "severities.\(code.string ?? "")")
                settings.severities[DiagnosticCode(try scalar(code, key: "severities"))] = setting
            }
        }
        if let value = entries["glossary"] {
            settings.glossary = try scalar(value, key: "glossary")
            settings.glossaryLocation = location(value)
        }
        if let value = entries["suppressions"] {
            settings.suppressions = try sequence(value, key: "suppressions").map { item throws(ManifestError) in
                try scalar(item, key: "suppressions")
            }
        }
        if let value = entries["placeholders"] {
            settings.placeholders = []
            for item in try sequence(value, key: "placeholders") {
                let syntax: PlaceholderSyntax = try choice(item, key: "placeholders")
                settings.placeholders.insert(syntax)
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
        var files: [String: String] = [:]
        for contribution in manifest.contributions {
            for path in [contribution.german, contribution.turkish].compactMap({ $0 }) {
                let normalized = Self.normalized(path)
                if let other = files[normalized] {
                    throw .invalidReference(key: "contributions", id: contribution.id,
                        problem: "names \(path), the file of contribution \"\(other)\" too", at: contribution.location)
                }
                files[normalized] = contribution.id
            }
        }
        var framing: [String: String] = [:]
        for key in ["front-matter", "back-matter"] {
            for item in top[key]?.sequence.map(Array.init) ?? [] {
                let id = try scalar(item, key: key)
                guard seen.contains(id) else {
                    throw .invalidReference(key: key, id: id, problem: "is not listed under \"contributions\"", at: location(item))
                }
                if let first = framing[id] {
                    let problem = first == key ? "is listed twice in \"\(key)\"" : "is listed in \"\(first)\" already"
                    throw .invalidReference(key: key, id: id, problem: problem, at: location(item))
                }
                framing[id] = key
            }
        }
    }

    /// Refuses an output folder that is the project folder, one of its ancestors, or a folder that
    /// holds the manifest, the lock file, the glossary or a contribution's file: a build replaces the
    /// output folder as a whole.
    func checkOutput(of manifest: Manifest, at node: Node) throws(ManifestError) {
        let output = manifest.output
        let folder = Self.normalized(output)
        if output.hasPrefix("/") { return }
        if folder.isEmpty {
            throw .unsafeOutput(path: output, reason: "the project folder itself", at: location(node))
        }
        let components = folder.split(separator: "/")
        if components.allSatisfy({ $0 == ".." }) {
            throw .unsafeOutput(path: output, reason: "a folder that holds the project", at: location(node))
        }
        let manifestName = file.split(separator: "/").last.map(String.init) ?? "kopru.yaml"
        var protected: [(path: String, what: String)] = [(manifestName, "the manifest"), ("kopru.lock", "the lock file")]
        if let glossary = manifest.check.glossary { protected.append((glossary, "the glossary")) }
        for contribution in manifest.contributions {
            for path in [contribution.german, contribution.turkish].compactMap({ $0 }) {
                protected.append((path, "a file of contribution \"\(contribution.id)\""))
            }
        }
        for (path, what) in protected {
            let normalized = Self.normalized(path)
            if normalized == folder || normalized.hasPrefix(folder + "/") {
                throw .unsafeOutput(path: output, reason: normalized == folder ? "\(what)" : "a folder that holds \(what), \(path)",
                    at: location(node))
            }
        }
    }

    /// A relative path with `.` and empty components removed and `..` applied where it can be:
    /// `./Output/`, `Output` and `x/../Output` are all `Output`; `.` and `""` are `""`.
    static func normalized(_ path: String) -> String {
        var components: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                if let last = components.last, last != ".." { components.removeLast() } else { components.append(component) }
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }
}
