import PublicationCore
import XMLSource

/// Reads an XLIFF 1.0, 1.1 or 1.2 document (namespace-less TYPO3 files included) from the parser's
/// events and hands every `<trans-unit>` to its ``ReadContext`` as a ``TranslationUnit`` when the
/// unit's end tag is read, or as a ``UnitTally`` when the context asks for counts only
/// (``UnitDetail/counts``: no unit, segment or inline text is built then).
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
/// detection one 64-bit hash and a line per unit id. `<alt-trans>`, `<context-group>`,
/// `<count-group>`, `<prop-group>`, `<header>` and elements of other namespaces are skipped.
///
/// The reader's state is a ``Core`` value in memory the reader owns: the event methods mutate it
/// through a pointer, so the millions of small changes a large file causes need neither reference
/// counting of the reader nor the run-time exclusivity checks that stored properties of a class get.
final class XLIFF12Reader: FormatEventHandler {
    /// The role of an open element, pushed when it starts and popped when it ends.
    enum Frame {
        case document, file, body, group, binUnit, unit
        case source, segSource, target, note
        /// A `<mrk mtype="seg">` of the `<seg-source>` or of the `<target>`.
        case sourceSegment, targetSegment
        /// A `<g>`: its end adds the closing code on top of ``Core/closingCodes``.
        case pairedCode
        /// A `<mrk>` that is not a segment: its end adds the marker end on top of ``Core/closingCodes``.
        case marker
        /// An element whose text is kept but which is not a code (`<sub>` outside a code, extensions).
        case transparent
        /// A `<bx>` or `<ex>`, empty in XLIFF 1.2: text in it is kept, with a warning.
        case emptyCode
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
        /// The key's part of the hash of every unit id of the file (``XLIFF12Reader/Core/hash(prefix:)``),
        /// worked out once.
        var keyHash: UInt64
        /// Its index in ``ReadContext/files``.
        var index: Int
        /// Whether its target language is still unknown (then the first `<target xml:lang>` gives it).
        var lacksTargetLanguage: Bool
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
        /// How many `<sub>` elements it has held so far.
        var subCount = 0
    }

    /// Everything the reader changes while it reads; its methods (in the `XLIFF12Reader+…` files) do the work.
    struct Core {
        let context: ReadContext
        /// Whether units are built, with the attributes and data of their codes and their notes
        /// (``UnitDetail/full``). Otherwise (``UnitDetail/counts``) no unit, segment or inline text is
        /// built: each text of the unit is a ``TextTally`` fed as the text streams by, and the unit's end
        /// emits a ``UnitTally``.
        let keepsDetail: Bool
        /// The namespace of the root element: XLIFF elements are in it, all others are extensions.
        var namespace = ""
        var frames: [Frame] = []
        /// The closing codes of the open `<g>` and `<mrk>` elements, innermost last.
        var closingCodes: [InlineCode] = []
        /// The open `<bx>` and `<ex>` elements.
        var emptyCodeStarts: [EmptyCodeStart] = []
        /// When above zero, the reader is inside an element it skips, this many levels deep.
        var skipDepth = 0
        var file: FileScope?
        var groups: [GroupScope] = []
        /// Whether a `<trans-unit>` is open; ``unit`` holds what has been read of it.
        var hasUnit = false
        var unit = UnitDraft()
        var sink = Sink.none
        /// How many runs and codes the last `<source>` or `<target>` had (at most 16): the room reserved
        /// for the next one, since the units of a file tend to look alike.
        var elementCountHint = 0
        /// Text not yet added to the sink, as UTF-8 bytes (when units are built).
        var pendingText: [UInt8] = []
        /// Whether text has come to the sink since it last took a run: the tallies' ``pendingText``.
        var hasPendingText = false
        /// Whether that text holds a byte other than ASCII white space (noted inside `<bx>` and `<ex>` only).
        var pendingHasText = false
        var dataCode: DataCode?
        /// The elements open inside ``dataCode``, innermost last: `<sub>` flows and the codes inside them.
        var subflowFrames: [SubflowFrame] = []
        /// Whether a `<note>` of the unit is open; ``noteBytes`` holds its text.
        var isInNote = false
        var noteBytes: [UInt8] = []
        /// The `state` values seen, each kept once, with the translation states they give.
        var states = StateTable()
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
            keepsDetail = context.unitDetail == .full
        }
    }

    private let core: UnsafeMutablePointer<Core>

    init(context: ReadContext) {
        core = .allocate(capacity: 1)
        core.initialize(to: Core(context: context))
    }

    deinit {
        core.deinitialize(count: 1)
        core.deallocate()
    }

    func finish(isWellFormed: Bool) {
        core.pointee.finish()
    }

    /// The XLIFF elements as numbers, in the namespace of the root element (asked after it).
    var symbols: XMLSymbols? {
        Self.symbolTable(namespace: core.pointee.namespace)
    }

    // MARK: Events

    @inline(__always)
    func startElement(_ tag: XMLStartTag) {
        core.pointee.startElement(tag)
    }

    /// Reads neither the name nor the position: the frames say what ends, so the dispatcher answers
    /// `false` to ``XMLSource/XMLEventHandler/readsEndTags`` for this reader.
    @inline(__always)
    func endElement(_ name: XMLName, line: Int, column: Int) {
        core.pointee.endElement()
    }

    @inline(__always)
    func characters(_ text: UnsafeRawBufferPointer) {
        core.pointee.characters(text)
    }
}

