import PublicationCore
internal import Yams

extension Manifest {
    /// The keys allowed at the top of `kopru.yaml`.
    static let topLevelKeys = [
        "title", "subtitle", "series", "number", "publisher", "place", "date", "imprint", "layout", "outputs", "output",
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
    /// - Throws: ``ManifestError`` naming the key and its line and column: a file too large, too deeply
    ///   nested or not UTF-8 (checked before the YAML parser sees the text), an empty file, unknown or
    ///   duplicate keys, missing required keys (`title` with `de` and `tr`, `contributions`, each
    ///   contribution's `id` and `original`), values of the wrong kind, an impossible date, a
    ///   contribution listed twice, an `output` folder whose replacement would delete the project or
    ///   its files.
    public init(yaml: String, file: String = "kopru.yaml") throws(ManifestError) {
        let reading = ManifestReading(file: file)
        try ManifestPreScan(file: file).check(yaml)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw reading.yamlError(error, in: yaml)
        } catch {
            throw .invalidYAML(problem: "\(error)", at: reading.start)
        }
        guard let root else { throw .empty(at: reading.start) }
        let top = try reading.mapping(root, named: "the manifest", allowed: Manifest.topLevelKeys)

        let metadata = PublicationMetadata(
            title: try reading.bilingual(try reading.required("title", in: top, of: "the manifest", at: root), key: "title"),
            subtitle: try top["subtitle"].map { node throws(ManifestError) in try reading.bilingual(node, key: "subtitle") },
            series: try top["series"].map { node throws(ManifestError) in try reading.bilingual(node, key: "series") },
            number: try top["number"].map { node throws(ManifestError) in try reading.scalar(node, key: "number") },
            publisher: try top["publisher"].map { node throws(ManifestError) in try reading.bilingual(node, key: "publisher") },
            date: try top["date"].map { node throws(ManifestError) in try reading.date(node, key: "date") },
            imprint: try top["imprint"].map { node throws(ManifestError) in try reading.bilingual(node, key: "imprint") },
            place: try top["place"].map { node throws(ManifestError) in try reading.bilingual(node, key: "place") }
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
        if let node = top["output"] { try reading.checkOutput(of: self, at: node) }
    }
}
