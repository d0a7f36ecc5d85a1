public import Foundation
public import PublicationCore

extension CheckReport {
    /// The report as a SARIF 2.1.0 log, for code-scanning and review tools: one run of the tool
    /// `Köprü`, a rule per diagnostic code that occurs (with its summary from `catalog`), and one result
    /// per finding with its file, line and column.
    ///
    /// ```swift
    /// let data = try report.sarif(catalog: entries, version: "0.2.0")
    /// ```
    ///
    /// - Parameters:
    ///   - catalog: every diagnostic code with its default severity and summary.
    ///   - version: Köprü's version.
    /// - Returns: the JSON document, UTF-8.
    public func sarif(catalog: [DiagnosticCatalog.Entry], version: String) throws -> Data {
        let summaries = Dictionary(catalog.map { ($0.code.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
        let codes = Array(Set(findings.map(\.code))).sorted()
        let rules = codes.map { code in
            SARIF.Rule(id: code, shortDescription: .init(text: summaries[code]?.summary ?? code),
                defaultConfiguration: .init(level: SARIF.level(summaries[code]?.defaultSeverity.rawValue ?? "warning")),
                helpUri: nil)
        }
        let ruleIndex = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        let results = findings.map { finding in
            var text = finding.message
            if let remedy = finding.remedy { text += ". " + remedy.prefix(1).uppercased() + remedy.dropFirst() + "." }
            let location = finding.file.map { file in
                SARIF.Location(physicalLocation: .init(artifactLocation: .init(uri: SARIF.uri(file)),
                    region: finding.line.map { .init(startLine: $0, startColumn: finding.column) }))
            }
            return SARIF.Result(ruleId: finding.code, ruleIndex: ruleIndex[finding.code] ?? 0,
                level: SARIF.level(finding.severity), message: .init(text: text),
                locations: location.map { [$0] } ?? [],
                partialFingerprints: nil,
                properties: finding.unit.map { ["unit": $0] })
        }
        let log = SARIF.Log(
            runs: [.init(tool: .init(driver: .init(name: "Köprü", version: version,
                informationUri: nil, rules: rules)), results: results)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(log)
    }

    /// The findings as workflow commands that CI systems turn into annotations on files and lines:
    /// `::warning file=F,line=L,col=C,title=CODE::MESSAGE`, one line each.
    public func workflowAnnotations() -> String {
        var text = ""
        for finding in findings {
            let command = finding.severity == "error" ? "error" : finding.severity == "warning" ? "warning" : "notice"
            var properties: [String] = []
            if let file = finding.file { properties.append("file=" + Self.escapeProperty(file)) }
            if let line = finding.line { properties.append("line=\(line)") }
            if let column = finding.column { properties.append("col=\(column)") }
            properties.append("title=" + Self.escapeProperty(finding.code))
            var message = finding.message
            if let remedy = finding.remedy { message += "\n" + remedy }
            text += "::\(command) \(properties.joined(separator: ","))::\(Self.escapeData(message))\n"
        }
        return text
    }

    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

/// The parts of SARIF 2.1.0 that the report uses.
enum SARIF {
    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var informationUri: String?
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var shortDescription: Message
        var defaultConfiguration: Configuration
        var helpUri: String?
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Message: Encodable {
        var text: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        var partialFingerprints: [String: String]?
        var properties: [String: String]?
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Encodable {
        var uri: String
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
    }

    /// SARIF's level for a severity.
    static func level(_ severity: String) -> String {
        switch severity {
        case "error": "error"
        case "warning": "warning"
        default: "note"
        }
    }

    /// A relative file path as a URI reference (spaces and other reserved characters escaped).
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
