import Pairing
public import PublicationCore

/// Finds the blocks of a publication whose translation is missing, empty, unconfirmed or outdated, and
/// prepares one ``ExportFile`` per contribution with the context a translator needs.
///
/// ```swift
/// let files = MissingExporter(version: .v2_1).export(volume, to: .german)
/// files.map(\.contribution)   // ["07-sisli", "08-sultanbeyli"]
/// ```
public struct MissingExporter: Sendable {
    /// The XLIFF version the codes are prepared for.
    public var version: XLIFFVersion

    /// Creates an exporter.
    public init(version: XLIFFVersion = .v2_1) {
        self.version = version
    }

    /// The files to export.
    ///
    /// - Parameters:
    ///   - volume: the publication.
    ///   - language: only contributions translated into this language; `nil` for both directions.
    /// - Returns: one file per contribution with something to translate, in reading order.
    public func export(_ volume: ExchangeVolume, to language: LanguageTag? = nil) -> [ExportFile] {
        var files: [ExportFile] = []
        for contribution in volume.contributions {
            if let language, contribution.translationLanguage != language { continue }
            if case .unreadable = contribution.translation { continue }
            let states = contribution.states
            var units: [ExportUnit] = []
            let blocks = contribution.blocks
            let title = contribution.original.info.title.plainText
            for (index, block) in blocks.enumerated() {
                guard let state = states[block.id], state.needsTranslation else { continue }
                let source = InlineCodec.encode(block.content, for: version)
                var notes = [ExportUnit.Note(category: "contribution",
                    text: "Contribution \(contribution.id): \(Self.flat(title))")]
                if let heading = block.sectionHeading {
                    notes.append(.init(category: "section", text: "Section: \(Self.flat(heading))"))
                }
                if block.kind == .footnote, let parent = block.parentID {
                    notes.append(.init(category: "location", text: "Footnote of block \(parent)"))
                }
                if let index = block.piece.authorIndex {
                    let what = block.kind == .author ? "name or role" : "organisation"
                    notes.append(.init(category: "location", text: "Byline: the \(what) of author \(index + 1)"))
                }
                if block.kind == .attribution, let parent = block.parentID {
                    notes.append(.init(category: "location", text: "Attribution of quotation \(parent)"))
                }
                if block.kind == .alternativeText, let parent = block.parentID {
                    notes.append(.init(category: "location",
                        text: "Alternative text of figure \(parent), read aloud to readers who cannot see the image"))
                }
                let neighbours = blocks.indices.filter { blocks[$0].kind != .footnote || block.kind == .footnote }
                if let position = neighbours.firstIndex(of: index) {
                    if position > 0 {
                        notes.append(neighbourNote("previous", blocks[neighbours[position - 1]], states))
                    }
                    if position + 1 < neighbours.count {
                        notes.append(neighbourNote("next", blocks[neighbours[position + 1]], states))
                    }
                }
                var target: InlineText?
                switch state.status {
                case .empty, .needsReview:
                    target = state.translation.map { Self.matched($0, to: source.text) } ?? InlineText()
                case .outdated:
                    if let old = state.oldSource {
                        notes.append(.init(category: "outdated", text:
                            "Outdated: the translation was made from an earlier original. Old original: \(Self.flat(old)) Old translation: \(Self.flat(state.translationText ?? ""))"))
                    } else {
                        notes.append(.init(category: "outdated", text:
                            "Outdated: the original changed after the translation was confirmed. Current translation: \(Self.flat(state.translationText ?? ""))"))
                    }
                    target = state.translation.map { Self.matched($0, to: source.text) }
                        ?? state.translationText.map { InlineText(Self.flat($0)) }
                case .missing, .current:
                    break
                }
                notes.append(ExportUnit.Note(category: ExportRecord.category,
                    text: ExportRecord(state: state, original: block.text).noteText))
                units.append(ExportUnit(id: block.id, status: state.status, source: source, target: target, notes: notes))
            }
            guard !units.isEmpty else { continue }
            files.append(ExportFile(contribution: contribution.id, originalPath: contribution.originalPath,
                sourceLanguage: contribution.originalLanguage, targetLanguage: contribution.translationLanguage,
                units: units))
        }
        return files
    }

    private func neighbourNote(_ category: String, _ block: ExchangeBlock, _ states: [String: BlockState])
        -> ExportUnit.Note
    {
        let translation = states[block.id].flatMap { state in
            state.status.hasNoTranslation ? nil : state.translationText
        }
        let label = category == "previous" ? "Previous" : "Next"
        return .init(category: category, text:
            "\(label) block \(block.id): \(Self.flat(block.text)) — Translation: \(translation.map(Self.flat) ?? "(none yet)")")
    }

    /// An existing translation with its codes renumbered like the source's, or without codes when they
    /// do not correspond.
    static func matched(_ translation: InlineText, to source: InlineText) -> InlineText {
        if InlineCodec.codeSignature(translation) == InlineCodec.codeSignature(source),
            InlineCodec.kindSequence(translation) == InlineCodec.kindSequence(source),
            translation.codes.allSatisfy({ code in source.codes.contains { $0.id == code.id && $0.element == code.element } })
        {
            return translation
        }
        // Map by position: the translation's n-th code is the source's n-th code.
        return InlineCodec.remap(translation, from: translation, to: source) ?? InlineCodec.withoutCodes(translation)
    }

    static func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
