public import PublicationCore

/// Something that looks at every unit of a file as it streams by, such as the QA checks; it keeps
/// what it needs and reports findings when the file ends.
public protocol UnitObserver: AnyObject {
    /// Called for every unit, with the file's languages as known at that point.
    func observe(_ unit: TranslationUnit, sourceLanguage: LanguageTag?, targetLanguage: LanguageTag?)
    /// Called once after the last unit.
    func finish() -> [Diagnostic]
    /// How much of each unit the observer reads; the reader builds no more than that.
    var unitDetail: UnitDetail { get }
}

extension UnitObserver {
    /// Everything, unless the observer says it needs less.
    public var unitDetail: UnitDetail { .full }
}
