import PublicationCore
import XMLSource

/// Reads XLIFF 2.0, 2.1 and 2.2 documents as a stream and validates them against the core
/// specification and the simple constraints of its modules.
///
/// Each `<unit>` becomes one ``TranslationUnit`` handed to the ``ReadContext`` at its end tag;
/// each `<segment>` one ``Segment``. Read for counts only (``UnitDetail/counts``), each `<unit>` becomes a
/// ``PublicationCore/UnitTally`` instead: no text, code or segment is built, only a ``TextTally`` of each
/// source and target. Only compact per-scope id sets are kept: the ids of the
/// current `<file>` as 64-bit hashes, the ids of the current `<unit>` as strings.
///
/// ```xml
/// <unit id="u1"><segment state="translated">
///   <source>Hello <ph id="1"/></source><target>Merhaba <ph id="1"/></target>
/// </segment></unit>
/// ```
/// gives `unit "u1"` with one segment, state `translated`, source `"Hello {placeholder ph#1}"`.
///
/// The reader's state is a ``Core`` value in memory the reader owns: the event methods mutate it
/// through a pointer, so the many small changes of a large file need neither reference counting of
/// the reader nor the run-time exclusivity checks that stored properties of a class get.
final class XLIFF2Reader: FormatEventHandler {
    /// What an open element is, as far as the reader cares.
    enum ElementKind: Equatable {
        case xliff, file, skeleton, group, unit, notes, note, originalData, data, segment, ignorable, source, target
        /// An inline element of the core (`ph`, `pc`, `sc`, `ec`, `mrk`, `sm`, `em`, `cp`).
        case code(InlineElement)
        /// An element of a module or an extension, or anything inside one.
        case foreign

        /// The local name of a core element of this kind; empty for ``foreign``, whose frame keeps its name.
        /// Only messages ask for it, so the name of a structural kind is its case's name, spelt by
        /// reflection (the cases are named as the elements).
        var localName: String {
            switch self {
            case .code(let element): element.name
            case .foreign: ""
            default: "\(self)"
            }
        }

        /// Whether the element's end reports problems at its start, so that its frame keeps the start's position.
        var reportsAtEnd: Bool {
            switch self {
            case .xliff, .file, .skeleton, .group, .unit, .notes, .originalData, .segment, .ignorable, .foreign: true
            case .note, .data, .source, .target, .code: false
            }
        }
    }

    /// The inline elements of the core, compared as small numbers rather than as strings while the
    /// events stream by; in the order of ``CoreElement``'s inline elements, whose ``name`` they share.
    enum InlineElement: UInt8 {
        case ph, pc, sc, ec, mrk, sm, em, cp

        /// The inline element `element` is, if it is one.
        init?(_ element: XLIFF2Reader.CoreElement) {
            guard element.rawValue >= XLIFF2Reader.CoreElement.ph.rawValue else { return nil }
            self.init(rawValue: UInt8(element.rawValue - XLIFF2Reader.CoreElement.ph.rawValue))
        }

        /// The element's local name (a literal, so copying it costs nothing).
        var name: String {
            XLIFF2Reader.CoreElement(rawValue: UInt16(rawValue) + XLIFF2Reader.CoreElement.ph.rawValue)!.name
        }
    }

