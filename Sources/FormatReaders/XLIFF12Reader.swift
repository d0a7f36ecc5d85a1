import PublicationCore
import XMLSource

/// Reads an XLIFF 1.0, 1.1 or 1.2 document (namespace-less TYPO3 files included) from the parser's
/// events and hands every `<trans-unit>` to its ``ReadContext`` as a ``TranslationUnit`` when the
/// unit's end tag is read.
///
/// ```xml
/// <file original="grussworte.txt" source-language="de" target-language="tr">
///   <body>
///     <trans-unit id="gruss" approved="yes">
///       <source>Willkommen in <g id="1">Osnabrück</g></source>
///       <target state="final">Osnabrück'e <g id="1">hoş geldiniz</g></target>
///     </trans-unit>
/// ```
///
/// gives one unit `gruss` (file key `grussworte.txt`) with one segment in state
/// ``TranslationState/translated``, whose source and target each hold an opening and a closing
/// `g` code with id `1`. With a `<seg-source>` of `<mrk mtype="seg">` elements, every `mrk` is a
/// segment, and the target's `mrk`s are matched to them by `mid`.
///
/// What the reader keeps while it streams: the unit being read, the open elements, and for duplicate
/// detection one 64-bit hash and a position per unit id. `<alt-trans>`, `<context-group>`,
/// `<count-group>`, `<prop-group>`, `<header>` and elements of other namespaces are skipped.
final class XLIFF12Reader: FormatEventHandler {
    /// The role of an open element, pushed when it starts and popped when it ends.
    enum Frame {
        case document, file, body, group, binUnit, unit
        case source, segSource, target, note
        /// A `<mrk mtype="seg">` of the `<seg-source>` or of the `<target>`.
        case sourceSegment, targetSegment
        /// A `<g>`: its end adds this closing code.
        case pairedCode(InlineCode)
        /// A `<mrk>` that is not a segment: its end adds this marker end.
        case marker(InlineCode)
        /// An element whose text is kept but which is not a code (`<sub>` outside a code, extensions).
        case transparent
    }

    /// Where the text being read goes.
    enum Sink {
        /// Nowhere: structure, or text of `<seg-source>` outside its segments.
        case none
        /// The `<source>`.
        case source
        /// The current segment of the `<seg-source>`.
        case sourceSegment
        /// The `<target>`.
        case target
        /// The `<target>` and its current segment.
        case targetSegment
    }

    /// The `<file>` being read.
    struct FileScope {
        /// Its `original`, the first half of every unit's key.
        var key: String
        /// Its index in ``ReadContext/files``.
        var index: Int
    }

    /// An open `<group>`.
    struct GroupScope {
        var id: String?
        var translate: Bool?
    }

    /// A code that carries native data (`bpt`, `ept`, `ph`, `it`): everything inside it is its data.
    struct DataCode {
        var code: InlineCode
        var bytes: [UInt8] = []
        /// How many elements (such as `<sub>`) are open inside it.
        var depth = 0
    }

    let context: ReadContext
    /// The namespace of the root element: XLIFF elements are in it, all others are extensions.
    var namespace = ""
    var frames: [Frame] = []
    /// When above zero, the reader is inside an element it skips, this many levels deep.
    var skipDepth = 0
    var file: FileScope?
    var groups: [GroupScope] = []
    var unit: UnitDraft?
    var sink = Sink.none
    /// Text not yet added to the sink, as UTF-8 bytes.
    var pendingText: [UInt8] = []
    var dataCode: DataCode?
    var noteBytes: [UInt8]?
    /// Each unit id seen: hash of `fileKey\0id` → the line of the first unit with that id.
    var seenUnitIDs = UnitIDTable()
    /// The ids of the units that start on the line of their `<file>` start tag, when an earlier
    /// `<file>` element has a unit on that line too (files written on one line): hash → ``fileCount``
    /// of their `<file>` element. Created only for such files.
    var sameLineUnitIDs: UnitIDTable?
    /// The line of the current `<file>` start tag.
    var fileLine = 0
    /// Whether a unit of an earlier `<file>` element starts on ``fileLine``.
    var fileLineIsShared = false
    /// The line of the last unit whose id was recorded.
    var lastUnitLine = 0
    var fileCount = 0
    var isFinished = false

    init(context: ReadContext) {
        self.context = context
    }

    func finish(isWellFormed: Bool) {
        isFinished = true
        // A unit still open was cut off by a parser error: neither it nor its problems are reported.
        unit = nil
        seenUnitIDs = UnitIDTable()
        sameLineUnitIDs = nil
    }

    // MARK: Events

