public import Foundation

extension CheckReport {
    /// The report as `kopru check --format json` writes it: pretty-printed JSON with sorted keys and
    /// unescaped slashes, byte for byte what `JSONEncoder` gives for the whole report.
    ///
    /// The findings are encoded one at a time and set into the encoded rest of the report, so that a
    /// report with thousands of findings (a large XLIFF file lists up to a thousand per kind) never
    /// holds the encoder's tree of all of them at once: that tree was the largest thing in memory at
    /// the end of a check of a large file.
    ///
    /// ```swift
    /// let data = try report.jsonData()   // the same bytes as JSONEncoder().encode(report)
    /// ```
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var rest = self
        rest.findings = []
        let shell = try encoder.encode(rest)
        // An empty list at the top level, as the encoder writes it; a newline inside a string value is
        // always escaped, so these bytes can only be the list itself.
        let emptyList = Data("\n  \"findings\" : [\n\n  ]".utf8)
        guard !findings.isEmpty else { return shell }
        // An encoder that writes the empty list another way (another Foundation) gets the whole report
        // to encode: the findings are never dropped.
        guard let place = shell.range(of: emptyList) else { return try encoder.encode(self) }
        var data = Data()
        data.reserveCapacity(shell.count + findings.count * 400)
        data.append(shell[..<place.lowerBound])
        data.append(contentsOf: "\n  \"findings\" : [\n".utf8)
        let indentation = Array("    ".utf8)
        for (index, finding) in findings.enumerated() {
            if index > 0 { data.append(contentsOf: ",\n".utf8) }
            // Each line of the finding moves in by the list's indentation (four spaces).
            let encoded = try encoder.encode(finding)
            // Lines are appended as buffers (one copy each), not as slices (a generic append byte by byte).
            encoded.withUnsafeBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                var start = 0
                for index in bytes.indices where bytes[index] == 0x0A {
                    data.append(contentsOf: indentation)
                    data.append(UnsafeBufferPointer(rebasing: bytes[start...index]))
                    start = index + 1
                }
                data.append(contentsOf: indentation)
                data.append(UnsafeBufferPointer(rebasing: bytes[start...]))
            }
        }
        data.append(contentsOf: "\n  ]".utf8)
        data.append(shell[place.upperBound...])
        return data
    }
}
