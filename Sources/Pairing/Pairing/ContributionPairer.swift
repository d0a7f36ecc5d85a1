import Foundation
public import PublicationCore

/// Pairs the blocks of an original contribution with those of its translation, and says for each
/// block whether its translation is there, confirmed, outdated or missing.
///
/// Three situations, chosen from the input:
/// - **XLIFF** (``TranslationSource/units(_:path:)``): a CAT tool returned the translation as XLIFF
///   whose unit ids are the original's block ids. A unit whose `<source>` no longer matches the
///   original's block was translated from an older original: *outdated*.
/// - **Ids** (a translated DocBook document sharing the original's `xml:id`s): blocks pair by id;
///   whether an original changed since its translation was confirmed comes from the ``LockFile``.
/// - **Structure** (a translated document without ids, as a hand translation often is): headings pair
///   with headings, paragraphs with paragraphs, in order, by a dynamic-programming alignment on text
///   length that allows a block to be missing on either side; a divergence is reported where it is.
///
/// ```swift
/// let result = ContributionPairer(lock: lock).pair(id: "07-sisli", original: turkish,
///     originalPath: "Sources-tr/07-sisli.xml", translation: .document(german, path: "Sources-de/07-sisli.xml"))
/// result.counts.missing      // 2
/// result.diagnostics         // align.missing at each missing paragraph
/// ```
public struct ContributionPairer: Sendable {
    /// Fingerprints of the originals of confirmed translations.
    public var lock: LockFile

    /// Creates a pairer.
    public init(lock: LockFile = LockFile()) {
        self.lock = lock
    }

    /// Pairs a contribution.
    ///
    /// - Parameters:
    ///   - id: the contribution's id (for the lock file and for messages).
    ///   - original: the document in the language it was written in.
    ///   - originalPath: the original's path, for messages.
    ///   - translation: where the translation is.
    public func pair(
        id: String, original: ContributionDocument, originalPath: String, translation: TranslationSource
    ) -> ContributionAlignment {
        var work = Work(contribution: id, originalLanguage: original.language ?? .german, lock: lock)
        let pieces = TranslatableBlock.blocks(of: original)
        let leaves = TextLeaf.leaves(from: pieces)
        let title = original.info.title.plainText
        let hasTitle = original.info.title.hasText
        let subtitle = original.info.subtitle.plainText
        let hasSubtitle = original.info.subtitle.hasText
        // Segments: every translatable piece (each is a unit in an XLIFF export), as the file's own count has them.
        work.counts.segments = pieces.count
        work.counts.sourceWords = pieces.reduce(0) { $0 + WordCounter.count($1.text) }
        for leaf in leaves {
            if let blockID = leaf.id { work.fingerprints[blockID] = Fingerprint.of(leaf.text) }
        }
        switch translation {
        case .absent:
            work.method = .none
            for leaf in leaves { work.row(leaf, nil, .missingTranslation) }
            for piece in pieces { work.mark(piece.id, .init(status: .missing)) }
            work.diagnostics.append(Diagnostic(PairingDiagnostics.noTranslation,
                "contribution \"\(id)\" has no \(work.translationLanguage.englishName) translation yet (\(work.counts.segments) segments)",
                remedy: "add the translation's file, or send the original to a translator with `kopru export-missing`",
                at: original.location ?? SourceLocation(file: originalPath, line: 1, column: 1), unit: id))
        case .units(let units, let path):
            work.method = .xliff
            work.pairByUnits(leaves, units: units, original: original, pieces: pieces, path: path)
            work.pairBylines(pieces, original: original, translation: nil, units: units, path: path, format: nil,
                at: original.location)
        case .document(let document, let path, let format):
            let translated = TextLeaf.leaves(of: document)
            work.translatedTitle = document.info.title
            if hasTitle {
                if !document.info.title.hasText {
                    work.mark(original.id, .init(status: .missing))
                    work.diagnostics.append(Diagnostic(PairingDiagnostics.missing,
                        "the title of contribution \"\(id)\" has no \(work.translationLanguage.englishName) translation",
                        remedy: "add <info><title> to \(path)", at: document.location, unit: original.id))
                } else if let articleID = original.id {
                    work.translatedOther(id: articleID, what: "the title of contribution \"\(id)\"", original: title,
                        translation: document.info.title.plainText, location: document.location)
                } else {
                    work.mark(nil, .init(status: .current))
                }
            }
            if hasSubtitle {
                if !document.info.subtitle.hasText {
                    work.mark(original.id.map(ContributionPairer.subtitleID), .init(status: .missing))
                    work.diagnostics.append(Diagnostic(PairingDiagnostics.missing,
                        "the subtitle of contribution \"\(id)\" has no \(work.translationLanguage.englishName) translation",
                        remedy: "add <info><subtitle> to \(path)", at: document.location,
                        unit: original.id.map(ContributionPairer.subtitleID)))
                } else {
                    if let articleID = original.id {
                        work.translatedOther(id: ContributionPairer.subtitleID(articleID),
                            what: "the subtitle of contribution \"\(id)\"", original: subtitle,
                            translation: document.info.subtitle.plainText, location: document.location)
                    } else {
                        work.mark(nil, .init(status: .current))
                    }
                    work.translatedSubtitle = document.info.subtitle
                }
            }
            let pairing = BlockPairing.pair(leaves, translated)
            work.method = pairing.method
            work.pairDocuments(leaves, translated, steps: pairing.steps, path: path)
            work.pairBylines(pieces, original: original, translation: document.info.authors, units: [], path: path,
                format: format, at: document.location ?? SourceLocation(file: path, line: 1, column: 1))
        }
        var alignment = ContributionAlignment(method: work.method, rows: work.rows, translatedTitle: work.translatedTitle,
            pairs: work.pairs, counts: work.counts, diagnostics: work.diagnostics, fingerprints: work.fingerprints)
        alignment.translatedSubtitle = work.translatedSubtitle
        alignment.translatedAuthors = work.translatedAuthors
        alignment.blockStates = work.states
        alignment.decidedBlockIDs = work.decidedIDs
        alignment.originalLanguage = work.originalLanguage
        return alignment
    }

