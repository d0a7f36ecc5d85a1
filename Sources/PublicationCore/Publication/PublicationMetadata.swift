/// The title page and imprint of a bilingual volume, each text in German and Turkish.
public struct PublicationMetadata: Hashable, Sendable, Codable {
    /// The volume's title.
    public var title: Bilingual<String>
    /// The subtitle, if any.
    public var subtitle: Bilingual<String>?
    /// The name of the series the volume belongs to, if any.
    public var series: Bilingual<String>?
    /// The volume's number in its series, such as `12`, if any.
    public var number: String?
    /// The publisher, if named.
    public var publisher: Bilingual<String>?
    /// The place of publication ("Berlin"), if named.
    public var place: Bilingual<String>?
    /// The publication date as written in the manifest (ISO 8601, `2020-12-17`), if any.
    public var date: String?
    /// The imprint text, if any.
    public var imprint: Bilingual<String>?

    /// Creates the metadata of a volume.
    public init(
        title: Bilingual<String>, subtitle: Bilingual<String>? = nil, series: Bilingual<String>? = nil,
        number: String? = nil, publisher: Bilingual<String>? = nil, date: String? = nil,
        imprint: Bilingual<String>? = nil, place: Bilingual<String>? = nil
    ) {
        self.place = place
        self.title = title
        self.subtitle = subtitle
        self.series = series
        self.number = number
        self.publisher = publisher
        self.date = date
        self.imprint = imprint
    }
}
