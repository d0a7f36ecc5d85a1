public import Foundation

/// Settings shared by the publication writers.
public struct PublicationWriterOptions: Hashable, Sendable {
    /// What is shown where a translation is missing (the placeholder is always there).
    public var missingTranslation: MissingTranslationMode
    /// Whether outdated and needs-review rows carry a discreet mark for editors.
    public var showsEditorMarks: Bool
    /// The folder that figure image paths are relative to; `nil` when images cannot be found, in which
    /// case a figure shows its alternative text in a frame.
    public var resourceDirectory: URL?
    /// The EPUB's `dcterms:modified`; `nil` for the time of the build. Tests fix it.
    public var modificationDate: Date?

    /// The edition: ``PublicationEdition/editor`` when editor marks are shown, otherwise ``PublicationEdition/reader``.
    public var edition: PublicationEdition {
        get { showsEditorMarks ? .editor : .reader }
        set { showsEditorMarks = newValue == .editor }
    }

    /// Creates writer settings.
    public init(
        missingTranslation: MissingTranslationMode = .placeholder, showsEditorMarks: Bool = true,
        resourceDirectory: URL? = nil, modificationDate: Date? = nil
    ) {
        self.missingTranslation = missingTranslation
        self.showsEditorMarks = showsEditorMarks
        self.resourceDirectory = resourceDirectory
        self.modificationDate = modificationDate
    }
}
