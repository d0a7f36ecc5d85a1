import Pairing
import Assembly
import Exchange
import Foundation
import FormatReaders
import Project
import PublicationCore

/// The round trip's steps on a publication folder, through the library.
enum VolumeOperations {
    static func manifest(in folder: URL) throws -> Manifest {
        try Manifest(yaml: String(contentsOf: folder.appendingPathComponent("kopru.yaml"), encoding: .utf8))
    }

    static func lock(in folder: URL) throws -> LockFile {
        try LockFile.read(from: folder.appendingPathComponent("kopru.lock"))
    }

    static func volume(in folder: URL) throws -> ExchangeVolume {
        ExchangeVolume.load(try manifest(in: folder), relativeTo: folder, lock: try lock(in: folder))
    }

    static func check(in folder: URL) throws -> LoadedPublication {
        PublicationLoader().load(try manifest(in: folder), relativeTo: folder, lock: try lock(in: folder))
    }

    /// Exports what is missing into `out`; returns the written files.
    static func export(in folder: URL, to out: URL, version: XLIFFVersion, language: LanguageTag? = nil) throws
        -> [(file: ExportFile, url: URL)]
    {
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let files = MissingExporter(version: version).export(try volume(in: folder), to: language)
        return try files.map { file in
            let url = out.appendingPathComponent(file.fileName)
            try AtomicFile.write(XLIFFExportWriter(version: version).write(file), to: url, displayPath: url.path)
            return (file, url)
        }
    }

    /// The units of an XLIFF file.
    static func units(of url: URL) -> (units: [TranslationUnit], document: LoadedDocument) {
        var units: [TranslationUnit] = []
        let document = DocumentLoader().load(contentsOf: url, displayPath: url.lastPathComponent) { units.append($0) }
        return (units, document)
    }

    /// Gives every unit of a returned file a target: its source with "Ü:" before it (codes kept), as a
    /// translator would, and the state `state`.
    static func fill(_ url: URL, state: String, transform: (String, InlineText) -> InlineText? = { _, source in
        var target = InlineText("Ü: ")
        for element in source.elements { target.append(element) }
        return target
    }) throws {
        let changes = units(of: url).units.compactMap { unit -> XLIFFTargetChange? in
            guard let source = unit.segments.first?.source, let target = transform(unit.id, source) else { return nil }
            return XLIFFTargetChange(unitID: unit.id, target: target, state: state)
        }
        let result = try XLIFFRewriter().rewrite(contentsOf: url, displayPath: url.lastPathComponent, changes: changes)
        try AtomicFile.write(result.document, to: url, displayPath: url.path)
    }
}

extension VolumeOperations {
    /// The translator's round trip on a one-contribution volume: exports what is missing, fills every
    /// target (``fill(_:state:transform:)``) with `state`, imports the file back.
    ///
    /// - Returns: the exported file (its units and notes) and the import's report.
    static func roundTrip(in folder: TemporaryFolder, version: XLIFFVersion = .v2_1, state: String = "final") throws
        -> (file: ExportFile, report: ImportReport)
    {
        let exported = try export(in: folder.url, to: folder.file("out"), version: version)
        guard let (file, url) = exported.first else { throw CocoaError(.fileNoSuchFile) }
        try fill(url, state: state)
        let report = try TranslationImporter(backupFolder: nil).importFiles([(url, "a.xlf")],
            into: try volume(in: folder.url))
        return (file, report)
    }
}
