public import PublicationCore

/// Why a manifest could not be read. Each case names the key and its place in the file.
public enum ManifestError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file is not valid YAML.
    case invalidYAML(problem: String, at: SourceLocation?)
    /// A key the manifest does not know, with the keys allowed in that place.
    case unknownKey(String, allowed: [String], at: SourceLocation)
    /// A required key is absent from the mapping that starts at the location.
    case missingKey(String, in: String, at: SourceLocation?)
    /// A value of the wrong kind or outside the allowed values.
    case invalidValue(key: String, value: String, expected: String, at: SourceLocation?)
    /// A contribution id used twice, or one named in front or back matter that is not listed.
    case invalidReference(key: String, id: String, problem: String, at: SourceLocation?)
    /// The file is larger than a manifest can reasonably be.
    case tooLarge(bytes: Int, limit: Int, at: SourceLocation)
    /// Lists and mappings nest deeper than the limit.
    case tooDeep(limit: Int, at: SourceLocation)
    /// The file is not UTF-8 text.
    case encoding(problem: String, at: SourceLocation)
    /// The file holds no keys at all (empty, or only comments).
    case empty(at: SourceLocation)
    /// A key given twice in one mapping; the first place is kept for the message.
    case duplicateKey(String, first: SourceLocation, at: SourceLocation)
    /// An output folder whose replacement would delete the project, its parent or its sources.
    case unsafeOutput(path: String, reason: String, at: SourceLocation?)

    /// The stable diagnostic code of this error.
    public var code: DiagnosticCode {
        switch self {
        case .invalidYAML: ManifestDiagnostics.invalidYaml.code
        case .unknownKey: ManifestDiagnostics.unknownKey.code
        case .missingKey: ManifestDiagnostics.missingKey.code
        case .invalidValue: ManifestDiagnostics.invalidValue.code
        case .invalidReference: ManifestDiagnostics.invalidReference.code
        case .tooLarge: ManifestDiagnostics.tooLarge.code
        case .tooDeep: ManifestDiagnostics.tooDeep.code
        case .encoding: ManifestDiagnostics.encoding.code
        case .empty: ManifestDiagnostics.empty.code
        case .duplicateKey: ManifestDiagnostics.duplicateKey.code
        case .unsafeOutput: ManifestDiagnostics.unsafeOutput.code
        }
    }

    /// Where the problem is.
    public var location: SourceLocation? {
        switch self {
        case .invalidYAML(_, let location), .missingKey(_, _, let location),
            .invalidValue(_, _, _, let location), .invalidReference(_, _, _, let location),
            .unsafeOutput(_, _, let location):
            location
        case .unknownKey(_, _, let location), .tooLarge(_, _, let location), .tooDeep(_, let location),
            .encoding(_, let location), .empty(let location), .duplicateKey(_, _, let location):
            location
        }
    }

    /// One sentence that quotes the bad key or value.
    public var message: String {
        switch self {
        case .invalidYAML(let problem, _):
            "the manifest is not valid YAML: \(problem)"
        case .unknownKey(let key, let allowed, _):
            "unknown key \"\(key)\" in the manifest"
                + (Suggestion.closest(to: key, among: allowed).map { "; did you mean \"\($0)\"?" } ?? "")
        case .missingKey(let key, let mapping, _):
            "the manifest has no \"\(key)\" in \(mapping)"
        case .invalidValue(let key, let value, let expected, _):
            "\"\(key)\" is \"\(value)\", but must be \(expected)"
        case .invalidReference(let key, let id, let problem, _):
            "\"\(key)\" names contribution \"\(id)\", which \(problem)"
        case .tooLarge(let bytes, let limit, _):
            "the manifest is \(bytes) bytes long, more than the \(limit) bytes a manifest may have"
        case .tooDeep(let limit, _):
            "the manifest nests lists and mappings more than \(limit) levels deep here"
        case .encoding(let problem, _):
            "the manifest \(problem)"
        case .empty:
            "the manifest is empty: it holds no keys, only blank lines or comments"
        case .duplicateKey(let key, let first, _):
            "\"\(key)\" is given twice in the same place; the first is at line \(first.line), column \(first.column)"
        case .unsafeOutput(let path, let reason, _):
            "\"output\" is \"\(path)\", \(reason); building would delete it"
        }
    }

    /// What to do about it.
    public var remedy: String {
        switch self {
        case .invalidYAML:
            "Check the indentation and quoting near this place; docs/manifest.md shows a complete example."
        case .unknownKey(_, let allowed, _):
            "Known keys here: \(allowed.joined(separator: ", ")). Check the spelling (docs/manifest.md)."
        case .missingKey(let key, _, _):
            "Add \"\(key)\"; docs/manifest.md lists the required keys."
        case .invalidValue:
            "Correct the value; docs/manifest.md lists the allowed values."
        case .invalidReference:
            "List every contribution once under \"contributions\" and refer to it by that id."
        case .tooLarge:
            "A manifest names files and settings only; check that this is the publication's kopru.yaml."
        case .tooDeep:
            "A manifest nests four levels at most; close the brackets or reduce the indentation (docs/manifest.md)."
        case .encoding:
            "Save kopru.yaml as UTF-8 (every editor offers it under \"Save as\" or \"Encoding\")."
        case .empty:
            "Write at least \"title\" and \"contributions\"; docs/manifest.md shows a complete example."
        case .duplicateKey:
            "Keep one of the two; a later value would otherwise silently replace the earlier one."
        case .unsafeOutput:
            "Name a folder of its own for the publication, such as \"Output\" (the default)."
        }
    }

    /// The error as a diagnostic, for printing compiler-style.
    public var diagnostic: Diagnostic {
        Diagnostic(.error, code, message, remedy: remedy, at: location)
    }

    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)error: \(message) [\(code)]\n  \(remedy)"
    }
}