extension XLIFF12Reader.Core {
    typealias Frame = XLIFF12Reader.Frame

    mutating func finish() {
        isFinished = true
        // A unit still open was cut off by a parser error: neither it nor its problems are reported.
        hasUnit = false
        unit = XLIFF12Reader.UnitDraft()
        seenUnitIDs = UnitIDTable()
        sameLineUnitIDs = nil
    }

    mutating func startElement(_ tag: XMLStartTag) {
        if isFinished { return }
        if skipDepth > 0 { skipDepth += 1; return }
        if dataCode != nil { dataCode!.depth += 1; startInsideDataCode(tag); return }
        guard let parent = frames.last else {
            startDocument(tag)
            return
        }
        let element = xliffElement(tag)
        switch parent {
        case .document:
            if element == .file { startFile(tag) } else { skip() }
        case .file:
            // <header> holds tool data and file-level notes: nothing that belongs to a unit.
            if element == .body { frames.append(.body) } else { skip() }
        case .body, .group, .binUnit:
            switch element {
            case .transUnit: startUnit(tag)
            case .group: startGroup(tag)
            // A <bin-unit> is no translation unit, but the <trans-unit>s inside it are.
            case .binUnit: frames.append(.binUnit)
            default: skip()
            }
        case .unit:
            switch element {
            case .source: startSource(tag)
            case .target: startTarget(tag)
            case .note: startNote(tag)
            case .segSource: startSegSource(tag)
            case .altTrans:
                unit.alternativeCount += 1
                skip()
            default: skip()
            }
        case .note:
            skip()
        case .source, .segSource, .target, .sourceSegment, .targetSegment, .pairedCode, .marker, .transparent, .emptyCode:
            startInline(tag, element)
        }
    }

    /// The XLIFF element the tag is, or `nil` for an element the reader does not act on (an extension,
    /// or one of XLIFF's it skips). Found by the tag's symbol; by its name when it has none (a name not in
    /// the table, or a parse that gave no symbols), which costs a name only for the few such tags the
    /// reader does not skip.
    @inline(__always)
    func xliffElement(_ tag: XMLStartTag) -> XLIFF12Reader.Element? {
        if tag.symbol != 0 { return XLIFF12Reader.Element(rawValue: tag.symbol) }
        guard tag.name.namespace == namespace else { return nil }
        return XLIFF12Reader.Element(local: tag.name.local)
    }