    /// The id of a contribution's subtitle as a unit of an XLIFF translation (``TranslatableBlock/subtitleID(_:)``).
    public static func subtitleID(_ articleID: String) -> String { TranslatableBlock.subtitleID(articleID) }
}

/// The state of one pairing run.
private struct Work {
    let contribution: String
    let originalLanguage: LanguageTag
    let lock: LockFile
    var method = ContributionAlignment.Method.none
    var rows: [AlignedRow] = []
    var pairs: [SegmentPair] = []
    var counts = ContributionAlignment.Counts()
    var diagnostics: [Diagnostic] = []
    var fingerprints: [String: String] = [:]
    var translatedTitle: [Inline]?
    var translatedSubtitle: [Inline]?
    var translatedAuthors: [Author]?
    var states: [String: BlockState] = [:]
    var decidedIDs: [String] = []

    init(contribution: String, originalLanguage: LanguageTag, lock: LockFile) {
        self.contribution = contribution
        self.originalLanguage = originalLanguage
        self.lock = lock
    }

    var translationLanguage: LanguageTag { originalLanguage.partner }

    // MARK: Rows

    mutating func row(_ leaf: TextLeaf, _ translation: Block?, _ status: AlignedRow.Status, translationID: String? = nil) {
        let originalIDs = leaf.id.map { [$0] } ?? []
        let translationIDs = translationID.map { [$0] } ?? (translation == nil ? [] : originalIDs)
        if originalLanguage == .turkish {
            rows.append(AlignedRow(german: translation, turkish: leaf.block, status: status, depth: leaf.depth,
                germanSegmentIDs: translationIDs, turkishSegmentIDs: originalIDs))
        } else {
            rows.append(AlignedRow(german: leaf.block, turkish: translation, status: status, depth: leaf.depth,
                germanSegmentIDs: originalIDs, turkishSegmentIDs: translationIDs))
        }
    }

    // MARK: States

    /// Decides the state of a block: counts it under its status and, when it has an id, records the
    /// state for ``ContributionAlignment/blockStates``. The one place a block is counted and its state
    /// decided, so the counts and the states cannot disagree.
    mutating func mark(_ id: String?, _ state: BlockState) {
        switch state.status {
        case .current: counts.translated += 1
        case .missing, .empty: counts.missing += 1
        case .needsReview: counts.needsReview += 1
        case .outdated: counts.outdated += 1
        }
        guard let id else { return }
        if states.updateValue(state, forKey: id) == nil { decidedIDs.append(id) }
    }

    /// Decides the state of a leaf's block; a missing leaf's footnotes and attached pieces are missing with it.
    mutating func mark(_ leaf: TextLeaf, _ state: BlockState) {
        mark(leaf.id, state)
        if state.status.hasNoTranslation {
            for footnote in leaf.footnotes { mark(footnote.id, .init(status: .missing)) }
            for piece in leaf.attached { mark(piece.id, .init(status: .missing)) }
        }
    }