    func startElement(_ tag: XMLStartTag) {
        if isFinished { return }
        if skipDepth > 0 { skipDepth += 1; return }
        if dataCode != nil { dataCode!.depth += 1; return }
        guard let parent = frames.last else {
            startDocument(tag)
            return
        }
        let isXLIFF = tag.name.namespace == namespace
        let local = tag.name.local
        switch parent {
        case .document:
            if isXLIFF && local == "file" { startFile(tag) } else { skip() }
        case .file:
            // <header> holds tool data and file-level notes: nothing that belongs to a unit.
            if isXLIFF && local == "body" { frames.append(.body) } else { skip() }
        case .body, .group, .binUnit:
            guard isXLIFF else { skip(); return }
            switch local {
            case "group": startGroup(tag)
            case "trans-unit": startUnit(tag)
            // A <bin-unit> is no translation unit, but the <trans-unit>s inside it are.
            case "bin-unit": frames.append(.binUnit)
            default: skip()
            }
        case .unit:
            guard isXLIFF else { skip(); return }
            switch local {
            case "source": startSource(tag)
            case "seg-source": startSegSource(tag)
            case "target": startTarget(tag)
            case "note": startNote(tag)
            case "alt-trans":
                unit?.alternativeCount += 1
                skip()
            default: skip()
            }
        case .note:
            skip()
        case .source, .segSource, .target, .sourceSegment, .targetSegment, .pairedCode, .marker, .transparent:
            startInline(tag, isXLIFF: isXLIFF)
        }
    }

    func endElement(_ name: XMLName, line: Int, column: Int) {
        if isFinished { return }
        if skipDepth > 0 { skipDepth -= 1; return }
        if let open = dataCode {
            if open.depth > 0 { dataCode!.depth -= 1; return }
            endDataCode(open)
            return
        }
        guard let frame = frames.popLast() else { return }
        switch frame {
        case .document, .body, .binUnit, .transparent:
            break
        case .file:
            file = nil
            groups = []
        case .group:
            groups.removeLast()
        case .unit:
            endUnit()
        case .source, .segSource, .target:
            flushText()
            sink = .none
        case .sourceSegment:
            flushText()
            sink = .none
        case .targetSegment:
            flushText()
            sink = .target
        case .pairedCode(let closing):
            append(.code(closing))
        case .marker(let end):
            append(.code(end))
        case .note:
            endNote()
        }
    }

    func characters(_ text: UnsafeRawBufferPointer) {
        if isFinished || skipDepth > 0 { return }
        if dataCode != nil {
            dataCode!.bytes.append(contentsOf: text)
        } else if sink != .none {
            pendingText.append(contentsOf: text)
        } else if noteBytes != nil {
            noteBytes!.append(contentsOf: text)
        }
    }

    // MARK: Structure

    /// Skips the element just started, with everything inside it.
    func skip() {
        skipDepth = 1
    }

    private func startDocument(_ tag: XMLStartTag) {
        namespace = tag.name.namespace
        context.statistics.version = tag.attribute("version")
        frames.append(.document)
    }

    private func startFile(_ tag: XMLStartTag) {
        let key = tag.attribute("original") ?? ""
        let sourceLanguage = tag.attribute("source-language").flatMap(LanguageTag.init)
        let targetLanguage = tag.attribute("target-language").flatMap(LanguageTag.init)
        let location = context.location(line: tag.line, column: tag.column)
        if sourceLanguage == nil {
            context.report(XLIFF12Diagnostics.missingSourceLanguage(file: key, at: location))
        }
        context.files.append(XLIFFFileInfo(key: key, sourceLanguage: sourceLanguage,
            targetLanguage: targetLanguage, location: location))
        if context.statistics.sourceLanguage == nil { context.statistics.sourceLanguage = sourceLanguage }
        if context.statistics.targetLanguage == nil { context.statistics.targetLanguage = targetLanguage }
        fileCount += 1
        fileLine = tag.line
        fileLineIsShared = fileCount > 1 && lastUnitLine == tag.line
        file = FileScope(key: key, index: context.files.count - 1)
        groups = []
        frames.append(.file)
    }

    private func startGroup(_ tag: XMLStartTag) {
        groups.append(GroupScope(id: tag.attribute("id"), translate: tag.attribute("translate").map { $0 != "no" }))
        frames.append(.group)
    }

    private func startNote(_ tag: XMLStartTag) {
        guard unit != nil else { skip(); return }
        unit?.noteAttributes = attributes(of: tag, except: [])
        noteBytes = []
        frames.append(.note)
    }

    private func endNote() {
        guard let bytes = noteBytes else { return }
        noteBytes = nil
        let attributes = unit?.noteAttributes ?? [:]
        unit?.notes.append(Note(String(decoding: bytes, as: UTF8.self), attributes: attributes))
    }

    /// The attributes of a start tag by qualified name, without those named (local names, no namespace).
    func attributes(of tag: XMLStartTag, except excluded: Set<String>) -> [String: String] {
        var result: [String: String] = [:]
        for attribute in tag.attributes {
            if attribute.name.namespace.isEmpty && excluded.contains(attribute.name.local) { continue }
            result[attribute.name.qualified] = attribute.value
        }
        return result
    }
}