    /// One open element.
    ///
    /// A frame holds no counted reference, so that pushing, copying and popping the frames of the many
    /// plain elements costs no reference counting. The effective `xml:lang` is a position in the core's
    /// stack of languages, an inline code's or data's id waits on the core's stack of ids
    /// (``XLIFF2Reader/Core/codeIDs``), and the parts that few elements use (child ids and names, kept
    /// attributes, the name of a module or extension element) live in a box made on first use, which the
    /// frame on the stack owns: ``releaseRare()`` frees it when the frame leaves the stack.
    struct Frame {
        var kind: ElementKind
        var line: Int
        var column: Int
        /// How far the children have come in the element's content model.
        var phase = 0
        /// How many required children (file: unit/group, notes: note, …) have been seen.
        var required = 0
        /// The effective `xml:lang`, as its position in ``XLIFF2Reader/Core/languages`` plus one; 0 for none.
        var languageNumber: Int32 = 0
        /// Whether the element writes `xml:lang` and put it on the core's stack of languages.
        var pushedLanguage = false
        /// Whether the effective `xml:space` is `preserve`.
        var preservesSpace = false
        /// The effective `translate`.
        var translate = true
        /// Whether there was non-whitespace text or a child element.
        var hasContent = false
        /// Whether the element (a `pc`, `mrk` or `data` with an id) put its id on the core's stack of ids.
        var hasCodeID = false
        /// The box of the rare parts, owned (retained once) by the frame on the stack.
        private var rare: Unmanaged<Rare>?

        /// The parts of a frame that few elements use.
        final class Rare {
            var childIDs = XLIFF2IDMap<Void>()
            var childNames: [String] = []
            var attributes: [String: String] = [:]
            /// The name of a module or extension element.
            var name: XMLName?
        }

        /// The frame of a core element, whose name follows from its kind (and the document's namespace).
        init(kind: ElementKind, line: Int, column: Int) {
            self.kind = kind
            self.line = line
            self.column = column
        }

        /// The frame of a module or extension element, which keeps its name.
        init(foreign name: XMLName, line: Int, column: Int) {
            self.init(kind: .foreign, line: line, column: column)
            rareBox().name = name
        }

        /// The element's name; a core element's has its local name only, without the namespace.
        var name: XMLName {
            if let name = rare?.takeUnretainedValue().name { return name }
            return XMLName(local: kind.localName)
        }

        /// The effective `xml:space`: `default` or `preserve`.
        var space: String {
            get { preservesSpace ? "preserve" : "default" }
            set { preservesSpace = newValue == "preserve" }
        }

        /// Ids of children that must be unique inside this element (notes, extension elements, module items).
        var childIDs: XLIFF2IDMap<Void> {
            get { rare?.takeUnretainedValue().childIDs ?? XLIFF2IDMap() }
            _modify {
                let box = rareBox()
                yield &box.childIDs
            }
        }

        /// Local names of the child elements seen (module content checks).
        var childNames: [String] {
            get { rare?.takeUnretainedValue().childNames ?? [] }
            _modify {
                let box = rareBox()
                yield &box.childNames
            }
        }

        /// The attributes kept until the end tag (inline `pc`, module elements).
        var attributes: [String: String] {
            get { rare?.takeUnretainedValue().attributes ?? [:] }
            _modify {
                let box = rareBox()
                yield &box.attributes
            }
        }

        /// The box of the rare parts, made if missing. Every copy of the frame shares it: a frame is
        /// changed only before it is pushed or where it lies on the stack.
        private mutating func rareBox() -> Rare {
            if let rare { return rare.takeUnretainedValue() }
            let box = Rare()
            rare = .passRetained(box)
            return box
        }

        /// Frees the box of the rare parts; called once, when the frame leaves the stack (or the reader ends).
        func releaseRare() {
            rare?.release()
        }
    }

    /// The segment or ignorable being read.
    struct PartState {
        var isIgnorable: Bool
        var id: String?
        var state: String?
        var subState: String?
        var source: InlineText?
        var target: InlineText?
        /// The source's and target's tallies, in place of their text when only counts are asked for.
        var sourceTally: TextTally?
        var targetTally: TextTally?
        var line: Int
        var column: Int
        var sourceSpace: String?
    }

