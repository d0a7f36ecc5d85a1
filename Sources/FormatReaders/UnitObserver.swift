public import PublicationCore

/// Something that looks at every unit of a file as it streams by, such as the QA checks; it keeps
/// what it needs and reports findings when the file ends.
///
/// An observer whose ``unitDetail`` is ``UnitDetail/full`` is shown each unit with
/// ``observe(_:sourceLanguage:targetLanguage:)-(TranslationUnit,_,_)``; one that asks for
/// ``UnitDetail/counts`` only is shown each unit's tally instead, and the readers build no unit.
public protocol UnitObserver: AnyObject {
    /// Called for every unit, with the file's languages as known at that point (full detail).
    func observe(_ unit: TranslationUnit, sourceLanguage: LanguageTag?, targetLanguage: LanguageTag?)
    /// Called for every unit's tally in place of the unit, when ``unitDetail`` is ``UnitDetail/counts``.
    func observe(_ tally: UnitTally, sourceLanguage: LanguageTag?, targetLanguage: LanguageTag?)
    /// Called once after the last unit.
    func finish() -> [Diagnostic]
    /// How much of each unit the observer reads; the reader builds no more than that.
    var unitDetail: UnitDetail { get }
}

extension UnitObserver {
    /// Everything, unless the observer says it needs less.
    public var unitDetail: UnitDetail { .full }

    /// An observer of full units is never shown a tally: the readers build it full units.
    public func observe(_ tally: UnitTally, sourceLanguage: LanguageTag?, targetLanguage: LanguageTag?) {}
}
