internal import CLibXML2
import Foundation
import PublicationCore

/// libxml2's global state, set up once before any thread parses (thread-safe lazy global).
let libxml2Initialised: Void = xmlInitParser()

/// One push-parser context and everything a parse collects; never shared between threads.
final class ParseSession {
    let displayPath: String
    /// A strong `let`: calls through it borrow the reference instead of retaining it per event
    /// (an `unowned(unsafe)` reference is retained and released around every call).
    let handler: any XMLEventHandler
    let options: XMLStreamParser.Options
    var context: xmlParserCtxtPtr?
    var diagnostics: [Diagnostic] = []
    var suppressedDiagnostics = 0
    var depth = 0
    var bytesRead = 0
    var stopped = false
    var fatal = false
    /// Whether a start tag has been seen.
    var sawElement = false
    /// Names interned by libxml2's dictionary, cached by the C string's address.
    let names = NameCache<String>()
    /// Element and attribute names with their symbols, cached by the addresses of their local name,
    /// namespace URI and prefix.
    let qualifiedNames = NameCache<XMLName>()
    /// The handler's symbols, once it has given them (after the root element).
    var symbols: XMLSymbols?
    var saxHandler = xmlSAXHandler()
    var pending: [UInt8] = []
    /// libxml2's words when it could not convert the file's bytes from their encoding, until reported.
    var conversionFailure: String?
    /// Whether a conversion failure has been reported (it is reported once).
    var reportedConversionFailure = false
    /// What libxml2's pull parser reads (``parse(_:)``), and whether reading a file failed.
    var source: Source?
    var readFailed = false
    /// Whether the whole document went through the pull parser, so that ``finish()`` has no input to end.
    var parsedWhole = false
    /// The store behind the start tags; replaced by a fresh one when a handler keeps a tag.
    var attributeStore = AttributeStore(name: XMLName(local: ""), attributes: [], namespaceDeclarations: [], line: 1, column: 1)

    init(displayPath: String, handler: any XMLEventHandler, options: XMLStreamParser.Options) {
        _ = libxml2Initialised
        self.displayPath = displayPath
        self.handler = handler
        self.options = options
        attributeStore = AttributeStore(session: self)
        configureHandler()
    }

    deinit {
        if let context {
            xmlFreeParserCtxt(context)
        }
    }

    // MARK: Feeding

    /// Hands bytes to the parser; returns `false` once the parse has stopped.
    func feed(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if stopped { return false }
        bytesRead += bytes.count
        if context == nil {
            // libxml2 detects the encoding from the first four bytes; keep them back until we have them.
            pending.append(contentsOf: bytes)
            if pending.count < 4 { return true }
            let first = pending
            pending = []
            return first.withUnsafeBytes { createContext(with: $0) }
        }
        return push(bytes, terminate: false)
    }

    /// Ends the input and returns the result.
    func finish() -> XMLStreamParser.Result {
        if context == nil, !stopped {
            if pending.isEmpty && bytesRead == 0 {
                report(XMLSourceDiagnostics.emptyFile, "the file is empty; a contribution or XLIFF file must hold an XML document",
                    remedy: "check that the file was saved completely, or remove it", line: 1, column: 1)
                stopped = true
                fatal = true
            } else {
                let first = pending
                pending = []
                _ = first.withUnsafeBytes { createContext(with: $0) }
            }
        }
        if !stopped, context != nil, !parsedWhole {
            _ = push(UnsafeRawBufferPointer(start: nil, count: 0), terminate: true)
        }
        var encoding: String?
        if let context, let declared = context.pointee.encoding {
            encoding = String(cString: declared)
        } else if let context, let input = context.pointee.input, let declared = input.pointee.encoding {
            encoding = String(cString: declared)
        }
        let wellFormed = !fatal && (context.map { $0.pointee.wellFormed != 0 } ?? false)
        if suppressedDiagnostics > 0 {
            diagnostics.append(Diagnostic(XMLSourceDiagnostics.moreErrors,
                "\(suppressedDiagnostics) further XML problems in this file are not shown",
                at: SourceLocation(file: displayPath, line: 1, column: 1)))
        }
        return XMLStreamParser.Result(isWellFormed: wellFormed, diagnostics: diagnostics, encoding: encoding, bytesRead: bytesRead)
    }

    private func createContext(with first: UnsafeRawBufferPointer) -> Bool {
        let user = Unmanaged.passUnretained(self).toOpaque()
        let ctxt = capturingErrors {
            displayPath.withCString { path in
                xmlCreatePushParserCtxt(&saxHandler, user, first.baseAddress?.assumingMemoryBound(to: CChar.self),
                    Int32(first.count), path)
            }
        }
        guard adopt(ctxt) else { return false }
        if conversionFailure != nil { reportConversionFailure() }
        return checkProgress()
    }

