public import PublicationCore

/// Writes model values as an indented, stable text dump for golden-file tests.
///
/// ```text
/// unit "1" file="a.txt" @3:5
///   segment state=translated written=final
///     source: "Click {open g#1}here{close g#1}."
///     target: "Klicken Sie {open g#1}hier{close g#1}."
/// ```
public enum ModelDump {
    /// Dumps a unit and its segments.
    public static func dump(_ unit: TranslationUnit) -> String {
        var lines: [String] = []
        var header = "unit \"\(unit.id)\""
        if !unit.fileKey.isEmpty { header += " file=\"\(unit.fileKey)\"" }
        if !unit.groups.isEmpty { header += " groups=\(unit.groups.joined(separator: "/"))" }
        if !unit.isTranslatable { header += " translate=no" }
        if let location = unit.location { header += " @\(location.line):\(location.column)" }
        lines.append(header)
        for key in unit.properties.keys.sorted() {
            lines.append("  property \(key)=\"\(unit.properties[key]!)\"")
        }
        for note in unit.notes {
            lines.append("  note: \(quoted(note.text))")
        }
        for segment in unit.segments {
            var line = "  segment"
            if let id = segment.id { line += " \"\(id)\"" }
            line += " state=\(segment.state.rawValue)"
            if let written = segment.writtenState { line += " written=\(written)" }
            if let sub = segment.subState { line += " sub=\(sub)" }
            if let location = segment.location { line += " @\(location.line):\(location.column)" }
            lines.append(line)
            lines.append("    source: \(render(segment.source))")
            if let target = segment.target { lines.append("    target: \(render(target))") }
        }
        return lines.joined(separator: "\n")
    }

    /// Dumps inline text with codes shown as `{kind element#id}`.
    public static func render(_ text: InlineText) -> String {
        var result = "\""
        for element in text.elements {
            switch element {
            case .text(let run):
                result += run.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                    .replacingOccurrences(of: "\n", with: "\\n")
            case .code(let code):
                result += "{\(code.kind.rawValue) \(code.element)"
                if let id = code.id { result += "#\(id)" }
                if let data = code.data { result += " data=\(quoted(data))" }
                result += "}"
            }
        }
        return result + "\""
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}
