/// A monolingual contribution document, as read from a DocBook 5 article.
///
/// One language per document (``language``, from `xml:lang` on the root). Its German or Turkish
/// partner is another ``ContributionDocument``; pairing is by ``Block`` ids where both sides have
/// them, otherwise by structure and sentence alignment.
public struct ContributionDocument: Hashable, Sendable, Codable {
    /// The document's language, from `xml:lang` on the root element.
    public var language: LanguageTag?
    /// The root's `xml:id`, if any.
    public var id: String?
    /// Title, authors and abstract.
    public var info: ContributionInfo
    /// The body: sections, paragraphs, lists, quotes and figures, in order.
    public var blocks: [Block]
    /// Where the document's root element starts.
    public var location: SourceLocation?

    /// Creates a document.
    public init(
        language: LanguageTag? = nil, id: String? = nil, info: ContributionInfo = ContributionInfo(),
        blocks: [Block] = [], location: SourceLocation? = nil
    ) {
        self.language = language
        self.id = id
        self.info = info
        self.blocks = blocks
        self.location = location
    }
}

/// The front part of a contribution: DocBook `<info>`.
public struct ContributionInfo: Hashable, Sendable, Codable {
    /// The title (`info/title` or the article's `title`).
    public var title: [Inline]
    /// The subtitle, if any.
    public var subtitle: [Inline]
    /// The authors, each with a name and an affiliation.
    public var authors: [Author]
    /// Organisation names given outside an author (`info/orgname`).
    public var organisations: [String]
    /// The abstract's blocks.
    public var abstract: [Block]
    /// Front-matter elements outside the supported subset (a date, a job title, …), kept as
    /// paragraphs whose ``Paragraph/originalElement`` names them, so that no text is lost.
    public var otherBlocks: [Block]

    /// Creates the front part.
    public init(
        title: [Inline] = [], subtitle: [Inline] = [], authors: [Author] = [], organisations: [String] = [],
        abstract: [Block] = [], otherBlocks: [Block] = []
    ) {
        self.title = title
        self.subtitle = subtitle
        self.authors = authors
        self.organisations = organisations
        self.abstract = abstract
        self.otherBlocks = otherBlocks
    }
}

/// An author of a contribution: a person's name or a role, and an organisation.
public struct Author: Hashable, Sendable, Codable {
    /// The name as written (`personname`, joined), or a role such as "Integrationsbeauftragte".
    public var name: String
    /// The affiliation's organisation (`affiliation/orgname`), if any.
    public var organisation: String?

    /// Creates an author.
    public init(name: String, organisation: String? = nil) {
        self.name = name
        self.organisation = organisation
    }
}
