import Pairing
import Foundation
import FormatReaders
import PublicationCore

extension TranslationImporter {
    typealias Write = (path: String, data: Data, change: ImportReport.FileChange)

    /// Writes the items of one contribution into its translation; returns the new file, the items it holds,
    /// and whether it is an XLIFF translation created now (which, like one kept in XLIFF already, confirms
    /// its blocks by its states, not through kopru.lock).
    func apply(_ items: [Item], to contribution: ExchangeVolume.Contribution, base: URL, report: inout ImportReport)
        throws(ExchangeError) -> (write: Write, items: [Item], createsXLIFF: Bool)?
    {
        func refuse(_ item: Item, _ message: String, _ remedy: String) {
            report.diagnostics.append(Diagnostic(ExchangeDiagnostics.notApplicable, message, remedy: remedy,
                at: item.location, unit: item.block.id))
        }
        if let refusal = ImportRefusal(contribution) {
            for item in items {
                refuse(item, "\(refusal.reason), so unit \"\(item.block.id)\" is not imported", refusal.remedy)
            }
            return nil
        }
        guard let path = contribution.translationPath else { return nil }
        switch contribution.translation {
        case .unreadable:
            return nil
        case .xliff(let units, let version):
            return try applyToXLIFF(items, units: units, version: version, path: path, base: base, report: &report)
                .map { ($0.write, $0.items, false) }
        case .document(let document, _, _):
            let confirmed = confirmedOnly(items, path: path, report: &report)
            guard !confirmed.isEmpty else { return nil }
            return try applyToDocBook(confirmed, document: document, contribution: contribution, path: path, base: base,
                report: &report).map { ($0.write, $0.items, false) }
        case .absent where ["xlf", "xliff"].contains((path as NSString).pathExtension.lowercased()):
            return try createXLIFF(items, contribution: contribution, path: path).map { ($0.write, $0.items, true) }
        case .absent:
            let confirmed = confirmedOnly(items, path: path, report: &report)
            guard !confirmed.isEmpty else { return nil }
            let decoded = decodeAll(confirmed, translatedFootnotes: [:], report: &report)
            let writer = DocBookBlockWriter(translation: { decoded.markup[$0] })
            let text = writer.article(for: contribution.original, language: contribution.translationLanguage.code)
            // What the new article holds: a block with a translation, and a piece attached to one (an
            // attribution, an alternative text, a footnote) only when its block is written too.
            let placed = confirmed.filter { item in
                guard decoded.markup[item.block.id] != nil || decoded.inside.contains(item.block.id) else { return false }
                guard item.block.kind.isAttached, let parent = item.block.parentID else { return true }
                return decoded.markup[parent] != nil
            }
            for item in confirmed where !placed.contains(where: { $0.block.id == item.block.id }) && decoded.markup[item.block.id] != nil {
                refuse(item, "unit \"\(item.block.id)\" has no place in the new \(path): the block it belongs to has no translation yet",
                    "import the translation of \(item.block.parentID ?? "its block") with it")
            }
            return ((path, Data(text.utf8), .init(path: path, created: true, units: placed.map(\.block.id))), placed, false)
        }
    }


    /// A new XLIFF 2.1 translation: a unit for every block of the original, with the imported targets.
    private func createXLIFF(_ items: [Item], contribution: ExchangeVolume.Contribution, path: String)
        throws(ExchangeError) -> (write: Write, items: [Item])?
    {
        let units = contribution.blocks.map { block in
            ExportUnit(id: block.id, status: .missing, source: InlineCodec.encode(block.content, for: .v2_1), target: nil,
                notes: [])
        }
        let file = ExportFile(contribution: contribution.id, originalPath: contribution.originalPath,
            sourceLanguage: contribution.originalLanguage, targetLanguage: contribution.translationLanguage, units: units)
        let changes = items.map { item in
            let returned = InlineCodec.encode(item.block.content, for: item.version).text
            let ours = InlineCodec.encode(item.block.content, for: .v2_1).text
            return XLIFFTargetChange(unitID: item.block.id,
                target: InlineCodec.remap(item.target, from: returned, to: ours) ?? InlineCodec.withoutCodes(item.target),
                state: item.confirmed ? "translated" : "initial")
        }
        let result = try XLIFFRewriter().rewrite(XLIFFExportWriter(version: .v2_1).write(file), displayPath: path,
            changes: changes)
        let written = items.filter { result.applied.contains($0.block.id) }
        return ((path, result.document, .init(path: path, created: true, units: written.map(\.block.id))), written)
    }

    private func confirmedOnly(_ items: [Item], path: String, report: inout ImportReport) -> [Item] {
        items.filter { item in
            if item.confirmed { return true }
            report.diagnostics.append(Diagnostic(ExchangeDiagnostics.unconfirmed,
                "the translation of unit \"\(item.block.id)\" is not confirmed (state \"\(item.writtenState ?? "none")\"); \(path) is a DocBook document and cannot mark it, so it is left out",
                remedy: "review the translation, set its state to translated or final, and import it again",
                at: item.location, unit: item.block.id))
            return false
        }
    }

