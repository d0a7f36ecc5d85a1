public import Foundation
import Pairing

/// Line-aligned German–Turkish documents for evaluating the sentence aligner.
///
/// ``loadNTREX(from:)`` reads NTREX-128 (`newstest2019-ref.deu.txt`, `newstest2019-ref.tur.txt`
/// and `DOCUMENT_IDS.tsv`): line i of the German file translates line i of the Turkish file, and
/// line i of `DOCUMENT_IDS.tsv` names its document. Each line is one unit of the gold alignment.
public struct ParallelCorpus: Sendable {
    /// One document: translated lines in order.
    public struct Document: Sendable, Hashable {
        /// The document's identifier.
        public var id: String
        /// The German lines.
        public var german: [String]
        /// The Turkish lines; `turkish[k]` translates `german[k]`.
        public var turkish: [String]

        /// Creates a document.
        public init(id: String, german: [String], turkish: [String]) {
            self.id = id
            self.german = german
            self.turkish = turkish
        }
    }

    /// An error reading the corpus.
    public enum ReadError: Error, CustomStringConvertible {
        /// A file could not be read.
        case unreadable(URL)
        /// The files do not have the same number of lines.
        case lineCountsDiffer(german: Int, turkish: Int, documentIDs: Int)

        /// A readable form of the value.
        public var description: String {
            switch self {
            case .unreadable(let url):
                return "cannot read \(url.path); check that the NTREX-128 files are there"
            case .lineCountsDiffer(let german, let turkish, let documentIDs):
                return "the corpus files are not line-aligned: \(german) German, \(turkish) Turkish and \(documentIDs) document-id lines"
            }
        }
    }

    /// The documents in corpus order.
    public var documents: [Document]

    /// Creates a corpus.
    public init(documents: [Document]) {
        self.documents = documents
    }

    /// The number of line pairs in all documents.
    public var lineCount: Int { documents.reduce(0) { $0 + $1.german.count } }

    /// Reads NTREX-128 from its folder.
    ///
    /// - Parameter folder: The folder holding `newstest2019-ref.deu.txt`, `newstest2019-ref.tur.txt`
    ///   and `DOCUMENT_IDS.tsv`.
    /// - Returns: The documents, each with its consecutive lines.
    /// - Throws: ``ReadError`` when a file is missing or the files are not line-aligned.
    public static func loadNTREX(from folder: URL) throws(ReadError) -> ParallelCorpus {
        func lines(_ name: String) throws(ReadError) -> [String] {
            let url = folder.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw .unreadable(url) }
            // Split on line feeds at the scalar level: CRLF is a single Character in Swift.
            var result = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                var scalars = line
                if scalars.last == "\r" { scalars = scalars.dropLast() }
                return String(String.UnicodeScalarView(scalars))
            }
            if result.last == "" { result.removeLast() }
            return result
        }
        let german = try lines("newstest2019-ref.deu.txt")
        let turkish = try lines("newstest2019-ref.tur.txt")
        let ids = try lines("DOCUMENT_IDS.tsv").map { String($0.split(separator: "\t").first ?? "") }
        guard german.count == turkish.count, german.count == ids.count else {
            throw .lineCountsDiffer(german: german.count, turkish: turkish.count, documentIDs: ids.count)
        }
        var documents: [Document] = []
        for index in german.indices {
            if documents.last?.id != ids[index] {
                documents.append(Document(id: ids[index], german: [], turkish: []))
            }
            documents[documents.count - 1].german.append(german[index])
            documents[documents.count - 1].turkish.append(turkish[index])
        }
        return ParallelCorpus(documents: documents)
    }
}