    mutating func missing(_ leaf: TextLeaf, because reason: String, at location: SourceLocation?,
        status: BlockState.Status = .missing, attachedCounted: Bool = false)
    {
        row(leaf, nil, .missingTranslation)
        if attachedCounted { mark(leaf.id, .init(status: status)) } else { mark(leaf, .init(status: status)) }
        diagnostics.append(Diagnostic(PairingDiagnostics.missing,
            "\(Self.describe(leaf)) has no \(translationLanguage.englishName) translation: \(reason)",
            remedy: "translate it, or send it to a translator with `kopru export-missing`",
            at: location ?? leaf.location, unit: leaf.id))
    }

    mutating func addition(_ leaf: TextLeaf) {
        counts.additions += 1
        if originalLanguage == .turkish {
            rows.append(AlignedRow(german: leaf.block, turkish: nil, status: .addition, depth: leaf.depth,
                germanSegmentIDs: leaf.id.map { [$0] } ?? []))
        } else {
            rows.append(AlignedRow(german: nil, turkish: leaf.block, status: .addition, depth: leaf.depth,
                turkishSegmentIDs: leaf.id.map { [$0] } ?? []))
        }
        diagnostics.append(Diagnostic(PairingDiagnostics.addition,
            "the \(translationLanguage.englishName) translation has \(Self.describe(leaf)) that the original does not have: \"\(leaf.text.excerpt())\"",
            remedy: "remove it from the translation, or add the passage to the original",
            at: leaf.location, unit: leaf.id))
    }

    mutating func pair(_ leaf: TextLeaf, source: InlineText, target: InlineText, state: TranslationState,
        writtenState: String?, location: SourceLocation?)
    {
        pairs.append(SegmentPair(id: "\(contribution)#\(leaf.id ?? "\(rows.count)")", group: contribution,
            source: source, target: target, sourceLanguage: originalLanguage, targetLanguage: translationLanguage,
            state: state, writtenState: writtenState, location: location))
    }

    /// Outdated when the lock file recorded another original text for this block.
    mutating func isOutdatedByLock(_ leaf: TextLeaf) -> Bool {
        isOutdatedByLock(leaf.id, text: leaf.text, earlier: leaf.block.earlierBlockText)
    }

    /// The one rule for a DocBook translation: outdated when the lock file recorded another original text
    /// for the block. A lock file written when a figure's title and alternative text were one block
    /// fingerprinted them together (`earlier`); that entry still confirms an unchanged figure (the next
    /// --accept rewrites it).
    func isOutdatedByLock(_ id: String?, text: String, earlier: String? = nil) -> Bool {
        guard let id, let recorded = lock.fingerprint(contribution: contribution, block: id) else { return false }
        if recorded == Fingerprint.of(text) { return false }
        if let earlier { return recorded != Fingerprint.of(earlier) }
        return true
    }

    /// Counts a translated block without a row of its own (the title, the subtitle, a footnote):
    /// translated, or outdated when the lock file recorded another original text for it; its
    /// fingerprint is kept for `kopru check --accept`.
    mutating func translatedOther(id: String, what: String, original: String, translation: String,
        location: SourceLocation?)
    {
        fingerprints[id] = Fingerprint.of(original)
        let isOutdated = isOutdatedByLock(id, text: original)
        mark(id, .init(status: isOutdated ? .outdated : .current, translationText: translation))
        guard isOutdated else { return }
        diagnostics.append(Diagnostic(PairingDiagnostics.outdated,
            "the \(translationLanguage.englishName) translation of \(what) is outdated: the original changed after the translation was confirmed",
            remedy: "update the translation, then confirm it with `kopru check --accept \(id)`", at: location, unit: id))
    }

    /// Counts the footnotes of a leaf whose translation is `partner`: translated when the partner has a
    /// footnote with the same id (or, without ids, at the same position).
    mutating func countFootnotes(of leaf: TextLeaf, partner: TextLeaf?) {
        for (index, footnote) in leaf.footnotes.enumerated() {
            let match = partner.flatMap { leaf.footnotePartner(index, in: $0) }
            if let partner, let match, !partner.footnotes[match].text.isBlank || footnote.text.isBlank {
                if let footnoteID = footnote.id {
                    translatedOther(id: footnoteID, what: "footnote \"\(footnoteID)\" of \(Self.describe(leaf))",
                        original: footnote.text, translation: partner.footnotes[match].text, location: partner.location)
                } else {
                    mark(nil, .init(status: .current))
                }
            } else {
                // No footnote at its place in the translation, or an empty one (the place kept for a
                // translation still to come).
                let empty = match != nil
                mark(footnote.id, .init(status: empty ? .empty : .missing))
                diagnostics.append(Diagnostic(PairingDiagnostics.missing,
                    "footnote \"\(footnote.id ?? "\(index + 1)")\" of \(Self.describe(leaf)) has no \(translationLanguage.englishName) translation\(empty ? ": the footnote is empty in the translation" : "")",
                    remedy: empty ? "translate it, or send it to a translator with `kopru export-missing`"
                        : "add the footnote to the translation", at: partner?.location ?? leaf.location,
                    unit: footnote.id))
            }
        }
    }