    mutating func endElement() {
        if isFinished { return }
        if skipDepth > 0 { skipDepth -= 1; return }
        if dataCode != nil {
            if dataCode!.depth > 0 { dataCode!.depth -= 1; endInsideDataCode(); return }
            endDataCode()
            return
        }
        guard let frame = frames.popLast() else { return }
        switch frame {
        case .document, .body, .binUnit, .transparent:
            break
        case .file:
            file = nil
            groups.removeAll()
        case .group:
            groups.removeLast()
        case .unit:
            endUnit()
        case .source:
            flushText()
            sink = .none
            elementCountHint = min(unit.source?.elements.count ?? 0, 16)
        case .target:
            flushText()
            sink = .none
            elementCountHint = min(unit.target?.elements.count ?? 0, 16)
        case .segSource:
            flushText()
            sink = .none
        case .sourceSegment:
            flushText()
            sink = .none
        case .targetSegment:
            flushText()
            sink = .target
        case .emptyCode:
            endEmptyCode()
        case .pairedCode, .marker:
            if keepsDetail {
                let code = closingCodes.removeLast()
                append(.code(code))
            } else {
                appendCode()
            }
        case .note:
            endNote()
        }
    }

    @inline(__always)
    mutating func characters(_ text: UnsafeRawBufferPointer) {
        if isFinished || skipDepth > 0 { return }
        if dataCode != nil {
            // A code's data is detail: counts read only the text of its sub-flows.
            if keepsDetail { dataCode!.bytes.append(contentsOf: text) }
            if !subflowFrames.isEmpty { addSubflowText(text) }
        } else if sink != .none {
            if keepsDetail { pendingText.append(contentsOf: text) } else { tally(text) }
        } else if isInNote {
            noteBytes.append(contentsOf: text)
        }
    }

    // MARK: Structure

    /// Skips the element just started, with everything inside it.
    mutating func skip() {
        skipDepth = 1
    }

    private mutating func startDocument(_ tag: XMLStartTag) {
        namespace = tag.name.namespace
        context.statistics.version = tag.attribute("version")
        frames.append(.document)
    }

    private mutating func startFile(_ tag: XMLStartTag) {
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
        file = XLIFF12Reader.FileScope(key: key, keyHash: Self.hash(prefix: key), index: context.files.count - 1,
            lacksTargetLanguage: targetLanguage == nil)
        groups.removeAll()
        frames.append(.file)
    }

    private mutating func startGroup(_ tag: XMLStartTag) {
        groups.append(XLIFF12Reader.GroupScope(id: tag.attribute("id"),
            translate: tag.attribute("translate").map { $0 != "no" }))
        frames.append(.group)
    }

    private mutating func startNote(_ tag: XMLStartTag) {
        guard hasUnit else { skip(); return }
        guard keepsDetail else {
            // Counts read no notes: the note and its text are passed over.
            skip()
            return
        }
        unit.noteAttributes = otherAttributes(of: tag, except: nil)
        isInNote = true
        noteBytes.removeAll(keepingCapacity: true)
        frames.append(.note)
    }

    private mutating func endNote() {
        guard isInNote else { return }
        isInNote = false
        // A read for counts skips notes at their start (``startNote(_:)``), so only full reads get here.
        guard hasUnit else { return }
        let text = String(decoding: noteBytes, as: UTF8.self)
        unit.notes.append(Note(text, attributes: unit.noteAttributes))
    }

    /// The attributes of a start tag by qualified name, without the one named `excluded` (a local
    /// name, no namespace) whose value, if present, the caller has read as `excludedValue`. Builds
    /// nothing when the tag has no other attribute, or when the units are built for counts only.
    func otherAttributes(of tag: XMLStartTag, except excluded: String?, excludedValue: String? = nil)
        -> [String: String]
    {
        let count = tag.attributeCount
        if !keepsDetail || count == 0 || (count == 1 && excludedValue != nil) { return [:] }
        var result: [String: String] = [:]
        for attribute in tag.attributes {
            if let excluded, attribute.name.namespace.isEmpty, attribute.name.local == excluded { continue }
            result[attribute.name.qualified] = attribute.value
        }
        return result
    }
}
