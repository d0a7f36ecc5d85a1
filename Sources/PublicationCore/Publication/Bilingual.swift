/// A value in both languages of a publication: German and Turkish.
///
/// ```swift
/// let title = Bilingual(german: "Inhalt", turkish: "İçindekiler")
/// title[.turkish]   // "İçindekiler"
/// ```
public struct Bilingual<Value> {
    /// The German value.
    public var german: Value
    /// The Turkish value.
    public var turkish: Value

    /// Creates a value in both languages.
    public init(german: Value, turkish: Value) {
        self.german = german
        self.turkish = turkish
    }

    /// The value in `language`: the Turkish one for ``LanguageTag/turkish``, the German one otherwise.
    public subscript(language: LanguageTag) -> Value {
        get { language == .turkish ? turkish : german }
        set {
            if language == .turkish { turkish = newValue } else { german = newValue }
        }
    }

    /// Applies `transform` to both values.
    public func map<Result>(_ transform: (Value) throws -> Result) rethrows -> Bilingual<Result> {
        Bilingual<Result>(german: try transform(german), turkish: try transform(turkish))
    }
}

extension Bilingual: Equatable where Value: Equatable {}
extension Bilingual: Hashable where Value: Hashable {}
extension Bilingual: Sendable where Value: Sendable {}
extension Bilingual: Codable where Value: Codable {}

extension LanguageTag {
    /// The other language of a German/Turkish publication: Turkish for German, German otherwise.
    public var partner: LanguageTag { self == .german ? .turkish : .german }
}
