/// A paragraph of a Word document as read from its part, before it becomes a block: its properties,
/// its pieces of text with their formatting, and its images.
struct DOCXParagraph {
    /// A piece of running text or a note reference.
    enum Piece {
        case text(String, Format)
        case note(isEndnote: Bool, id: String, Format)
    }

    /// The formatting of a piece: bold, italic and the link it is in (an index into ``links``).
    struct Format: Equatable {
        var bold = false
        var italic = false
        var link: Int?
        /// The run's own `w:lang` (`w:val`), when it has one.
        var language: String?
    }

    /// An image, with its alternative text.
    struct Image {
        var target: String?
        var description: String
        var title: String
        var line: Int
        var column: Int
    }

    /// 1-based, in document order over the part (Word's "paragraph N").
    var number: Int
    var styleID: String?
    var numberingID: String?
    var numberingLevel: Int?
    var outlineLevel: Int?
    /// `w14:paraId`, if written.
    var paraID: String?
    var pieces: [Piece] = []
    var links: [String] = []
    var images: [Image] = []
    /// Whether the paragraph joins the next one: its mark is a tracked deletion, or it holds a drop cap.
    var joinsNext = false
    /// How deep in tables the paragraph stands (0 outside any table).
    var tableDepth = 0
    /// The footnote or endnote this paragraph belongs to, in a notes part.
    var noteID: String?
    var line: Int
    var column: Int

    /// The paragraph's text without markup and without notes.
    var plainText: String {
        pieces.map { piece in
            if case .text(let text, _) = piece { text } else { "" }
        }.joined()
    }

    /// The first words of the text, for messages: at most 40 characters.
    var excerpt: String {
        let collapsed = plainText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return collapsed.count <= 40 ? collapsed : String(collapsed.prefix(39)) + "…"
    }
}