    // MARK: XLIFF translation

    private func applyToXLIFF(
        _ items: [Item], units: [TranslationUnit], version: XLIFFVersion, path: String, base: URL,
        report: inout ImportReport
    ) throws(ExchangeError) -> (write: Write, items: [Item])? {
        var byID: [String: TranslationUnit] = [:]
        for unit in units where byID[unit.id] == nil { byID[unit.id] = unit }
        var changes: [XLIFFTargetChange] = []
        var accepted: [Item] = []
        for item in items {
            guard let unit = byID[item.block.id] else {
                // A block the file has no unit for (one the original gained later) becomes a new unit.
                let ours = InlineCodec.encode(item.block.content, for: version).text
                let returned = InlineCodec.encode(item.block.content, for: item.version).text
                let target = InlineCodec.remap(item.target, from: returned, to: ours) ?? InlineCodec.withoutCodes(item.target)
                changes.append(XLIFFTargetChange(unitID: item.block.id, target: Self.withoutDataReferences(target),
                    state: state(for: item, in: version), source: Self.withoutDataReferences(ours)))
                accepted.append(item)
                continue
            }
            let returned = InlineCodec.encode(item.block.content, for: item.version).text
            let ours = InlineCodec.encode(item.block.content, for: version).text
            let target = InlineCodec.remap(item.target, from: returned, to: ours) ?? InlineCodec.withoutCodes(item.target)
            let existing = unit.joinedSource
            var change = XLIFFTargetChange(unitID: unit.id, target: target, state: state(for: item, in: version))
            if existing.plainText.comparableForm
                == item.block.text.comparableForm,
                let mapped = InlineCodec.remap(target, from: ours, to: existing)
            {
                change.target = mapped
            } else {
                change.target = Self.withoutDataReferences(target)
                change.source = Self.withoutDataReferences(ours)
            }
            changes.append(change)
            accepted.append(item)
        }
        guard !changes.isEmpty else { return nil }
        let result = try XLIFFRewriter().rewrite(contentsOf: base.appendingPathComponent(path), displayPath: path,
            changes: changes)
        for (id, reason) in result.unapplied.sorted(by: { $0.key < $1.key }) {
            let item = accepted.first { $0.block.id == id }
            report.diagnostics.append(Diagnostic(ExchangeDiagnostics.notApplicable,
                "unit \"\(id)\" cannot be written into \(path): \(reason)",
                remedy: "enter the translation with the CAT tool that made the file", at: item?.location, unit: id))
        }
        let written = accepted.filter { result.applied.contains($0.block.id) }
        guard !written.isEmpty else { return nil }
        return ((path, result.document, .init(path: path, created: false, units: written.map(\.block.id))), written)
    }

    /// The state to write: the returned one when the versions agree, else the version's word for
    /// confirmed or unconfirmed.
    private func state(for item: Item, in version: XLIFFVersion) -> String {
        if item.version == version, let written = item.writtenState {
            let valid: Set<String> = version == .v1_2
                ? ["translated", "final", "signed-off", "needs-review-translation", "needs-review-l10n",
                    "needs-review-adaptation", "needs-adaptation", "needs-l10n", "new", "needs-translation"]
                : ["initial", "translated", "reviewed", "final"]
            if valid.contains(written) { return written }
        }
        switch version {
        case .v1_2: return item.confirmed ? "translated" : "needs-review-translation"
        case .v2_1: return item.confirmed ? "translated" : "initial"
        }
    }

    /// Codes without `dataRef…` attributes, for a unit whose `originalData` does not hold Köprü's data.
    static func withoutDataReferences(_ text: InlineText) -> InlineText {
        InlineText(text.elements.map { element in
            guard case .code(var code) = element else { return element }
            code.attributes = code.attributes.filter { !$0.key.hasPrefix("dataRef") }
            return .code(code)
        })
    }

    // MARK: DocBook translation

    struct Decoded {
        /// Markup by block id.
        var markup: [String: String] = [:]
        /// Footnotes written inside their paragraph.
        var inside: Set<String> = []
    }

    /// Decodes every item to DocBook markup; footnote items whose paragraph is imported too go inside it.
    func decodeAll(_ items: [Item], translatedFootnotes: [String: String], report: inout ImportReport) -> Decoded {
        var decoded = Decoded()
        var footnotes: [String: String] = [:]
        for item in items where item.block.kind == .footnote {
            let meanings = InlineCodec.encode(item.block.content, for: item.version).meanings
            if let markup = DocBookMarkup.decode(item.target, meanings: meanings, footnote: { _ in nil }) {
                footnotes[item.block.id] = markup
            }
        }
        let importedParents = Set(items.map(\.block.id))
        for item in items {
            let meanings = InlineCodec.encode(item.block.content, for: item.version).meanings
            var used: [String] = []
            let markup = DocBookMarkup.decode(item.target, meanings: meanings) { footnoteID in
                guard let footnoteID else { return nil }
                if let text = footnotes[footnoteID] {
                    used.append(footnoteID)
                    return DocBookMarkup.footnote(id: footnoteID, content: text)
                }
                // A footnote without a translation yet keeps its place as an empty footnote (the check
                // lists it as empty), which a later import of its unit fills where the translator put it.
                return translatedFootnotes[footnoteID] ?? DocBookMarkup.footnote(id: footnoteID, content: "")
            }
            guard let markup else {
                report.diagnostics.append(Diagnostic(ExchangeDiagnostics.codeMismatch,
                    "the inline codes of unit \"\(item.block.id)\" do not nest, so they cannot become DocBook markup",
                    remedy: "close every tag inside the one that contains it", at: item.location, unit: item.block.id))
                continue
            }
            if item.block.kind == .footnote, let parent = item.block.parentID, importedParents.contains(parent) {
                continue
            }
            decoded.markup[item.block.id] = markup
            decoded.inside.formUnion(used)
        }
        return decoded
    }

