public import PublicationCore

/// The diagnostic codes of the assembly: reading the manifest and writing the publication.
public enum AssemblyDiagnostics {
    /// Every code the assembly emits.
    public static let catalog: [DiagnosticCatalog.Entry] = [
        .init("manifest.invalid-yaml", .error, "kopru.yaml is not valid YAML."),
        .init("manifest.unknown-key", .error, "kopru.yaml has a key the manifest does not know (often a typo)."),
        .init("manifest.missing-key", .error, "kopru.yaml lacks a required key (title, contributions, an id…)."),
        .init("manifest.invalid-value", .error, "A manifest value has the wrong kind or is not one of the allowed values."),
        .init("manifest.invalid-reference", .error, "A contribution id is listed twice, or front/back matter names an unknown id."),
    ]
}