    /// Everything the reader changes while it reads; its methods (here and in the `XLIFF2Reader+…`
    /// files) do the work.
    struct Core {
        let context: ReadContext
        /// Whether the reader builds units with their text, codes (with attributes and data) and notes
        /// (``UnitDetail/full``), or tallies only (``UnitDetail/counts``).
        let keepsDetail: Bool
        /// ``XLIFF2Reader/Core/allowedAttributeBits``, kept here so that the per-tag look-up needs no
        /// check that the static table is initialised.
        let allowedAttributeBits = XLIFF2Reader.Core.allowedAttributeBits
        var stack: [Frame] = []
        /// The `xml:lang` values of the open elements that write one, outermost first (``Frame/languageNumber``
        /// points into it): as deep as the nesting, whatever the number of values a file writes.
        var languages: [String] = []
        /// The ids of the open `pc`, `mrk` and `data` elements that have one (``Frame/hasCodeID``), innermost last.
        var codeIDs: [String] = []

        // Document scope.
        var version: String?
        var sourceLanguage: String?
        var targetLanguage: String?
        /// The hash of each `<file>` id.
        var fileHashes = UnitIDTable(storesValues: false)
        var fileCount = 0

        // File scope.
        var fileID = ""
        /// The hashes of the unit, group and `<slr:data>` ids of the current file.
        var fileScopeHashes = UnitIDTable(storesValues: false)
        var pendingSubFlows: [(id: String, line: Int, column: Int, unit: String?)] = []
        var groupIDs: [String] = []
        /// How deep the reader is inside an `<slr:data>` element, whose ids `slr:sizeInfoRef` may name.
        var slrDataDepth = 0
        /// Whether the file declares `<slr:profiles>`, under which sizes are whole numbers.
        var hasSizeProfile = false

        // Unit scope.
        /// The state of the unit being read, when ``inUnit``; between units, the last unit's, whose lists
        /// the next unit reuses. It is changed in place, never moved in or out of an optional (a copy of
        /// the whole state each time).
        var unit = XLIFF2UnitState(unit: TranslationUnit(id: ""))
        /// Whether a `<unit>` is being read.
        var inUnit = false
        var part: PartState?
        var content = InlineText()
        /// The tally of the inline content being read, in place of ``content`` when only counts are asked for.
        var contentTally = TextTally()
        /// How many runs and codes the last `<source>` or `<target>` had (at most 16): the room reserved
        /// for the next one.
        var elementCountHint = 0
        /// Whether the inline content being read is a target.
        var inTarget = false
        var noteText = ""
        var dataText = ""
        /// Whether the document is in the XLIFF 2.2 namespace, which allows notes and modules on `<xliff>`.
        var isVersion22 = false
        /// Set when ``advance(to:single:_:)`` has reported an element out of order.
        var reportedOrder = false

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
        for frame in core.pointee.stack { frame.releaseRare() }
        core.deinitialize(count: 1)
        core.deallocate()
    }

    // MARK: Events

    @inline(__always)
    func startElement(_ tag: XMLStartTag) {
        core.pointee.startElement(tag)
    }

    @inline(__always)
    func endElement(_ name: XMLName, line: Int, column: Int) {
        core.pointee.endElement(name, line: line, column: column)
    }

    @inline(__always)
    func characters(_ text: UnsafeRawBufferPointer) {
        core.pointee.characters(text)
    }

    func finish(isWellFormed: Bool) {}

    /// The core's element and attribute names as numbers (``symbolTable``).
    var symbols: XMLSymbols? { Self.symbolTable }
}

extension XLIFF2Reader.Core {
    typealias ElementKind = XLIFF2Reader.ElementKind
    typealias Frame = XLIFF2Reader.Frame
    typealias PartState = XLIFF2Reader.PartState

    /// Whether `namespace` is one of the XLIFF 2 core namespaces (2.0, 2.1 or 2.2), found without hashing it.
    static func isCoreNamespace(_ namespace: String) -> Bool {
        namespace.utf8.count == 37 && (namespace == "urn:oasis:names:tc:xliff:document:2.0"
            || namespace == "urn:oasis:names:tc:xliff:document:2.1" || namespace == "urn:oasis:names:tc:xliff:document:2.2")
    }

