/// One contribution of a volume, written in one language and translated into the other.
public struct BilingualContribution: Hashable, Sendable, Codable {
    /// Where a contribution stands in the volume.
    public enum Part: String, Hashable, Sendable, Codable, CaseIterable {
        /// Greetings and prefaces before the reports.
        case front
        /// The reports.
        case body
        /// Appendices, lists of authors and the like after the reports.
        case back
    }

    /// The contribution's id from the manifest, such as `sisli`; also used for anchors and file names.
    public var id: String
    /// Front, body or back matter.
    public var part: Part
    /// The language the contribution was written in; the other one is the translation.
    public var originalLanguage: LanguageTag
    /// The title in German and in Turkish (inline markup allowed).
    public var title: Bilingual<[Inline]>
    /// The subtitle in German and in Turkish; `nil` when the original has none. A missing
    /// translation of it repeats the original's.
    public var subtitle: Bilingual<[Inline]>?
    /// The authors as named in each language.
    public var authors: Bilingual<[Author]>
    /// The content, one row per German block and its Turkish partner.
    public var rows: [AlignedRow]

    /// Creates a contribution.
    public init(
        id: String, part: Part = .body, originalLanguage: LanguageTag, title: Bilingual<[Inline]>,
        subtitle: Bilingual<[Inline]>? = nil,
        authors: Bilingual<[Author]> = Bilingual(german: [], turkish: []), rows: [AlignedRow] = []
    ) {
        self.id = id
        self.part = part
        self.originalLanguage = originalLanguage
        self.title = title
        self.subtitle = subtitle
        self.authors = authors
        self.rows = rows
    }

    /// The language of the translation: the one that is not the original.
    public var translationLanguage: LanguageTag { originalLanguage.partner }
}
