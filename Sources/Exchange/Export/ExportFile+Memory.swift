import PublicationCore
import Pairing

extension ExportFile {
    /// Pre-translates the units that have no translation yet with the memory's exact matches: the same
    /// text, and no inline codes on either side. A filled unit stays unconfirmed (XLIFF 2 `initial`,
    /// XLIFF 1.2 `needs-review-translation`) and gets a note naming the memory.
    ///
    /// - Returns: how many units were filled.
    @discardableResult
    public mutating func prefill(from memory: TranslationMemory) -> Int {
        var filled = 0
        for index in units.indices where units[index].status == .missing && units[index].target == nil {
            let source = units[index].source.text
            guard source.codes.isEmpty, let translation = memory.translation(of: source.plainText, from: sourceLanguage)
            else { continue }
            units[index].target = InlineText(translation)
            units[index].notes.append(.init(category: "tm", text:
                "Pre-translated from the translation memory \(memory.files.joined(separator: ", ")) (exact match); review it before you confirm it."))
            filled += 1
        }
        return filled
    }
}