    // MARK: Events

    mutating func startElement(_ tag: XMLStartTag) {
        if stack.isEmpty {
            startDocument(tag)
            return
        }
        if case .foreign = stack[stack.count - 1].kind {
            stack[stack.count - 1].hasContent = true
            stack[stack.count - 1].childNames.append(tag.name.local)
            startForeign(tag, insideModule: true)
            return
        }
        // A core element's symbol says it is one; any other name is looked at as a string.
        if let element = XLIFF2Reader.CoreElement(rawValue: tag.symbol) {
            startCore(tag, element)
        } else if Self.isCoreNamespace(tag.name.namespace) {
            startCore(tag, tag.symbol == 0 ? XLIFF2Reader.CoreElement(local: tag.name.local) : nil)
        } else {
            startExtension(tag)
        }
    }

    mutating func endElement(_ name: XMLName, line: Int, column: Int) {
        guard let frame = stack.popLast() else { return }
        defer { frame.releaseRare() }
        let codeID = frame.hasCodeID ? codeIDs.popLast() : nil
        if frame.pushedLanguage { languages.removeLast() }
        switch frame.kind {
        case .xliff:
            if frame.required == 0 {
                error(XLIFF2Diagnostics.missingElement, "the document has no <file> element", remedy: "an XLIFF 2 document holds at least one <file>", frame)
            }
        case .file: endFile(frame)
        case .group:
            if !groupIDs.isEmpty { groupIDs.removeLast() }
        case .unit: endUnit(frame)
        case .notes:
            if frame.required == 0 {
                error(XLIFF2Diagnostics.missingElement, "<notes> holds no <note>", remedy: "add a <note> or remove the empty <notes>", frame)
            }
        case .note: endNote(frame)
        case .originalData:
            if frame.required == 0 {
                error(XLIFF2Diagnostics.missingElement, "<originalData> holds no <data>", remedy: "add the <data> elements or remove the empty <originalData>", frame)
            }
        case .data:
            if let id = codeID, inUnit { unit.data[id] = dataText }
        case .segment, .ignorable: endPart(frame)
        case .source, .target: endContent(frame)
        case .code(let element): endCode(element, frame, codeID: codeID)
        case .skeleton:
            let href = frame.attributes["href"]
            if href != nil, frame.hasContent {
                error(XLIFF2Diagnostics.skeleton, "the <skeleton> has an href attribute and content as well", remedy: "keep either the href or the content", frame)
            } else if href == nil, !frame.hasContent {
                error(XLIFF2Diagnostics.skeleton, "the <skeleton> is empty and has no href attribute", remedy: "point href to the skeleton file, or put the skeleton inside the element", frame)
            }
        case .foreign: endForeign(frame)
        }
    }

    mutating func characters(_ text: UnsafeRawBufferPointer) {
        if stack.isEmpty { return }
        switch stack[stack.count - 1].kind {
        case .source, .target, .code(.pc), .code(.mrk):
            if keepsDetail {
                content.append(text: String(decoding: text, as: UTF8.self))
            } else {
                tally(text)
            }
        case .note:
            if keepsDetail { noteText += String(decoding: text, as: UTF8.self) }
        case .data:
            if keepsDetail { dataText += String(decoding: text, as: UTF8.self) }
        case .skeleton, .foreign:
            if !Self.isWhitespace(text) { stack[stack.count - 1].hasContent = true }
        default:
            break
        }
    }

    /// Adds a piece of text to the tally of the source or target being read (counts only): a source's
    /// words are counted, of a target only whether it has text; each piece is a run as
    /// ``PublicationCore/InlineText/append(_:)`` makes one (joined to a run before it).
    mutating func tally(_ text: UnsafeRawBufferPointer) {
        guard !text.isEmpty else { return }
        if inTarget { contentTally.addUncounted(text) } else { contentTally.add(text) }
        contentTally.endRun()
    }

