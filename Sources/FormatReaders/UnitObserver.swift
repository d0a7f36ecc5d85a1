public import PublicationCore

/// Something that looks at every unit of a file as it streams by, such as the QA checks; it keeps
/// what it needs and reports findings when the file ends.
///
/// An observer is shown each unit with ``observe(_:sourceLanguage:targetLanguage:)``. One that reads
/// only what a ``PublicationCore/UnitTally`` holds can be a ``UnitTallyObserver`` that asks for
/// ``UnitDetail/counts``: it is then shown each unit's tally instead, and the XLIFF readers build no
/// unit for it.
public protocol UnitObserver: AnyObject {
    /// Called for every unit, with the file's languages as known at that point.
    func observe(_ unit: TranslationUnit, sourceLanguage: LanguageTag?, targetLanguage: LanguageTag?)
    /// Called once after the last unit.
    func finish() -> [Diagnostic]
    /// How much of each unit the observer reads; ``UnitDetail/counts`` is honoured for a
    /// ``UnitTallyObserver`` only (any other observer is shown full units).
    var unitDetail: UnitDetail { get }
}

extension UnitObserver {
    /// Everything, unless the observer says it needs less.
    public var unitDetail: UnitDetail { .full }

    /// The observer as the readers show it tallies: itself when it is a ``UnitTallyObserver`` that asks
    /// for ``UnitDetail/counts``, nil when it is shown full units. The one statement of that rule.
    public var tallyObserver: (any UnitTallyObserver)? {
        unitDetail == .counts ? self as? any UnitTallyObserver : nil
    }
}

/// An observer that can be shown each unit's tally in place of the unit: when its ``UnitObserver/unitDetail``
/// is ``UnitDetail/counts``, the readers call ``observe(_:sourceLanguage:targetLanguage:)-(UnitTally,_,_)``
/// for every unit and build no unit model.
public protocol UnitTallyObserver: UnitObserver {
    /// Called for every unit's tally, with the file's languages as known at that point (counts only).
    func observe(_ tally: UnitTally, sourceLanguage: LanguageTag?, targetLanguage: LanguageTag?)
}