    /// Takes a new parser context with the hardened options; reports a context libxml2 could not make
    /// and stops the session.
    private func adopt(_ ctxt: xmlParserCtxtPtr?) -> Bool {
        guard let ctxt else {
            report(XMLSourceDiagnostics.parserUnavailable, "the XML parser could not be started for this file",
                remedy: nil, line: 1, column: 1)
            stopped = true
            fatal = true
            return false
        }
        context = ctxt
        configure(ctxt)
        return true
    }

    /// The bytes of a whole document, for the pull parser.
    enum Source {
        /// An open file, read from where it stands.
        case file(UnsafeMutablePointer<FILE>)
        /// Bytes in memory, of which the first `offset` have been handed over.
        case memory(UnsafeRawBufferPointer, offset: Int)
    }

    /// Parses a whole document with libxml2's pull parser, which reads the bytes as it needs them;
    /// returns `false` when a file could not be read to its end.
    ///
    /// The push parser (``feed(_:)``, for a caller that produces the bytes piece by piece) looks through
    /// every piece for the end of the construct it is in before it parses it; the pull parser needs no
    /// such search (on 100 MB of XLIFF 2.0, libxml2 alone: 0.53 s of CPU pushed, 0.44 s pulled). It also
    /// reads an EBCDIC file that the push parser, handed its first bytes alone, cannot convert.
    func parse(_ whole: Source) -> Bool {
        // An empty document keeps the diagnostic of the push path (no parser is started for it).
        switch whole {
        case .file(let file):
            let first = getc(file)
            if first == EOF { return ferror(file) == 0 }
            ungetc(first, file)
        case .memory(let bytes, _):
            if bytes.isEmpty { return true }
        }
        source = whole
        let user = Unmanaged.passUnretained(self).toOpaque()
        let ctxt = capturingErrors {
            xmlCreateIOParserCtxt(&saxHandler, user, { user, buffer, length in
                guard let session = ParseSession.session(user), let buffer, length > 0 else { return -1 }
                return session.read(into: UnsafeMutableRawPointer(buffer), length: Int(length))
            }, nil, user, XML_CHAR_ENCODING_NONE)
        }
        guard adopt(ctxt), let ctxt else { return true }
        parsedWhole = true
        if conversionFailure == nil { _ = capturingErrors { xmlParseDocument(ctxt) } }
        // A document in memory is only borrowed for the call.
        source = nil
        if conversionFailure != nil { reportConversionFailure() }
        return !readFailed
    }

    /// Copies up to `length` bytes of the source into libxml2's buffer; returns how many (0 at the end),
    /// or -1 when the file cannot be read.
    private func read(into buffer: UnsafeMutableRawPointer, length: Int) -> Int32 {
        switch source {
        case .file(let file):
            let count = fread(buffer, 1, length, file)
            if count < length, ferror(file) != 0 {
                readFailed = true
                return -1
            }
            bytesRead += count
            return Int32(count)
        case .memory(let bytes, let offset):
            let count = min(length, bytes.count - offset)
            if count > 0, let base = bytes.baseAddress { buffer.copyMemory(from: base + offset, byteCount: count) }
            source = .memory(bytes, offset: offset + count)
            bytesRead += count
            return Int32(count)
        case nil:
            return -1
        }
    }