    static func isWhitespace(_ text: UnsafeRawBufferPointer) -> Bool {
        text.allSatisfy(\.isXMLWhitespace)
    }

    // MARK: Structure

    private mutating func startDocument(_ tag: XMLStartTag) {
        var frame = Frame(kind: .xliff, line: tag.line, column: tag.column)
        isVersion22 = tag.name.namespace == "urn:oasis:names:tc:xliff:document:2.2"
        var values = CoreValues()
        checkAttributes(tag, of: .xliff, into: &values)
        version = tag.attribute("version")
        sourceLanguage = tag.attribute("srcLang")
        targetLanguage = tag.attribute("trgLang")
        if let version {
            context.statistics.version = version
            let expected = String(tag.name.namespace.suffix(3))
            if !["2.0", "2.1", "2.2"].contains(version) {
                error(XLIFF2Diagnostics.badValue, "the XLIFF version \"\(version)\" is not 2.0, 2.1 or 2.2", remedy: "write version=\"\(expected)\"", tag)
            }
        } else {
            error(XLIFF2Diagnostics.missingAttribute, "<xliff> has no version attribute", remedy: "add version=\"\(tag.name.namespace.suffix(3))\"", tag)
        }
        if let source = sourceLanguage {
            context.statistics.sourceLanguage = LanguageTag(source)
            if !XLIFF2Syntax.isLanguageTag(source) {
                error(XLIFF2Diagnostics.badLanguage, "the source language \"\(source)\" is not a well-formed BCP 47 language tag", remedy: "write a tag such as \"de\" or \"tr-TR\"", tag)
            }
        } else {
            error(XLIFF2Diagnostics.missingAttribute, "<xliff> has no srcLang attribute", remedy: "add the source language, e.g. srcLang=\"de\"", tag)
        }
        if let target = targetLanguage {
            context.statistics.targetLanguage = LanguageTag(target)
            if !XLIFF2Syntax.isLanguageTag(target) {
                error(XLIFF2Diagnostics.badLanguage, "the target language \"\(target)\" is not a well-formed BCP 47 language tag", remedy: "write a tag such as \"de\" or \"tr-TR\"", tag)
            }
        }
        inherit(tag, into: &frame)
        stack.append(frame)
    }

    /// Copies `xml:lang`, `xml:space` and `translate` from the parent and applies the tag's own.
    mutating func inherit(_ tag: XMLStartTag, into frame: inout Frame) {
        if !stack.isEmpty {
            let top = stack.count - 1
            frame.languageNumber = stack[top].languageNumber
            frame.preservesSpace = stack[top].preservesSpace
            frame.translate = stack[top].translate
        }
        // Most tags have no attribute in a namespace, so neither lookup below can find anything.
        guard tag.hasNamespacedAttributes else { return }
        if let language = tag.attribute("lang", namespace: XMLName.xmlNamespace) {
            pushLanguage(language, &frame)
            if !XLIFF2Syntax.isLanguageTag(language) {
                error(XLIFF2Diagnostics.badLanguage, "xml:lang=\"\(language)\" is not a well-formed BCP 47 language tag", remedy: "write a tag such as \"de\" or \"tr-TR\"", tag)
            }
        }
        if let space = tag.attribute("space", namespace: XMLName.xmlNamespace) {
            if space == "default" || space == "preserve" {
                frame.space = space
            } else {
                error(XLIFF2Diagnostics.badValue, "xml:space=\"\(space)\" is neither \"default\" nor \"preserve\"", remedy: "use xml:space=\"preserve\" to keep white space, or remove the attribute", tag)
            }
        }
    }

    /// Puts the `xml:lang` of an element on the stack of languages until its end tag, for a frame that is
    /// pushed next.
    mutating func pushLanguage(_ language: String, _ frame: inout Frame) {
        languages.append(language)
        frame.languageNumber = Int32(languages.count)
        frame.pushedLanguage = true
    }

