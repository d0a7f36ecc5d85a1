public import PublicationCore

/// The diagnostic codes of reading the manifest, `kopru.yaml`.
public enum ManifestDiagnostics {
    /// `manifest.invalid-yaml`
    public static let invalidYaml = DiagnosticCatalog.Entry(
        "manifest.invalid-yaml", .error, "kopru.yaml is not valid YAML.")
    /// `manifest.unknown-key`
    public static let unknownKey = DiagnosticCatalog.Entry(
        "manifest.unknown-key", .error, "kopru.yaml has a key the manifest does not know (often a typo).")
    /// `manifest.missing-key`
    public static let missingKey = DiagnosticCatalog.Entry(
        "manifest.missing-key", .error, "kopru.yaml lacks a required key (title, contributions, an id…).")
    /// `manifest.invalid-value`
    public static let invalidValue = DiagnosticCatalog.Entry(
        "manifest.invalid-value", .error, "A manifest value has the wrong kind or is not one of the allowed values.")
    /// `manifest.invalid-reference`
    public static let invalidReference = DiagnosticCatalog.Entry(
        "manifest.invalid-reference", .error, "A contribution is listed twice (by id, by file, or in both front and back matter), or front/back matter names an unknown id.")
    /// `manifest.too-large`
    public static let tooLarge = DiagnosticCatalog.Entry(
        "manifest.too-large", .error, "kopru.yaml is larger than 1 MiB; it is not read.")
    /// `manifest.too-deep`
    public static let tooDeep = DiagnosticCatalog.Entry(
        "manifest.too-deep", .error, "kopru.yaml nests lists and mappings more than 64 levels deep; it is not read.")
    /// `manifest.encoding`
    public static let encoding = DiagnosticCatalog.Entry(
        "manifest.encoding", .error, "kopru.yaml is not UTF-8 text (invalid bytes, or UTF-16/UTF-32).")
    /// `manifest.empty`
    public static let empty = DiagnosticCatalog.Entry(
        "manifest.empty", .error, "kopru.yaml holds no keys: it is empty or has only comments.")
    /// `manifest.duplicate-key`
    public static let duplicateKey = DiagnosticCatalog.Entry(
        "manifest.duplicate-key", .error, "A key is given twice in the same mapping of kopru.yaml.")
    /// `manifest.unsafe-output`
    public static let unsafeOutput = DiagnosticCatalog.Entry(
        "manifest.unsafe-output", .error, "The output folder is the project, an ancestor of it, or holds the manifest, the lock file, the glossary or a source.")

    /// Every code of this module.
    public static let catalog: [DiagnosticCatalog.Entry] = [
        invalidYaml, unknownKey, missingKey, invalidValue, invalidReference, tooLarge, tooDeep, encoding, empty, duplicateKey, unsafeOutput,
    ]
}
