import ArgumentParser
import Exchange
import FormatReaders
import Foundation
import Pairing
import Project
import PublicationCore
import QualityChecks

/// `kopru align`: the sentence alignment of a German and a Turkish document.
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Show the sentence alignment of a German and a Turkish document (DocBook, Word or OpenDocument).",
        discussion: """
            Pairs the documents block by block (by xml:id where both have them, otherwise by structure: \
            headings with headings, paragraphs in order and by length), then sentence by sentence inside \
            each pair of blocks (length-based dynamic programming with anchors: numbers compared by value, \
            URLs, e-mail addresses, names). Links are 1-1, 1-2, 2-1, 2-2, 1-0 (a German sentence without a \
            Turkish translation) and 0-1, each with a confidence between 0 and 1.

            --format text shows the two columns side by side; tmx writes the linked sentences as a TMX 1.4b \
            translation memory (de-DE / tr-TR); json prints \
            {"sentences":{"german":[…],"turkish":[…]},"links":[{"german":[…],"turkish":[…],"type":"1-1","confidence":0.98}]}, \
            sentences numbered from 0 in reading order, every sentence in exactly one link, links in document order.

            Exit status: 0 every sentence has a partner; 1 some sentence has none; 2 a document could not be read.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, tmx
    }

    @Argument(help: "The German document (DocBook 5, Word .docx or OpenDocument .odt).")
    var german: String

    @Argument(help: "The Turkish document (DocBook 5, Word .docx or OpenDocument .odt).")
    var turkish: String

    @Option(help: "Output format: text, json, or tmx (a TMX 1.4b translation memory of the linked sentences).")
    var format: Format = .text

    @Option(help: ArgumentHelp("Text column width for --format text.", valueName: "N"))
    var width = 60

    func run() throws {
        let loader = DocumentLoader()
        var documents: [ContributionDocument] = []
        var failed = false
        for (path, language) in [(german, LanguageTag.german), (turkish, LanguageTag.turkish)] {
            let loaded = loader.load(contentsOf: URL(fileURLWithPath: path), displayPath: path)
            DiagnosticPrinter().print(loaded.diagnostics.filter { $0.severity == .error })
            guard let document = loaded.contribution, loaded.isReadable else {
                if loaded.isReadable {
                    DiagnosticPrinter().print([Diagnostic(.error, FormatReaderDiagnostics.unknownFormat.code,
                        "\(path) is not a contribution document; `kopru align` aligns two documents (DocBook, Word or OpenDocument), not XLIFF",
                        remedy: "give the German and the Turkish document of one contribution",
                        at: SourceLocation(file: path, line: 1, column: 1))])
                }
                failed = true
                continue
            }
            if let written = document.language, written != language {
                Terminal.writeError("\(path): warning: the document says xml:lang=\"\(written.written)\", but is given as the \(language.englishName) document [align.language]\n")
            }
            documents.append(document)
        }
        if failed { throw ExitCode.unreadableInput }
        let alignment = DocumentAligner().align(german: documents[0], turkish: documents[1])
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Terminal.writeOutput(String(decoding: try encoder.encode(alignment), as: UTF8.self) + "\n")
        case .text:
            Terminal.writeOutput(renderText(alignment))
        case .tmx:
            let originalLanguage = documents[1].language == .turkish && documents[0].language != .german
                ? LanguageTag.turkish : .german
            let pairs = alignment.links.filter { !$0.german.isEmpty && !$0.turkish.isEmpty }.enumerated().map { index, link in
                TMXPair(id: "s\(index + 1)", originalLanguage: originalLanguage,
                    german: InlineText(link.german.map { alignment.sentences.german[$0] }.joined(separator: " ")),
                    turkish: InlineText(link.turkish.map { alignment.sentences.turkish[$0] }.joined(separator: " ")))
            }
            Terminal.writeOutput(String(decoding: TMXWriter(segmentType: .sentence).write(pairs), as: UTF8.self))
        }
        let unmatched = alignment.links.contains { $0.german.isEmpty || $0.turkish.isEmpty }
        if unmatched { throw ExitCode.findings }
    }

    func renderText(_ alignment: DocumentAlignment) -> String {
        let column = max(20, width)
        var out = "type  conf  " + pad("German", column) + " | Turkish\n"
        for link in alignment.links {
            let left = wrap(link.german.map { alignment.sentences.german[$0] }.joined(separator: " "), column)
            let right = wrap(link.turkish.map { alignment.sentences.turkish[$0] }.joined(separator: " "), column)
            let head = pad(link.type, 4) + "  " + String(format: "%.2f", link.confidence) + "  "
            for index in 0..<max(left.count, right.count, 1) {
                let prefix = index == 0 ? head : String(repeating: " ", count: head.count)
                let l = index < left.count ? left[index] : (index == 0 && left.isEmpty ? "—" : "")
                let r = index < right.count ? right[index] : (index == 0 && right.isEmpty ? "—" : "")
                out += prefix + pad(l, column) + " | " + r + "\n"
            }
        }
        let missing = alignment.links.filter { $0.turkish.isEmpty }.count
        let added = alignment.links.filter { $0.german.isEmpty }.count
        out += "\n\(alignment.sentences.german.count) German and \(alignment.sentences.turkish.count) Turkish sentences, \(alignment.links.count) links; \(missing) German sentence\(missing == 1 ? "" : "s") without translation, \(added) Turkish sentence\(added == 1 ? "" : "s") without original\n"
        return out
    }

    func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    func wrap(_ text: String, _ width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