    /// The effective `xml:lang` of `frame`.
    func language(of frame: Frame) -> String? {
        frame.languageNumber == 0 ? nil : languages[Int(frame.languageNumber) - 1]
    }

    /// Puts the id of a `pc`, `mrk` or `data` element on the stack of ids until its end tag, for a frame
    /// that is pushed next.
    mutating func pushCodeID(_ id: String, _ frame: inout Frame) {
        codeIDs.append(id)
        frame.hasCodeID = true
    }

    /// Starts a core element (`element`), or an element of a core namespace that the core does not define (`nil`).
    private mutating func startCore(_ tag: XMLStartTag, _ element: XLIFF2Reader.CoreElement?) {
        let parentKind = stack[stack.count - 1].kind
        let top = stack.count - 1
        stack[top].hasContent = true
        var kind: ElementKind?
        if let element {
            switch (parentKind, element) {
            case (.xliff, .file):
                stack[top].required += 1
                kind = isVersion22 ? (advance(to: 3, single: false, tag) ? .file : nil) : .file
            case (.xliff, .notes) where isVersion22:
                kind = advance(to: 2, single: true, tag) ? .notes : nil
            case (.file, .skeleton):
                kind = advance(to: 1, single: true, tag) ? .skeleton : nil
            case (.file, .notes):
                kind = advance(to: 3, single: true, tag) ? .notes : nil
            case (.file, .unit), (.file, .group):
                stack[top].required += 1
                kind = advance(to: 4, single: false, tag) ? (element == .unit ? .unit : .group) : nil
            case (.group, .notes):
                kind = advance(to: 2, single: true, tag) ? .notes : nil
            case (.group, .unit), (.group, .group):
                kind = advance(to: 3, single: false, tag) ? (element == .unit ? .unit : .group) : nil
            case (.unit, .notes):
                kind = advance(to: 2, single: true, tag) ? .notes : nil
            case (.unit, .originalData):
                kind = advance(to: 3, single: true, tag) ? .originalData : nil
            case (.unit, .segment), (.unit, .ignorable):
                kind = advance(to: 4, single: false, tag) ? (element == .segment ? .segment : .ignorable) : nil
            case (.notes, .note):
                stack[top].required += 1
                kind = .note
            case (.originalData, .data):
                stack[top].required += 1
                kind = .data
            case (.data, .cp):
                kind = .code(.cp)
            case (.segment, .source), (.ignorable, .source):
                stack[top].required += 1
                kind = advance(to: 1, single: true, tag) ? .source : nil
            case (.segment, .target), (.ignorable, .target):
                kind = advance(to: 2, single: true, tag) ? .target : nil
            case (.source, _), (.target, _), (.code(.pc), _), (.code(.mrk), _):
                if let inline = XLIFF2Reader.InlineElement(element) { kind = .code(inline) }
            default:
                break
            }
        }
        guard let kind, let element else {
            let local = tag.name.local
            if element != nil {
                // A misplaced known element, unless `advance` already reported its order.
                if !reportedOrder {
                    error(XLIFF2Diagnostics.unexpectedElement, "<\(local)> is not allowed inside <\(stack[top].name.local)>",
                        remedy: "move or remove the <\(local)> element", tag)
                }
            } else {
                error(XLIFF2Diagnostics.unknownElement, "<\(local)> is not an element of XLIFF 2",
                    remedy: "remove it, or put it in a namespace of its own as an extension", tag)
            }
            reportedOrder = false
            stack.append(Frame(foreign: tag.name, line: tag.line, column: tag.column))
            return
        }
        // Only the elements whose end reports a problem at their start keep its position: inline codes,
        // sources, targets, notes and data (most elements of a file) never ask for it.
        var frame = kind.reportsAtEnd
            ? Frame(kind: kind, line: tag.line, column: tag.column)
            : Frame(kind: kind, line: 0, column: 0)
        inherit(tag, into: &frame)
        // Markers keep their attributes in every mode: the correspondence check compares their `translate`.
        var keepsOthers = false
        if case .code(let inline) = kind, inline != .cp { keepsOthers = keepsDetail || inline == .mrk || inline == .sm }
        if keepsOthers {
            var others: [String: String] = [:]
            var values = CoreValues()
            withUnsafeMutablePointer(to: &others) { checkAttributes(tag, of: element, into: &values, others: $0) }
            if case .code(let inline) = kind { startCode(inline, tag, values, others, &frame) }
            stack.append(frame)
            return
        }
        var values = CoreValues()
        checkAttributes(tag, of: element, into: &values)
        switch kind {
        case .file: startFile(tag, values, &frame)
        case .group: startGroup(tag, values, &frame)
        case .unit: startUnit(tag, values, &frame)
        case .skeleton: frame.attributes["href"] = tag.attribute("href")
        case .note: startNote(tag, &frame)
        case .data: startData(tag, values, &frame)
        case .segment, .ignorable: startPart(tag, values, isIgnorable: kind == .ignorable)
        case .source, .target: startContent(tag, &frame)
        case .code(let element): startCode(element, tag, values, [:], &frame)
        default: break
        }
        stack.append(frame)
    }

