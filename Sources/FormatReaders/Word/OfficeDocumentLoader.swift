import Foundation
import PublicationCore
import XMLSource

/// Recognises Word and OpenDocument files (and the formats people mistake for them: binary .doc,
/// RTF, password-protected documents) and reads them; ``DocumentLoader`` asks it before the XML parser.
package struct OfficeDocumentLoader {
    /// Extensions of the documents read here.
    package static let extensions: Set<String> = ["docx", "docm", "dotx", "dotm", "odt", "ott"]
    /// Extensions whose files are reported as the wrong format.
    package static let refusedExtensions: Set<String> = ["doc", "dot", "rtf"]
    /// Extensions of the XML files the other readers take.
    static let xmlExtensions: Set<String> = ["xml", "xlf", "xliff", "dbk", "xlz"]

    var parserOptions: XMLStreamParser.Options
    var limits = OfficeContainer.Limits()

    /// Reads the file if it is (or claims to be) an office document; `nil` for anything else.
    func load(contentsOf url: URL, displayPath: String) -> LoadedDocument? {
        // A named pipe, device or socket is never opened here (reading its first bytes could wait for
        // ever); the XML path reports it as not a file.
        var info = stat()
        if stat(url.path, &info) == 0 {
            let kind = info.st_mode & S_IFMT
            if kind != S_IFREG && kind != S_IFDIR { return nil }
        }
        let pathExtension = url.pathExtension.lowercased()
        let signature = OfficeContainer.signature(of: url)
        let claimed = Self.extensions.contains(pathExtension) || Self.refusedExtensions.contains(pathExtension)
        guard claimed || signature != .other else { return nil }
        // A ZIP file named as XML is a damaged or mislabelled XML file: the XML reader says so.
        if !claimed, signature == .zip, Self.xmlExtensions.contains(pathExtension) { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
            FileManager.default.isReadableFile(atPath: url.path),
            (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true
        else { return nil }
        let context = ReadContext(displayPath: displayPath, unitSink: nil)
        switch signature {
        case .oleCompoundFile:
            reportCompoundFile(encrypted: OfficeContainer.isEncryptedPackage(url), into: context)
        case .rtf:
            reportRTF(into: context)
        case .zip:
            do throws(OfficeContainerError) {
                let container = try OfficeContainer(contentsOf: url, displayPath: displayPath, limits: limits)
                read(container, extension: pathExtension, into: context)
            } catch {
                Self.reportNotZIP(into: context)
            }
        case .other:
            if Self.refusedExtensions.contains(pathExtension) {
                pathExtension == "rtf" ? reportRTF(into: context) : reportCompoundFile(encrypted: false, into: context)
            } else {
                Self.reportNotZIP(into: context)
            }
        }
        return result(context)
    }

    /// Reads a document held in memory if its bytes begin like an office document; `nil` otherwise.
    ///
    /// The bytes are written to a temporary file and read from there: ZIPFoundation's in-memory
    /// archives trap on a damaged container whose offsets point past the end of the data.
    func load(_ data: Data, displayPath: String) -> LoadedDocument? {
        guard OfficeContainer.signature(of: data) != .other else { return nil }
        let name = (displayPath as NSString).lastPathComponent
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kopru-\(UUID().uuidString)")
        let url = folder.appendingPathComponent(name.isEmpty ? "document.docx" : name)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: url)
        } catch {
            let context = ReadContext(displayPath: displayPath, unitSink: nil)
            context.report(FormatReaderDiagnostics.unreadable, "the document could not be staged for reading: \(error)",
                remedy: "check that the temporary folder is writable", line: 1, column: 1)
            return result(context)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        return load(contentsOf: url, displayPath: displayPath)
    }

    private func read(_ container: OfficeContainer, extension pathExtension: String, into context: ReadContext) {
        if ODTReader.isOpenDocument(container) {
            ODTReader(parserOptions: parserOptions).read(container, into: context)
            return
        }
        if pathExtension == "docm" || pathExtension == "dotm" {
            context.report(WordDiagnostics.macroEnabled,
                "this is a macro-enabled Word document; Köprü reads its text like a .docx and never runs its macros",
                remedy: "nothing to do; save it as .docx if the macros are not needed", line: 1, column: 1)
        }
        DOCXReader(displayPath: context.displayPath, parserOptions: parserOptions, limits: limits)
            .read(container, into: context)
    }

    private func result(_ context: ReadContext) -> LoadedDocument {
        LoadedDocument(path: context.displayPath, format: context.statistics.format, statistics: context.statistics,
            contribution: context.contribution, diagnostics: context.diagnostics)
    }

    static func reportNotZIP(into context: ReadContext) {
        context.report(WordDiagnostics.notZip,
            "this file is not a Word or OpenDocument document: it is not a ZIP container, so it is damaged, cut off, or another kind of file renamed",
            remedy: "open it in Word or LibreOffice and save it as .docx (Word) or .odt (OpenDocument)", line: 1, column: 1)
    }

    private func reportCompoundFile(encrypted: Bool, into context: ReadContext) {
        if encrypted {
            context.report(WordDiagnostics.encrypted,
                "this document is protected with a password, so its text is encrypted and Köprü cannot read it",
                remedy: "open it in Word, remove the password (File → Info → Protect Document → Encrypt with Password, clear the field) and save it",
                line: 1, column: 1)
        } else {
            context.report(WordDiagnostics.binaryWord,
                "this is a binary Word document (.doc, Word 97–2003); Köprü can read Word documents saved as .docx, but not .doc",
                remedy: "open it in Word or LibreOffice and save it as .docx (File → Save As → Word Document)",
                line: 1, column: 1)
        }
    }

    private func reportRTF(into context: ReadContext) {
        context.report(WordDiagnostics.rtf,
            "this is a Rich Text Format (RTF) file; Köprü can read Word documents saved as .docx, but not RTF",
            remedy: "open it in Word or LibreOffice and save it as .docx (File → Save As → Word Document)",
            line: 1, column: 1)
    }
}