    /// Counts the attached pieces of a leaf whose translation is `partner` (a quotation's attribution, a
    /// figure's alternative text): translated when the partner has a piece of the same kind.
    mutating func countAttached(of leaf: TextLeaf, partner: TextLeaf) {
        for piece in leaf.attached {
            let what = "\(Self.describe(piece.kind)) of \(Self.describe(leaf))"
            if let translated = partner.attached(piece.kind) {
                if let id = piece.id {
                    translatedOther(id: id, what: what, original: piece.text, translation: translated.text,
                        location: partner.location)
                } else {
                    mark(nil, .init(status: .current))
                }
                continue
            }
            mark(piece.id, .init(status: .missing))
            let element = piece.kind == .attribution ? "<attribution> to the quotation" : "<textobject><phrase> to the figure's <mediaobject>"
            diagnostics.append(Diagnostic(PairingDiagnostics.missing,
                "\(what) (\"\(piece.text.excerpt(limit: 40))\") has no \(translationLanguage.englishName) translation",
                remedy: "add \(element) in the translation", at: partner.location, unit: piece.id))
        }
    }

    /// How a message names an attached piece.
    static func describe(_ kind: TranslatableBlock.Kind) -> String {
        kind == .attribution ? "the attribution" : "the alternative text"
    }

    mutating func outdated(_ leaf: TextLeaf, translation: Block, translationID: String? = nil, detail: String,
        location: SourceLocation?, state: BlockState, inXLIFF: Bool = false)
    {
        row(leaf, translation, .outdated, translationID: translationID)
        mark(leaf.id, state)
        let remedy = inXLIFF
            ? Self.xliffOutdatedRemedy
            : "update the translation, then confirm it with `kopru check --accept \(leaf.id ?? "BLOCK-ID")`"
        diagnostics.append(Diagnostic(PairingDiagnostics.outdated,
            "the \(translationLanguage.englishName) translation of \(Self.describe(leaf)) is outdated: \(detail)",
            remedy: remedy, at: location ?? leaf.location, unit: leaf.id))
    }

    // MARK: By XLIFF units

