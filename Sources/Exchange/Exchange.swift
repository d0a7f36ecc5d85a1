/// Exchange with translators: XLIFF export of what is missing, import of what comes back, TMX.
///
/// - ``MissingExporter`` finds the blocks of a publication whose translation is missing, empty,
///   unconfirmed or outdated, and ``XLIFFExportWriter`` writes them as XLIFF 2.1 or 1.2 with context notes.
/// - ``TranslationImporter`` merges returned XLIFF into the sources, refusing conflicts.
/// - ``XLIFFRewriter`` re-serialises an XLIFF file, replacing only given targets.
/// - ``TMXWriter`` writes the confirmed German–Turkish pairs as TMX 1.4b.
///
/// Exported files and TMX headers name Köprü's version, ``PublicationCore/KopruVersion``.
public enum Exchange {}
