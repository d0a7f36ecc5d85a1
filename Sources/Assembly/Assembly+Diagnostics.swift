public import PublicationCore

/// The diagnostic codes of the writers: what an output could not show.
public enum AssemblyDiagnostics {
    /// `build.missing-image`
    public static let missingImage = DiagnosticCatalog.Entry(
        "build.missing-image", .warning,
        "A figure's image file is not found; the publication shows the figure's alternative text in a frame.")
    /// `build.unsupported-image`
    public static let unsupportedImage = DiagnosticCatalog.Entry(
        "build.unsupported-image", .warning,
        "A figure's image is not SVG, PNG, JPEG, GIF or WebP; the publication shows its alternative text in a frame.",
        remedy: "convert the image to PNG or SVG and name the new file in the figure")
    /// `build.no-page-list`
    public static let noPageList = DiagnosticCatalog.Entry(
        "build.no-page-list", .note,
        "The EPUB was written without a page list: the PDF was not built (and --page-list not given), or the PDF engine that lays out the print edition is not installed or failed.",
        remedy: "install the PDF engine (scripts/install-pdf-engine.sh) to give the EPUB the page numbers of the PDF")

    /// Every code of this module.
    public static let catalog: [DiagnosticCatalog.Entry] = [missingImage, unsupportedImage, noPageList]
}