    /// Moves the parent's content model to `phase`; reports an element that comes too late or twice.
    private mutating func advance(to phase: Int, single: Bool, _ tag: XMLStartTag) -> Bool {
        let top = stack.count - 1
        if stack[top].phase > phase || (single && stack[top].phase == phase) {
            let parent = stack[top]
            let local = tag.name.local
            if single && parent.phase == phase {
                error(XLIFF2Diagnostics.unexpectedElement, "<\(parent.name.local)> has a second <\(local)>; only one is allowed",
                    remedy: "merge the two <\(local)> elements into one", tag)
            } else {
                error(XLIFF2Diagnostics.elementOrder, "<\(local)> comes too late inside <\(parent.name.local)>: \(Self.orderRule[parent.name.local] ?? "")",
                    remedy: "move <\(local)> up to its place", tag)
            }
            reportedOrder = true
            return false
        }
        stack[top].phase = phase
        return true
    }

    static let orderRule: [String: String] = [
        "xliff": "the order is module and extension elements, <notes>, then <file>",
        "file": "the order is <skeleton>, module and extension elements, <notes>, then <unit> and <group>",
        "group": "the order is module and extension elements, <notes>, then <unit> and <group>",
        "unit": "the order is module and extension elements, <notes>, <originalData>, then <segment> and <ignorable>",
        "segment": "<source> comes before <target>",
        "ignorable": "<source> comes before <target>",
    ]

    private mutating func startFile(_ tag: XMLStartTag, _ values: CoreValues, _ frame: inout Frame) {
        fileCount += 1
        fileScopeHashes = UnitIDTable(storesValues: false)
        pendingSubFlows = []
        groupIDs = []
        hasSizeProfile = false
        let writtenID = CoreValues.string(values.id)
        fileID = writtenID ?? ""
        if let id = writtenID {
            if fileHashes.value(for: XLIFF2Syntax.hash("file", id), insertingIfAbsent: 0) != nil {
                error(XLIFF2Diagnostics.duplicateId, "the file id \"\(id)\" is used by an earlier <file> of the document",
                    remedy: "give each <file> its own id", tag)
            }
        }
        frame.translate = !(values.translate?.elementsEqual("no".utf8) ?? false)
        context.files.append(XLIFFFileInfo(key: fileID, sourceLanguage: sourceLanguage.flatMap(LanguageTag.init),
            targetLanguage: targetLanguage.flatMap(LanguageTag.init), location: context.location(line: tag.line, column: tag.column)))
    }

