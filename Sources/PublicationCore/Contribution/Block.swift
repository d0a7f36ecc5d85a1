/// A block of a contribution: a section, a paragraph, a list, a quote or a figure.
///
/// Every block may carry an id (DocBook `xml:id`), the key for pairing German and Turkish blocks.
public indirect enum Block: Hashable, Sendable, Codable {
    /// A section with a title and blocks (DocBook `<section>`, nested to any depth).
    case section(Section)
    /// A paragraph (DocBook `<para>`, or the text of an element outside the supported subset).
    case paragraph(Paragraph)
    /// A bulleted or numbered list (DocBook `<itemizedlist>`, `<orderedlist>`).
    case list(ListBlock)
    /// A quotation (DocBook `<blockquote>`).
    case quote(Quote)
    /// A figure with an image and its alternative text (DocBook `<figure>` / `<mediaobject>`).
    case figure(Figure)

    /// The block's id, if it has one.
    public var id: String? {
        switch self {
        case .section(let section): section.id
        case .paragraph(let paragraph): paragraph.id
        case .list(let list): list.id
        case .quote(let quote): quote.id
        case .figure(let figure): figure.id
        }
    }

    /// Where the block starts.
    public var location: SourceLocation? {
        switch self {
        case .section(let section): section.location
        case .paragraph(let paragraph): paragraph.location
        case .list(let list): list.location
        case .quote(let quote): quote.location
        case .figure(let figure): figure.location
        }
    }
}

/// A section: a title and the blocks under it.
public struct Section: Hashable, Sendable, Codable {
    public var id: String?
    public var title: [Inline]
    public var blocks: [Block]
    public var location: SourceLocation?

    public init(id: String? = nil, title: [Inline] = [], blocks: [Block] = [], location: SourceLocation? = nil) {
        self.id = id
        self.title = title
        self.blocks = blocks
        self.location = location
    }
}

/// A paragraph of running text.
public struct Paragraph: Hashable, Sendable, Codable {
    public var id: String?
    public var content: [Inline]
    /// The DocBook element it came from when it was not a `<para>` (an unsupported element whose text
    /// was kept), otherwise `nil`.
    public var originalElement: String?
    public var location: SourceLocation?

    public init(id: String? = nil, content: [Inline] = [], originalElement: String? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.content = content
        self.originalElement = originalElement
        self.location = location
    }
}

/// A list; each item holds blocks (usually one paragraph).
public struct ListBlock: Hashable, Sendable, Codable {
    public var id: String?
    public var isOrdered: Bool
    public var items: [ListItem]
    public var location: SourceLocation?

    public init(id: String? = nil, isOrdered: Bool, items: [ListItem] = [], location: SourceLocation? = nil) {
        self.id = id
        self.isOrdered = isOrdered
        self.items = items
        self.location = location
    }
}

/// One item of a list.
public struct ListItem: Hashable, Sendable, Codable {
    public var id: String?
    public var blocks: [Block]
    public var location: SourceLocation?

    public init(id: String? = nil, blocks: [Block] = [], location: SourceLocation? = nil) {
        self.id = id
        self.blocks = blocks
        self.location = location
    }
}

/// A quotation, with an optional attribution.
public struct Quote: Hashable, Sendable, Codable {
    public var id: String?
    public var attribution: [Inline]
    public var blocks: [Block]
    public var location: SourceLocation?

    public init(id: String? = nil, attribution: [Inline] = [], blocks: [Block] = [], location: SourceLocation? = nil) {
        self.id = id
        self.attribution = attribution
        self.blocks = blocks
        self.location = location
    }
}

/// A figure: an image file, its alternative text and a title.
public struct Figure: Hashable, Sendable, Codable {
    public var id: String?
    public var title: [Inline]
    /// The image's path (`imagedata/@fileref`), relative to the document.
    public var imagePath: String?
    /// The alternative text (`alt` or `textobject/phrase`), for readers who cannot see the image.
    public var alternativeText: String
    public var location: SourceLocation?

    public init(
        id: String? = nil, title: [Inline] = [], imagePath: String? = nil, alternativeText: String = "",
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.imagePath = imagePath
        self.alternativeText = alternativeText
        self.location = location
    }
}
