import Foundation
import PublicationCore

/// What a Word reading reports: its warnings, its failures, and its statistics.
extension DOCXReadSession {
    /// The document's language: `w:lang` of the document defaults, else `dc:language`, else the
    /// language most runs name.
    func language() -> LanguageTag? {
        let written = [styles.defaultLanguage, properties.language, runLanguage].compactMap { $0 }
            .first { !$0.isEmpty } ?? ""
        return LanguageTag(DocBookReader.normalizedLanguageTag(written))
    }

    /// Sets the contribution and the counts, and reports what the document as a whole needs.
    func finish(_ document: ContributionDocument) {
        context.contribution = document
        context.statistics.sourceLanguage = document.language
        context.statistics.targetLanguage = nil
        context.statistics.count(document)
        if document.language == nil {
            context.report(WordDiagnostics.noLanguage,
                "the document does not say which language it is written in: neither its default text language nor its properties name one",
                remedy: "in Word, select all text and set the language (Review → Language), or name the file under `german` or `turkish` in kopru.yaml",
                line: 1, column: 1, notes: ["in parts word/styles.xml (w:docDefaults) and docProps/core.xml (dc:language)"])
        } else if let language = document.language, !language.isPublicationLanguage {
            context.report(WordDiagnostics.otherLanguage,
                "the document says it is written in \"\(language.written)\", but a publication holds German and Turkish contributions only",
                remedy: "if the text is German or Turkish, set that language for the whole text in Word (Review → Language) and save",
                line: 1, column: 1, notes: ["in part word/styles.xml (w:docDefaults)"])
        }
        if revisions.count > 0, let first = revisions.first {
            context.report(WordDiagnostics.trackedChanges,
                "the document still has \(revisions.count) unaccepted tracked change\(revisions.count == 1 ? "" : "s") (the first in paragraph \(first.paragraph)); Köprü reads the text as if all were accepted",
                remedy: "review the changes in Word (Review → Accept or Reject) and save, so that the text checked is the text that is published",
                line: first.line, column: first.column, notes: ["in part \(revisionPart)"])
        }
        if revisions.comments > 0 {
            context.report(WordDiagnostics.commentsIgnored,
                "the document has \(revisions.comments) comment\(revisions.comments == 1 ? "" : "s"); comments are not part of the text and are left out",
                remedy: "nothing to do; resolve or delete the comments in Word when they are answered",
                line: 1, column: 1, notes: ["in part word/comments.xml"])
        }
    }

    /// The main part is missing.
    func reportNoDocument() {
        context.report(WordDiagnostics.noDocument,
            "this ZIP file holds no Word document: it has no part \(mainPart)",
            remedy: "check that it is a Word document; open it in Word or LibreOffice and save it again as .docx",
            line: 1, column: 1, notes: ["the container holds: " + container.paths.prefix(8).joined(separator: ", ")])
    }

    /// An image without alternative text.
    func reportMissingAlternative(_ figure: Figure, in paragraph: DOCXParagraph) {
        let shows = figure.imagePath.map { " showing \($0)" } ?? ""
        context.report(WordDiagnostics.missingAlt,
            "the image\(shows) in paragraph \(paragraph.number)\(Self.quoting(paragraph)) has no alternative text, so readers who cannot see it learn nothing from it",
            remedy: "in Word, right-click the image, choose Edit Alt Text and describe it; a publication without it fails accessibility requirements",
            line: figure.location?.line ?? paragraph.line, column: figure.location?.column ?? paragraph.column,
            notes: ["in part \(mainPart)"])
    }

    /// A note reference to a note that does not exist.
    func reportUnknownNote(_ id: String, isEndnote: Bool, in paragraph: DOCXParagraph) {
        let kind = isEndnote ? "endnote" : "footnote"
        context.report(WordDiagnostics.unknownNote,
            "paragraph \(paragraph.number)\(Self.quoting(paragraph)) refers to \(kind) \(id), which the document does not have",
            remedy: "delete the \(kind) mark in Word and insert the \(kind) again",
            line: paragraph.line, column: paragraph.column, notes: ["in part \(mainPart)"])
    }

    /// A failure of the container.
    func report(_ error: OfficeContainerError) {
        switch error {
        case .notZIP:
            OfficeDocumentLoader.reportNotZIP(into: context)
        case .bomb(let part, let size):
            context.report(WordDiagnostics.zipBomb,
                "the part \(part) unpacks to more than \(size / (1 << 20)) MB, far more than a document's text can be; reading stopped to protect the machine",
                remedy: "if the document is genuine, save it again in Word or LibreOffice (which removes padding); otherwise do not open it",
                line: 1, column: 1, notes: ["in part \(part)"])
        case .unreadablePart(let part, let reason):
            context.report(WordDiagnostics.unreadablePart,
                "the part \(part) of this document cannot be unpacked; the file is damaged",
                remedy: "open the document in Word or LibreOffice and save it again; if it will not open, restore it from a backup",
                line: 1, column: 1, notes: ["in part \(part)", "\(reason)"])
        }
    }

    /// ` ("first words…")` for messages, or nothing for a paragraph without text.
    static func quoting(_ paragraph: DOCXParagraph) -> String {
        let excerpt = paragraph.excerpt
        return excerpt.isEmpty ? "" : " (\"\(excerpt)\")"
    }
}
