public import PublicationCore

/// The diagnostic codes of reading the manifest, `kopru.yaml`.
public enum ManifestDiagnostics {
    /// Every code the manifest reader emits.
    public static let catalog: [DiagnosticCatalog.Entry] = [
        .init("manifest.invalid-yaml", .error, "kopru.yaml is not valid YAML."),
        .init("manifest.unknown-key", .error, "kopru.yaml has a key the manifest does not know (often a typo)."),
        .init("manifest.missing-key", .error, "kopru.yaml lacks a required key (title, contributions, an id…)."),
        .init("manifest.invalid-value", .error, "A manifest value has the wrong kind or is not one of the allowed values."),
        .init("manifest.invalid-reference", .error,
            "A contribution is listed twice (by id, by file, or in both front and back matter), or front/back matter names an unknown id."),
        .init("manifest.too-large", .error, "kopru.yaml is larger than 1 MiB; it is not read."),
        .init("manifest.too-deep", .error, "kopru.yaml nests lists and mappings more than 64 levels deep; it is not read."),
        .init("manifest.encoding", .error, "kopru.yaml is not UTF-8 text (invalid bytes, or UTF-16/UTF-32)."),
        .init("manifest.empty", .error, "kopru.yaml holds no keys: it is empty or has only comments."),
        .init("manifest.duplicate-key", .error, "A key is given twice in the same mapping of kopru.yaml."),
        .init("manifest.unsafe-output", .error,
            "The output folder is the project, an ancestor of it, or holds the manifest, the lock file, the glossary or a source."),
    ]
}