    mutating func pairByUnits(_ leaves: [TextLeaf], units: [TranslationUnit], original: ContributionDocument,
        pieces: [TranslatableBlock], path: String)
    {
        var byID: [String: TranslationUnit] = [:]
        for unit in units where byID[unit.id] == nil { byID[unit.id] = unit }
        var used: Set<String> = []
        // The title's unit has the article's id; the subtitle's the article's id with -subtitle.
        for (text, what, unitID) in [
            (original.info.title, "the title of contribution \"\(contribution)\"", original.id),
            (original.info.subtitle, "the subtitle of contribution \"\(contribution)\"",
                original.id.map(ContributionPairer.subtitleID)),
        ] where text.hasText {
            guard let unitID, let unit = byID[unitID] else {
                mark(unitID, .init(status: .missing))
                diagnostics.append(Diagnostic(PairingDiagnostics.missing,
                    "\(what) has no \(translationLanguage.englishName) translation: \(path) has no unit \"\(unitID ?? "(the article has no xml:id)")\"",
                    remedy: original.id == nil ? "give the article an xml:id and add a unit with that id"
                        : "export what is missing with `kopru export-missing` and import the translation",
                    at: original.location))
                continue
            }
            used.insert(unitID)
            countUnit(unit, what: what, original: text.plainText, path: path)
            guard let target = unit.joinedTarget, !target.hasNoText else { continue }
            if unitID == original.id { translatedTitle = target.inlines } else { translatedSubtitle = target.inlines }
        }
        for leaf in leaves {
            guard let id = leaf.id else {
                missing(leaf, because: "the block has no id, so no XLIFF unit can refer to it", at: leaf.location)
                continue
            }
            // Footnotes and attached pieces count by their own units, whether or not the block has one; without
            // the block's unit, the block's finding covers those missing too.
            let leafUnit = byID[id]
            for footnote in leaf.footnotes {
                guard let footnoteID = footnote.id, let footnoteUnit = byID[footnoteID] else {
                    mark(footnote.id, .init(status: .missing))
                    guard leafUnit != nil else { continue }
                    diagnostics.append(Diagnostic(PairingDiagnostics.missing,
                        "footnote \"\(footnote.id ?? "?")\" of \(Self.describe(leaf)) has no \(translationLanguage.englishName) translation: \(footnote.id == nil ? "the footnote has no id, so no XLIFF unit can refer to it" : "\(path) has no unit \"\(footnote.id ?? "")\"")",
                        remedy: footnote.id == nil ? "give the footnote an xml:id and add a unit with that id"
                            : "export what is missing with `kopru export-missing` and import the translation",
                        at: leaf.location, unit: footnote.id))
                    continue
                }
                used.insert(footnoteID)
                countUnit(footnoteUnit, what: "footnote \"\(footnoteID)\" of \(Self.describe(leaf))", original: footnote.text, path: path)
            }
            for piece in leaf.attached {
                let what = "\(Self.describe(piece.kind)) of \(Self.describe(leaf))"
                if let pieceID = piece.id, let pieceUnit = byID[pieceID] {
                    used.insert(pieceID)
                    countUnit(pieceUnit, what: what, original: piece.text, path: path)
                } else {
                    mark(piece.id, .init(status: .missing))
                    guard leafUnit != nil else { continue }
                    diagnostics.append(Diagnostic(PairingDiagnostics.missing,
                        "\(what) has no \(translationLanguage.englishName) translation: \(path) has no unit \"\(piece.id ?? "?")\"",
                        remedy: "export what is missing with `kopru export-missing` and import the translation",
                        at: leaf.location, unit: piece.id))
                }
            }
            guard let unit = leafUnit else {
                missing(leaf, because: "\(path) has no unit \"\(id)\"", at: leaf.location, attachedCounted: true)
                continue
            }
            used.insert(id)
            let state = unit.leastAdvancedState
            guard let target = unit.joinedTarget, state != .missing, state != .empty else {
                let reason = state == .empty ? "its unit in \(path) has an empty target" : "its unit in \(path) has no target"
                missing(leaf, because: reason, at: unit.location, status: state == .empty ? .empty : .missing,
                    attachedCounted: true)
                continue
            }
            let footnotes: [(String, [Inline])] = leaf.footnotes.compactMap { footnote in
                guard let footnoteID = footnote.id, let unit = byID[footnoteID], let text = unit.joinedTarget,
                    !text.hasNoText
                else { return nil }
                return (footnoteID, text.inlines)
            }
            // A translated footnote goes where the translator put its marker (the target's code with the id
            // of the source's marker); one whose marker is not found goes at the end of the block.
            var unplaced = Dictionary(footnotes, uniquingKeysWith: { first, _ in first })
            let markers = footnotes.isEmpty ? [:] : unit.joinedSource.footnoteMarkers(for: leaf.footnotes.map(\.id))
            let content = target.inlines { code in
                guard let codeID = code.id, let footnoteID = markers[codeID],
                    let text = unplaced.removeValue(forKey: footnoteID)
                else { return nil }
                return .footnote(id: footnoteID, [.paragraph(Paragraph(content: text))])
            }
            let translation = Self.replacingText(of: leaf.block, with: content,
                footnotes: footnotes.filter { unplaced[$0.0] != nil },
                attached: { kind in
                    leaf.attached(kind)?.id.flatMap { byID[$0]?.joinedTarget }.flatMap { $0.hasNoText ? nil : $0.inlines }
                })
            let writtenState = unit.segments.first?.writtenState
            let location = unit.segments.first?.location ?? unit.location
            pair(leaf, source: unit.segments.first?.source ?? InlineText(leaf.text), target: target, state: state,
                writtenState: writtenState, location: location)
            let unitSource = unit.joinedSource.plainText
            if !unit.isMade(from: leaf.text, orFrom: leaf.block.earlierBlockText) {
                outdated(leaf, translation: translation,
                    detail: "it was made from \"\(unitSource.excerpt())\", but the original now reads \"\(leaf.text.excerpt())\"",
                    location: location,
                    state: .init(status: .outdated, translationText: target.plainText, translation: target,
                        oldSource: unitSource),
                    inXLIFF: true)
                continue
            }
            switch state {
            case .translated:
                row(leaf, translation, .translated)
                mark(id, .init(status: .current, translationText: target.plainText, translation: target))
            default:
                row(leaf, translation, .needsReview)
                mark(id, .init(status: .needsReview, translationText: target.plainText, translation: target))
                diagnostics.append(Diagnostic(PairingDiagnostics.needsReview,
                    "the \(translationLanguage.englishName) translation of \(Self.describe(leaf)) is not confirmed (state \"\(writtenState ?? "none")\")",
                    remedy: "review it and set its state to translated or final",
                    at: location, unit: id))
            }
        }
        // The byline's units are paired by pairBylines.
        for piece in pieces where piece.kind.isByline {
            if let id = piece.id { used.insert(id) }
        }
        for unit in units where !used.contains(unit.id) {
            diagnostics.append(Diagnostic(PairingDiagnostics.unknownUnit,
                "unit \"\(unit.id)\" in \(path) matches no block of the original",
                remedy: "the block was removed from the original, or its id changed; remove the unit or fix the id",
                at: unit.location, unit: unit.id))
        }
    }

    /// Counts a unit that has no row of its own (the title, the subtitle, a footnote) by the rules of a
    /// row's unit: missing or empty, outdated when its source is not the original's text any more,
    /// else translated or not confirmed.
    mutating func countUnit(_ unit: TranslationUnit, what: String, original: String, path: String) {
        let state = unit.leastAdvancedState
        let target = unit.joinedTarget
        let unitSource = unit.joinedSource.plainText
        if let target, state != .missing, state != .empty, !unit.isMade(from: original) {
            mark(unit.id, .init(status: .outdated, translationText: target.plainText, translation: target,
                oldSource: unitSource))
            diagnostics.append(Diagnostic(PairingDiagnostics.outdated,
                "the \(translationLanguage.englishName) translation of \(what) is outdated: it was made from \"\(unitSource.excerpt())\", but the original now reads \"\(original.excerpt())\"",
                remedy: Self.xliffOutdatedRemedy, at: unit.segments.first?.location ?? unit.location, unit: unit.id))
            return
        }
        switch state {
        case .translated:
            mark(unit.id, .init(status: .current, translationText: target?.plainText, translation: target))
        case .needsReview, .untranslated:
            mark(unit.id, .init(status: .needsReview, translationText: target?.plainText, translation: target))
            diagnostics.append(Diagnostic(PairingDiagnostics.needsReview,
                "the \(translationLanguage.englishName) translation of \(what) is not confirmed (state \"\(unit.segments.first?.writtenState ?? "none")\")",
                remedy: "review it and set its state to translated or final",
                at: unit.segments.first?.location ?? unit.location, unit: unit.id))
        case .missing, .empty:
            mark(unit.id, .init(status: state == .empty ? .empty : .missing))
            diagnostics.append(Diagnostic(PairingDiagnostics.missing,
                "\(what) has no \(translationLanguage.englishName) translation: its unit in \(path) has no target",
                remedy: "translate it, or send it to a translator with `kopru export-missing`",
                at: unit.location, unit: unit.id))
        }
    }

    // MARK: Bylines

    /// Pairs the byline: each author's name and organisation with the translation's author at the same
    /// position (a DocBook translation's `<author>`s), or with the units named by
    /// ``TranslatableBlock/authorID(_:_:)`` and ``TranslatableBlock/organisationID(_:_:)`` (an XLIFF
    /// translation). Keeps the translated byline, with an empty name or organisation where the
    /// translation has none, for the writers' placeholder.
    mutating func pairBylines(_ pieces: [TranslatableBlock], original: ContributionDocument, translation: [Author]?,
        units: [TranslationUnit], path: String, format: DocumentFormat?, at location: SourceLocation?)
    {
        guard !original.info.authors.isEmpty else { return }
        var byID: [String: TranslationUnit] = [:]
        for unit in units where byID[unit.id] == nil { byID[unit.id] = unit }
        var authors = original.info.authors.map { Author(name: "", organisation: $0.organisation == nil ? nil : "") }
        // Chosen by the format the translation was read in, whatever its file is called (.dotx, .ott).
        let isOffice = format?.isOffice ?? false
        // The translation's author that answers each of the original's: the one at the same place, but a Word
        // or OpenDocument translation holds no empty author (an Author paragraph without text is none), so its
        // authors answer, in order, the original's authors that have a piece (a name or an organisation).
        var officeRank: [Int: Int] = [:]
        if isOffice {
            for piece in pieces where piece.kind.isByline {
                if let index = piece.authorIndex, officeRank[index] == nil { officeRank[index] = officeRank.count }
            }
        }
        for piece in pieces where piece.kind.isByline {
            guard let index = piece.authorIndex else { continue }
            let position = officeRank[index] ?? index
            let isName = piece.kind == .author
            let what = isName
                ? "author \(index + 1) of the byline of contribution \"\(contribution)\" (\"\(piece.text.excerpt(limit: 40))\")"
                : "the organisation of author \(index + 1) of contribution \"\(contribution)\" (\"\(piece.text.excerpt(limit: 40))\")"
            var translated: String?
            if let translation {
                let partner = position < translation.count ? translation[position] : nil
                let text = isName ? partner?.name : partner?.organisation
                if let text, !text.isBlank {
                    translated = text
                    if let id = piece.id {
                        translatedOther(id: id, what: what, original: piece.text, translation: text, location: location)
                    } else {
                        mark(nil, .init(status: .current))
                    }
                }
            } else if let id = piece.id, let unit = byID[id] {
                countUnit(unit, what: what, original: piece.text, path: path)
                if let target = unit.joinedTarget, !target.hasNoText { translated = target.plainText }
            }
            if let translated {
                if isName { authors[index].name = translated } else { authors[index].organisation = translated }
                continue
            }
            guard translation != nil || piece.id == nil || byID[piece.id ?? ""] == nil else { continue }
            mark(piece.id, .init(status: .missing))
            // Without officeRank (not a Word or OpenDocument translation) the position is the index.
            let reason = translation != nil
                ? "\(path) has no \(isName ? "author" : "organisation") at position \(position + 1) of its \(isOffice ? "Author paragraphs" : "<info>")"
                : piece.id.map { "\(path) has no unit \"\($0)\"" } ?? "the article has no xml:id, so no XLIFF unit can refer to it"
            let remedy = translation == nil
                ? "export what is missing with `kopru export-missing` and import the translation"
                : isOffice
                    ? "write the translated \(isName ? "name" : "organisation") in \(path) (a paragraph in the Author style under the title; Köprü does not write into Word or OpenDocument files)"
                    : "add the translated <author> (with <personname> and <affiliation><orgname>) to <info> in \(path)"
            diagnostics.append(Diagnostic(PairingDiagnostics.missing,
                "\(what) has no \(translationLanguage.englishName) translation: \(reason)", remedy: remedy,
                at: location, unit: piece.id))
        }
        translatedAuthors = authors
    }

    // MARK: Two documents

    /// Pairs the leaves of two documents along the steps of ``BlockPairing``, the decision `kopru align`
    /// takes too.
    mutating func pairDocuments(_ leaves: [TextLeaf], _ translated: [TextLeaf], steps: [BlockSequenceAligner.Step],
        path: String)
    {
        for step in steps {
            switch (step.original, step.translation) {
            case (let o?, let t?):
                let leaf = leaves[o]
                let partner = translated[t]
                if partner.text.isBlank, !leaf.text.isBlank {
                    // An empty block (`<para xml:id="p4"/>`, a placeholder for the translator) is no translation.
                    missing(leaf, because: "\(Self.describe(partner)) of \(path) is empty", at: partner.location,
                        status: .empty)
                    continue
                }
                if isOutdatedByLock(leaf) {
                    // The row names the translation's block as a translated row does, so that confirming it
                    // (ContributionAlignment.confirm) gives the row pairing again would.
                    outdated(leaf, translation: partner.block, translationID: partner.id,
                        detail: "the original changed after the translation was confirmed", location: partner.location,
                        state: .init(status: .outdated, translationText: partner.text))
                } else {
                    row(leaf, partner.block, .translated, translationID: partner.id)
                    mark(leaf.id, .init(status: .current, translationText: partner.text))
                }
                pair(leaf, source: InlineText(leaf.text), target: InlineText(partner.text), state: .translated,
                    writtenState: nil, location: partner.location)
                countFootnotes(of: leaf, partner: partner)
                countAttached(of: leaf, partner: partner)
                checkSentences(leaf, partner)
            case (let o?, nil) where method == .ids:
                let leaf = leaves[o]
                missing(leaf, because: "\(path) has no block with id \"\(leaf.id ?? "?")\"", at: leaf.location)
            case (let o?, nil):
                missing(leaf: leaves[o], near: step.nearTranslation.map { translated[$0] }, path: path)
            case (nil, let t?):
                addition(translated[t])
            case (nil, nil):
                break
            }
        }
    }

    mutating func missing(leaf: TextLeaf, near neighbour: TextLeaf?, path: String) {
        // A Word paragraph is found by its number ("docx-p12"), not by a line of its XML part.
        let derived = neighbour?.id.flatMap { DerivedBlockID.isDerived($0) ? $0 : nil }
        let place = derived.map { " (expected near \"\($0)\" of \(path))" }
            ?? neighbour?.location.map { " (expected near line \($0.line) of \(path))" } ?? ""
        missing(leaf, because: "no block of \(path) corresponds to it\(place)", at: leaf.location)
    }

    // MARK: Sentences

    /// Aligns the sentences of a paired paragraph (or list item, or quote) and reports an original
    /// sentence that has no counterpart — a sentence the translator skipped — and, as a note, a
    /// translated sentence without an original.
    mutating func checkSentences(_ leaf: TextLeaf, _ partner: TextLeaf) {
        if leaf.isHeading { return }
        let originalSentences = SentenceSegmenter(language: originalLanguage).sentences(in: leaf.text)
        let translatedSentences = SentenceSegmenter(language: translationLanguage).sentences(in: partner.text)
        guard originalSentences.count > 1 || translatedSentences.count > 1 else { return }
        let germanFirst = originalLanguage == .german
        let alignment = SentenceAligner().align(german: germanFirst ? originalSentences : translatedSentences,
            turkish: germanFirst ? translatedSentences : originalSentences)
        for link in alignment.links where link.confidence >= Self.sentenceConfidence {
            let originalIndices = germanFirst ? link.german : link.turkish
            let translatedIndices = germanFirst ? link.turkish : link.german
            if translatedIndices.isEmpty, let index = originalIndices.first {
                diagnostics.append(Diagnostic(PairingDiagnostics.missingSentence,
                    "sentence \(index + 1) of \(Self.describe(leaf)) has no \(translationLanguage.englishName) translation: \"\(originalSentences[index].excerpt())\"",
                    remedy: "translate the sentence, or confirm that leaving it out was intended",
                    at: partner.location, unit: leaf.id,
                    notes: ["confidence \(String(format: "%.2f", link.confidence))"]))
            } else if originalIndices.isEmpty, let index = translatedIndices.first {
                diagnostics.append(Diagnostic(PairingDiagnostics.addedSentence,
                    "the \(translationLanguage.englishName) translation of \(Self.describe(leaf)) has a sentence the original does not have: \"\(translatedSentences[index].excerpt())\"",
                    remedy: "check whether it belongs there",
                    at: partner.location, unit: leaf.id,
                    notes: ["confidence \(String(format: "%.2f", link.confidence))"]))
            }
        }
    }

    /// Sentence links below this confidence are not reported (the aligner is right about 99.8 % of the
    /// time above 0.9, see docs/alignment.md).
    static let sentenceConfidence = 0.9

    /// What to do about an XLIFF unit made from an earlier original.
    static let xliffOutdatedRemedy =
        "update the translation in the XLIFF file so that its source is the current original (export it with `kopru export-missing`, translate it, and `kopru import` it)"

    // MARK: Helpers

    static func replacingText(of block: Block, with inlines: [Inline], footnotes: [(String, [Inline])],
        attached: (TranslatableBlock.Kind) -> [Inline]? = { _ in nil }) -> Block
    {
        var content = inlines
        for (footnoteID, text) in footnotes {
            content.append(.footnote(id: footnoteID, [.paragraph(Paragraph(content: text))]))
        }
        switch block {
        case .section(let section):
            return .section(Section(id: section.id, title: content, blocks: [], location: nil))
        case .paragraph(let paragraph):
            return .paragraph(Paragraph(id: paragraph.id, content: content, originalElement: paragraph.originalElement))
        case .list(let list):
            let item = ListItem(id: list.items.first?.id, blocks: [.paragraph(Paragraph(content: content))])
            return .list(ListBlock(id: list.id, isOrdered: list.isOrdered, items: [item]))
        case .quote(let quote):
            return .quote(Quote(id: quote.id, attribution: attached(.attribution) ?? [],
                blocks: [.paragraph(Paragraph(content: content))]))
        case .figure(let figure):
            // A figure without a title is its alternative text: the block's translation is that text.
            guard figure.hasTitle else {
                return .figure(Figure(id: figure.id, imagePath: figure.imagePath, alternativeText: content.plainText))
            }
            // Without a translated alternative text the image has none in this language (reported missing),
            // as with a DocBook translation whose figure has none: never the original's words under the
            // translation's language.
            return .figure(Figure(id: figure.id, title: content, imagePath: figure.imagePath,
                alternativeText: attached(.alternativeText)?.plainText ?? ""))
        }
    }

    static func describe(_ leaf: TextLeaf) -> String {
        let kind: String
        switch leaf.block {
        case .section: kind = "the heading"
        case .paragraph: kind = "paragraph"
        case .list: kind = "list item"
        case .quote: kind = "quotation"
        case .figure: kind = "figure"
        }
        if let id = leaf.id { return "\(kind) \"\(id)\"" }
        return "\(kind) \"\(leaf.text.excerpt(limit: 40))\""
    }


}