    /// Sets the hardened options on a new parser context.
    private func configure(_ ctxt: xmlParserCtxtPtr) {
        // No network, no DTD loading, no DTD defaults, no XInclude, no huge-document relaxations:
        // libxml2's own limits on depth and text size stay in force. References are substituted, so
        // that `&amp;` in an attribute arrives as `&` (without substitution libxml2 hands over
        // `&#38;`); only the five predefined entities and character references can be substituted,
        // because the handler's getEntity knows no other entity, so nothing declared in a DTD is
        // ever expanded or fetched.
        let parseOptions = Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_NOCDATA.rawValue)
            | Int32(XML_PARSE_COMPACT.rawValue) | Int32(XML_PARSE_BIG_LINES.rawValue)
            | Int32(XML_PARSE_NOENT.rawValue)
        xmlCtxtUseOptions(ctxt, parseOptions)
        ctxt.pointee.replaceEntities = 1
        ctxt.pointee.loadsubset = 0
        ctxt.pointee.validate = 0
    }

    private func push(_ bytes: UnsafeRawBufferPointer, terminate: Bool) -> Bool {
        guard let context else { return false }
        let status = capturingErrors {
            xmlParseChunk(context, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count),
                terminate ? 1 : 0)
        }
        if status == Int32(XML_ERR_INVALID_ENCODING.rawValue) || conversionFailure != nil {
            reportConversionFailure()
        }
        return checkProgress()
    }

    /// Runs a call into libxml2 with the thread's error channels pointed at this session: errors
    /// raised outside the parser context (encoding conversion) become diagnostics, and the messages
    /// libxml2 would print on stderr are dropped.
    func capturingErrors<Value>(_ body: () -> Value) -> Value {
        let user = Unmanaged.passUnretained(self).toOpaque()
        xmlSetStructuredErrorFunc(user) { user, error in
            guard let session = ParseSession.session(user), let error else { return }
            session.didReceiveUnattached(error.pointee)
        }
        kopru_discard_generic_errors(1)
        defer {
            xmlSetStructuredErrorFunc(nil, nil)
            kopru_discard_generic_errors(0)
        }
        return body()
    }

    private func checkProgress() -> Bool {
        guard let context else { return false }
        if stopped { xmlStopParser(context); return false }
        if context.pointee.disableSAX != 0 || context.pointee.instate == XML_PARSER_EOF {
            stopped = true
            return false
        }
        return true
    }

    // MARK: Positions

    /// The line and column of the `<` of the start tag being reported.
    ///
    /// libxml2 reports where its cursor is (inside or at the end of the start tag), so the tag is
    /// walked back to its `<`, counting newlines and characters (bytes that do not continue a UTF-8
    /// sequence) on the way, eight bytes at a time. A `<` cannot occur inside attribute values, so
    /// the first one found starts the tag.
    func startTagPosition() -> (line: Int, column: Int) {
        guard let input = context?.pointee.input else { return (1, 1) }
        let line = Int(input.pointee.line)
        let column = Int(input.pointee.col)
        guard let base = input.pointee.base, let cursor = input.pointee.cur else { return (line, column) }
        var newlines = 0
        var continuations = 0
        var start: UnsafePointer<xmlChar>?
        var end = cursor
        // Per-byte counters (one byte lane each, added up every 16 words, before a lane can overflow),
        // since a population count is no single instruction on baseline x86-64.
        var newlineLanes: UInt64 = 0
        var continuationLanes: UInt64 = 0
        var words = 0
        while end - base >= 8 {
            let word = UnsafeRawPointer(end - 8).loadUnaligned(as: UInt64.self)
            var inTag = ~UInt64(0)
            let lessThan = Self.zeroBytes(word ^ 0x3C3C_3C3C_3C3C_3C3C)
            if lessThan != 0 {
                // The last '<' of the word (the highest byte: the load is little-endian).
                let index = (63 - lessThan.leadingZeroBitCount) >> 3
                inTag = index == 0 ? ~0 : ~((1 << UInt64(index * 8)) - 1)
                start = end - 8 + index
            }
            newlineLanes &+= (Self.zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A) & inTag) >> 7
            continuationLanes &+= (Self.continuationBytes(word) & inTag) >> 7
            words += 1
            if start != nil || words & 15 == 0 {
                newlines += Self.sumOfLanes(newlineLanes)
                continuations += Self.sumOfLanes(continuationLanes)
                newlineLanes = 0
                continuationLanes = 0
            }
            if start != nil { break }
            end -= 8
        }
        newlines += Self.sumOfLanes(newlineLanes)
        continuations += Self.sumOfLanes(continuationLanes)
        while start == nil && end > base {
            end -= 1
            let byte = end.pointee
            if byte == UInt8(ascii: "<") { start = end; break }
            if byte == UInt8(ascii: "\n") { newlines += 1 }
            if byte & 0xC0 == 0x80 { continuations += 1 }
        }
        guard let start else { return (line, column) }
        if newlines == 0 {
            return (line, max(1, column - ((cursor - start) - continuations)))
        }
        var columnCount = 1
        var scan = start
        while scan > base {
            scan -= 1
            if scan.pointee == UInt8(ascii: "\n") { break }
            if scan.pointee & 0xC0 != 0x80 { columnCount += 1 }
        }
        return (line - newlines, columnCount)
    }

    /// The high bit of every byte of `word` that is zero, and no other bit.
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low = (word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F
        return ~(low | word | 0x7F7F_7F7F_7F7F_7F7F)
    }

    /// The sum of the eight bytes of `lanes` (each at most 16, so the sum fits in a byte).
    @inline(__always)
    private static func sumOfLanes(_ lanes: UInt64) -> Int {
        Int(truncatingIfNeeded: (lanes &* 0x0101_0101_0101_0101) >> 56)
    }

    /// The high bit of every byte of `word` that continues a UTF-8 sequence (`10xxxxxx`).
    @inline(__always)
    private static func continuationBytes(_ word: UInt64) -> UInt64 {
        word & ~(word << 1) & 0x8080_8080_8080_8080
    }

    /// The parser's current line and column.
    func currentPosition() -> (line: Int, column: Int) {
        guard let input = context?.pointee.input else { return (1, 1) }
        return (Int(input.pointee.line), Int(input.pointee.col))
    }

    // MARK: Names

    func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        if let cached = names.value(for: UnsafeRawPointer(pointer), nil, nil) { return cached }
        let value = String(cString: pointer)
        names.store(value, for: UnsafeRawPointer(pointer), nil, nil)
        return value
    }

    func qualifiedName(
        _ local: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?
    ) -> XMLName {
        guard let local else { return XMLName(local: "") }
        let key = UnsafeRawPointer(local)
        let second = uri.map(UnsafeRawPointer.init)
        let third = prefix.map(UnsafeRawPointer.init)
        if let cached = qualifiedNames.value(for: key, second, third) { return cached }
        return cacheName(local, prefix, uri).name
    }

    /// The symbol of an element's or attribute's name in the handler's table (0 while it has none),
    /// found without building or copying the name.
    @inline(__always)
    func symbol(
        _ local: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?
    ) -> UInt16 {
        guard let local else { return 0 }
        if let cached = qualifiedNames.symbol(for: UnsafeRawPointer(local), uri.map(UnsafeRawPointer.init),
            prefix.map(UnsafeRawPointer.init))
        {
            return cached
        }
        return cacheName(local, prefix, uri).symbol
    }

    private func cacheName(
        _ local: UnsafePointer<xmlChar>, _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?
    ) -> (name: XMLName, symbol: UInt16) {
        let expanded = XMLName(namespace: Self.canonical(name(uri)), local: name(local), prefix: prefix.map { name($0) })
        let symbol = symbols?.symbol(local: expanded.local, namespace: expanded.namespace) ?? 0
        qualifiedNames.store(expanded, symbol: symbol, for: UnsafeRawPointer(local), uri.map(UnsafeRawPointer.init),
            prefix.map(UnsafeRawPointer.init))
        return (expanded, symbol)
    }

    /// Takes the handler's symbols after the root element; the names cached until then carry none.
    func adoptSymbols() {
        guard let table = handler.symbols else { return }
        symbols = table
        qualifiedNames.removeAll()
    }

    /// Well-known namespace URIs as string literals: literals are immortal, so copying a name that
    /// holds one costs no reference counting.
    static func canonical(_ uri: String) -> String {
        switch uri {
        case "urn:oasis:names:tc:xliff:document:1.2": "urn:oasis:names:tc:xliff:document:1.2"
        case "urn:oasis:names:tc:xliff:document:2.0": "urn:oasis:names:tc:xliff:document:2.0"
        case "urn:oasis:names:tc:xliff:document:2.1": "urn:oasis:names:tc:xliff:document:2.1"
        case "urn:oasis:names:tc:xliff:document:2.2": "urn:oasis:names:tc:xliff:document:2.2"
        case "http://docbook.org/ns/docbook": "http://docbook.org/ns/docbook"
        case "http://www.w3.org/XML/1998/namespace": "http://www.w3.org/XML/1998/namespace"
        case "http://www.w3.org/1999/xlink": "http://www.w3.org/1999/xlink"
        default: uri
        }
    }

    // MARK: Diagnostics

    func report(
        _ severity: Diagnostic.Severity, _ code: DiagnosticCode, _ message: String, remedy: String?,
        line: Int, column: Int, notes: [String] = []
    ) {
        guard diagnostics.count < options.maximumDiagnostics else {
            suppressedDiagnostics += 1
            return
        }
        diagnostics.append(Diagnostic(severity, code, message, remedy: remedy,
            at: SourceLocation(file: displayPath, line: max(1, line), column: max(1, column)), notes: notes))
    }

    func report(
        _ entry: DiagnosticCatalog.Entry, _ message: String, remedy: String?, line: Int, column: Int, notes: [String] = []
    ) {
        report(entry.defaultSeverity, entry.code, message, remedy: remedy ?? entry.remedy, line: line, column: column,
            notes: notes)
    }

    func stop() {
        stopped = true
        if let context { xmlStopParser(context) }
    }
}
