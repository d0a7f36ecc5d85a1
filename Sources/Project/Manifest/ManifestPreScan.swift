import PublicationCore

/// A cheap look at the text of `kopru.yaml` before the YAML parser sees it: its size, its encoding
/// and how deeply it nests.
///
/// The YAML parser builds its tree recursively, so a small file of thousands of nested `[` or of
/// thousands of ever deeper indented keys would overflow the stack. The scan follows only what opens
/// a level (flow brackets, indentation, `- ` and `? ` entries) and what hides brackets (quoted
/// scalars, block scalars, comments); it may count a level too many, never one too few.
///
/// ```swift
/// try ManifestPreScan(file: "kopru.yaml").check("title: " + String(repeating: "[", count: 5000))
/// // throws ManifestError.tooDeep at 1:71
/// ```
struct ManifestPreScan {
    /// The largest manifest read, in bytes (a real one is a few kilobytes).
    static let maximumBytes = 1 << 20
    /// The deepest nesting of mappings and lists read (a real manifest nests four levels).
    static let maximumDepth = 64

    /// The path used in error locations.
    let file: String

    /// Checks size, encoding and depth.
    ///
    /// - Throws: ``ManifestError/tooLarge(bytes:limit:at:)``, ``ManifestError/encoding(problem:at:)`` or
    ///   ``ManifestError/tooDeep(limit:at:)``, each at the place where the problem starts.
    func check(_ yaml: String) throws(ManifestError) {
        let bytes = yaml.utf8.count
        if bytes > Self.maximumBytes {
            throw .tooLarge(bytes: bytes, limit: Self.maximumBytes, at: location(ofUTF8Offset: Self.maximumBytes, in: yaml))
        }
        try checkEncoding(yaml)
        var scanner = DepthScanner()
        var lineNumber = 0
        for line in yaml.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if let column = scanner.scan(Array(line), deeperThan: Self.maximumDepth) {
                throw .tooDeep(limit: Self.maximumDepth, at: SourceLocation(file: file, line: lineNumber, column: column))
            }
        }
    }

    /// Refuses text that was not UTF-8: a NUL character (UTF-16 or UTF-32 read as UTF-8) or U+FFFD,
    /// which is what bytes that are not UTF-8 become when the file is decoded.
    private func checkEncoding(_ yaml: String) throws(ManifestError) {
        var line = 1
        var column = 1
        var replacement: SourceLocation?
        for scalar in yaml.unicodeScalars {
            if scalar == "\0" {
                throw .encoding(problem: "holds NUL characters, so it is not UTF-8 text (it looks like UTF-16 or UTF-32)",
                    at: SourceLocation(file: file, line: line, column: column))
            }
            if scalar == "\u{FFFD}", replacement == nil {
                replacement = SourceLocation(file: file, line: line, column: column)
            }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        if let replacement {
            throw .encoding(problem: "is not valid UTF-8 here (bytes that are not UTF-8 are read as U+FFFD, the replacement character)",
                at: replacement)
        }
    }

    /// The line and column of a byte offset into the text.
    func location(ofUTF8Offset offset: Int, in yaml: String) -> SourceLocation {
        var line = 1
        var column = 1
        var consumed = 0
        for scalar in yaml.unicodeScalars {
            if consumed >= offset { break }
            consumed += String(scalar).utf8.count
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}

/// Follows the nesting of YAML text line by line.
private struct DepthScanner {
    /// The indentation of each open block level.
    var blocks: [Int] = []
    /// Open flow brackets.
    var flow = 0
    /// The quote character of a quoted scalar that continues on the next line.
    var quote: Unicode.Scalar?
    /// The indentation of the line that started a block scalar (`|` or `>`), while in it.
    var blockScalarParent: Int?

    /// Scans one line (without its line break).
    ///
    /// - Returns: the 1-based column where the nesting first goes deeper than `limit`, or `nil`.
    mutating func scan(_ text: [Unicode.Scalar], deeperThan limit: Int) -> Int? {
        var line = text
        if line.last == "\r" { line.removeLast() }
        let indent = line.prefix { $0 == " " }.count
        let blank = indent == line.count || line[indent] == "#"
        if let parent = blockScalarParent {
            if blank || indent > parent { return nil }
            blockScalarParent = nil
        }
        var index = 0
        if quote == nil && flow == 0 {
            if blank { return nil }
            let marker = Array(line.prefix(3))
            if (marker == ["-", "-", "-"] || marker == [".", ".", "."]) && (line.count == 3 || line[3] == " " || line[3] == "\t") {
                blocks = []
                index = 3
            } else {
                while let last = blocks.last, last > indent { blocks.removeLast() }
                if blocks.last.map({ $0 < indent }) ?? true { blocks.append(indent) }
                if blocks.count + flow > limit { return indent + 1 }
                index = indent
            }
        }
        var tokenStart = quote == nil
        while index < line.count {
            let character = line[index]
            let next: Unicode.Scalar? = index + 1 < line.count ? line[index + 1] : nil
            defer { index += 1 }
            if let open = quote {
                if open == "\"" {
                    if character == "\\" {
                        index += 1
                    } else if character == "\"" {
                        quote = nil
                    }
                } else if character == "'" {
                    if next == "'" { index += 1 } else { quote = nil }
                }
                continue
            }
            let afterSpace = index == 0 || line[index - 1] == " " || line[index - 1] == "\t"
            if character == "#" && afterSpace { break }
            if character == " " || character == "\t" { continue }
            let nextIsSpace = next == nil || next == " " || next == "\t"
            if (character == "[" || character == "{") && (tokenStart || flow > 0) {
                flow += 1
                if blocks.count + flow > limit { return index + 1 }
                tokenStart = true
            } else if (character == "]" || character == "}") && flow > 0 {
                flow -= 1
                tokenStart = false
            } else if character == "," && flow > 0 {
                tokenStart = true
            } else if character == ":" && (nextIsSpace || flow > 0) {
                // In a flow, a value may follow a quoted key without a space (`{"a":"b"}`).
                tokenStart = true
            } else if (character == "-" || character == "?") && tokenStart && nextIsSpace {
                // A block list entry or explicit key: the node after it opens a level at its column
                // (in a flow, `? ` only starts the key).
                if flow == 0 {
                    var column = index + 1
                    while column < line.count, line[column] == " " || line[column] == "\t" { column += 1 }
                    if blocks.last.map({ $0 < column }) ?? true { blocks.append(column) }
                    if blocks.count + flow > limit { return index + 1 }
                }
            } else if (character == "\"" || character == "'") && tokenStart {
                quote = character
                tokenStart = false
            } else if (character == "|" || character == ">") && tokenStart && flow == 0 {
                blockScalarParent = max(indent, blocks.last ?? indent)
                return nil
            } else if (character == "&" || character == "!") && tokenStart {
                // An anchor or a tag: skip its name; the node itself follows.
                while index + 1 < line.count, line[index + 1] != " ", line[index + 1] != "\t",
                    !(flow > 0 && flowIndicator(line[index + 1]))
                {
                    index += 1
                }
            } else {
                tokenStart = false
            }
        }
        return nil
    }

    /// Whether a character is one of YAML's flow indicators.
    private func flowIndicator(_ scalar: Unicode.Scalar?) -> Bool {
        scalar.map { "[]{},".unicodeScalars.contains($0) } == true
    }
}