    /// Whether a row's block is a figure without a title, whose text is its alternative text.
    static func isUntitledFigure(_ block: Block) -> Bool {
        if case .figure(let figure) = block { !figure.hasTitle } else { false }
    }

    private func applyToDocBook(
        _ items: [Item], document: ContributionDocument, contribution: ExchangeVolume.Contribution, path: String,
        base: URL, report: inout ImportReport
    ) throws(ExchangeError) -> (write: Write, items: [Item])? {
        let translatedBlocks = ExchangeBlock.blocks(of: document)
        var present = Set(translatedBlocks.map(\.id))
        if let id = document.id { present.insert(id) }
        var translatedFootnotes: [String: String] = [:]
        for block in translatedBlocks where block.kind == .footnote {
            translatedFootnotes[block.id] = DocBookMarkup.footnote(id: block.id, content: DocBookMarkup.markup(for: block.content))
        }
        let decoded = decodeAll(items, translatedFootnotes: translatedFootnotes, report: &report)
        var edit = DocBookEdit()
        var placed: [Item] = []
        var refusedIDs: Set<String> = []
        for item in items {
            let id = item.block.id
            if decoded.inside.contains(id) {
                placed.append(item)
                continue
            }
            guard let markup = decoded.markup[id] else { continue }
            switch item.block.kind {
            case .title:
                edit.title = markup
                placed.append(item)
            case .subtitle:
                edit.subtitle = markup
                edit.replacesSubtitle = !document.info.subtitle.isEmpty
                placed.append(item)
            case .author, .organisation:
                // The byline's pieces are found by the author's position in <info>.
                guard let index = item.block.piece.authorIndex else { continue }
                if item.block.kind == .author { edit.authorNames[index] = markup } else { edit.authorOrganisations[index] = markup }
                placed.append(item)
            case .figure where present.contains(id) && item.block.piece.block.map(Self.isUntitledFigure) == true:
                // A figure without a title is its alternative text.
                edit.alternativeTexts[id] = markup
                placed.append(item)
            case .attribution, .alternativeText:
                // DocBook's <attribution> and a figure's textobject have no id: they are found through the
                // quotation or figure, present in the translation or inserted with it.
                if let parent = item.block.parentID, present.contains(parent) {
                    if item.block.kind == .attribution { edit.attributions[parent] = markup } else { edit.alternativeTexts[parent] = markup }
                    placed.append(item)
                } else if let parent = item.block.parentID, decoded.markup[parent] != nil {
                    placed.append(item)
                } else {
                    refusedIDs.insert(id)
                }
            case .footnote where !present.contains(id):
                if let parent = item.block.parentID, present.contains(parent),
                    contribution.blocks.first(where: { $0.id == parent })?.kind == .paragraph
                {
                    edit.append[parent, default: []].append(DocBookMarkup.footnote(id: id, content: markup))
                    placed.append(item)
                } else {
                    refusedIDs.insert(id)
                }
            default:
                if present.contains(id) {
                    edit.replacements[id] = markup
                }
                placed.append(item)
            }
        }
        let inserted = decoded.markup.filter { !present.contains($0.key) }
        let writer = DocBookBlockWriter(translation: { inserted[$0] })
        let planner = DocBookInsertionPlanner(present: present, writer: writer, isImported: { inserted[$0] != nil })
        refusedIDs.formUnion(planner.plan(contribution.original, into: &edit))
        // A piece attached to a block that found no place has none either.
        for item in placed where item.block.kind.isAttached {
            if let parent = item.block.parentID, refusedIDs.contains(parent) { refusedIDs.insert(item.block.id) }
        }
        for id in refusedIDs.sorted() {
            let item = items.first { $0.block.id == id }
            report.diagnostics.append(Diagnostic(ExchangeDiagnostics.notApplicable,
                "unit \"\(id)\" has no place in \(path): neither the block before it nor its section is there",
                remedy: "import the blocks around it first, or enter it by hand", at: item?.location, unit: id))
        }
        placed.removeAll { refusedIDs.contains($0.block.id) }
        guard !placed.isEmpty, !edit.isEmpty else { return nil }
        let result = try DocBookUpdater().apply(edit, to: base.appendingPathComponent(path), displayPath: path)
        return ((path, result.document, .init(path: path, created: false, units: placed.map(\.block.id))), placed)
    }
}