    private mutating func endFile(_ frame: Frame) {
        if frame.required == 0 {
            error(XLIFF2Diagnostics.missingElement, "the <file> \"\(fileID)\" holds no <unit> or <group>",
                remedy: "add the units, or remove the empty <file>", frame)
        }
        for pending in pendingSubFlows where fileScopeHashes.value(for: XLIFF2Syntax.hash("unit", pending.id)) == nil {
            context.report(XLIFF2Diagnostics.badReference,
                "the sub-flow \"\(pending.id)\" names no <unit> of the file \"\(fileID)\"",
                remedy: "use the id of a unit of the same file in subFlows", line: pending.line, column: pending.column,
                unit: pending.unit)
        }
        pendingSubFlows = []
        fileScopeHashes = UnitIDTable(storesValues: false)
    }

    private mutating func startGroup(_ tag: XMLStartTag, _ values: CoreValues, _ frame: inout Frame) {
        if let translate = values.translate { frame.translate = !translate.elementsEqual("no".utf8) }
        let id = CoreValues.string(values.id) ?? ""
        if !id.isEmpty, fileScopeHashes.value(for: XLIFF2Syntax.hash("group", id), insertingIfAbsent: 0) != nil {
            error(XLIFF2Diagnostics.duplicateId, "the group id \"\(id)\" is used by another <group> of the file \"\(fileID)\"",
                remedy: "give each group of a file its own id", tag)
        }
        groupIDs.append(id)
    }

    private mutating func startNote(_ tag: XMLStartTag, _ frame: inout Frame) {
        noteText = ""
        if tag.attributeCount > 0 {
            for attribute in tag.attributes where attribute.name.namespace.isEmpty {
                frame.attributes[attribute.name.local] = attribute.value
            }
        }
        let top = stack.count - 1
        if let id = tag.attribute("id"), !stack[top].childIDs.insert(id) {
            error(XLIFF2Diagnostics.duplicateId, "the note id \"\(id)\" is used by another <note> of the same <notes>",
                remedy: "give each note its own id", tag)
        }
        if stack.count >= 2, stack[stack.count - 2].kind == .unit, inUnit {
            unit.noteCount += 1
            if let id = tag.attribute("id") {
                unit.noteIDs.insert(id)
                unit.noteAttributes[id] = Set(frame.attributes.keys)
            }
        }
    }

    private mutating func endNote(_ frame: Frame) {
        guard keepsDetail, inUnit, stack.count >= 2, stack[stack.count - 2].kind == .unit else { return }
        unit.unit.notes.append(Note(noteText, attributes: frame.attributes))
    }

    private mutating func startData(_ tag: XMLStartTag, _ values: CoreValues, _ frame: inout Frame) {
        dataText = ""
        if let id = CoreValues.string(values.id) {
            pushCodeID(id, &frame)
            // Every earlier <data> of the unit has ended (they do not nest), so the unit's data holds their
            // ids: no id set of its own for the <originalData>.
            if inUnit, unit.data.contains(id) {
                error(XLIFF2Diagnostics.duplicateId, "the data id \"\(id)\" is used by another <data> of the unit",
                    remedy: "give each <data> of a unit its own id", tag)
            }
        }
    }

    // MARK: Reporting

    /// Reports a declared code (with its catalog severity) at a start tag.
    mutating func error(_ entry: DiagnosticCatalog.Entry, _ message: String, remedy: String?, _ tag: XMLStartTag) {
        error(entry, message, remedy: remedy, line: tag.line, column: tag.column)
    }

    /// Reports a declared code at an element's start.
    mutating func error(_ entry: DiagnosticCatalog.Entry, _ message: String, remedy: String?, _ frame: Frame) {
        error(entry, message, remedy: remedy, line: frame.line, column: frame.column)
    }

    /// Reports a declared code at a line and column.
    mutating func error(_ entry: DiagnosticCatalog.Entry, _ message: String, remedy: String?, line: Int, column: Int) {
        context.report(entry, message, remedy: remedy, line: line, column: column, unit: inUnit ? unit.unit.id : nil)
    }
}
