internal import CLibXML2
import Foundation
import PublicationCore

/// Turns libxml2's errors into diagnostics in the user's words, keeping libxml2's text as a note.
extension ParseSession {
    func didReceive(_ error: xmlError) {
        // After a failed conversion the parser sees damaged text: what it says next is a consequence.
        if conversionFailure != nil || reportedConversionFailure {
            fatal = true
            return
        }
        let parserText = error.message.map { String(cString: $0) }?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown error"
        let line = Int(error.line)
        let column = Int(error.int2)
        let argument = error.str1.map { String(cString: $0) }
        let isWarning = error.level == XML_ERR_WARNING
        let code = Int(error.code)
        var diagnosticCode: DiagnosticCode = XMLSourceDiagnostics.malformed.code
        var message: String
        var remedy: String? = "fix the XML at this place; an XML editor or `xmllint --noout FILE` shows the problem"

        switch code {
        case _ where code == Int(XML_ERR_DOCUMENT_EMPTY.rawValue)
            || (code == Int(XML_ERR_DOCUMENT_END.rawValue) && !sawElement):
            if bytesRead == 0 || onlyWhitespaceSoFar {
                diagnosticCode = XMLSourceDiagnostics.emptyFile.code
                message = "the file holds no XML document"
                remedy = "check that the file was saved completely, or remove it"
            } else {
                diagnosticCode = XMLSourceDiagnostics.notXml.code
                message = "this is not an XML file: it does not start with an XML element"
                remedy = "Köprü reads XLIFF and DocBook XML, and Word (.docx) and OpenDocument (.odt) files; save the document in one of these formats"
            }
        case Int(XML_ERR_TAG_NOT_FINISHED.rawValue):
            diagnosticCode = XMLSourceDiagnostics.truncated.code
            message = "the file ends before \(argument.map { "element <\($0)>" } ?? "the document") is closed; it looks truncated"
            remedy = "get the complete file again from whoever sent it"
        case Int(XML_ERR_DOCUMENT_END.rawValue) where openElementName != nil:
            diagnosticCode = XMLSourceDiagnostics.truncated.code
            message = "the file ends before element <\(openElementName ?? "")> is closed; it looks truncated"
            remedy = "get the complete file again from whoever sent it"
        case Int(XML_ERR_TAG_NAME_MISMATCH.rawValue):
            message = "an end tag does not match its start tag \(argument.map { "<\($0)>" } ?? "")"
                .trimmingCharacters(in: .whitespaces)
        case Int(XML_ERR_DOCUMENT_END.rawValue):
            message = "there is more content after the end of the document's root element"
        case Int(XML_ERR_UNDECLARED_ENTITY.rawValue), Int(XML_WAR_UNDECLARED_ENTITY.rawValue):
            diagnosticCode = XMLSourceDiagnostics.entityRefused.code
            message = "the entity \(argument.map { "'&\($0);'" } ?? "reference") is not expanded: Köprü never reads entities declared in a DTD"
            remedy = "write the character itself, or a character reference such as '&#160;', instead of the entity"
            fatal = true
            reportError(.error, diagnosticCode, message, remedy: remedy, line: line, column: column, parserText: parserText)
            return
        case Int(XML_ERR_INVALID_CHAR.rawValue), Int(XML_ERR_INVALID_CHARREF.rawValue):
            diagnosticCode = XMLSourceDiagnostics.invalidCharacter.code
            message = parserText.contains("encoding")
                ? "the bytes here are not valid in the file's encoding\(encodingSuffix)"
                : "a character that XML does not allow appears here"
            remedy = "save the file again as UTF-8, or remove the control character"
        case Int(XML_ERR_UNSUPPORTED_ENCODING.rawValue):
            diagnosticCode = XMLSourceDiagnostics.unsupportedEncoding.code
            message = "the declared encoding \(argument.map { "'\($0)'" } ?? "") is not supported"
            remedy = "save the file as UTF-8"
        default:
            if error.domain == Int32(XML_FROM_NAMESPACE.rawValue.magnitude) {
                diagnosticCode = XMLSourceDiagnostics.namespace.code
                message = "the namespaces of this element are not well-formed: \(firstLine(parserText))"
                remedy = "declare every prefix with xmlns:PREFIX=\"…\" before using it"
            } else if Self.sizeLimitTexts.contains(where: { parserText.contains($0) }) {
                diagnosticCode = XMLSourceDiagnostics.sizeLimit.code
                message = "a single text, attribute value or name here is larger than the XML parser allows (10 MB)"
                remedy = "split the text into several paragraphs or units; no translation needs one run this long, so check how the file was produced"
            } else if parserText.contains("Excessive depth") {
                diagnosticCode = XMLSourceDiagnostics.tooDeep.code
                message = "elements are nested too deeply"
                remedy = "no translation file needs such nesting; check how the file was produced"
            } else if parserText.contains("Detected an entity reference loop") || parserText.contains("amplification") {
                diagnosticCode = XMLSourceDiagnostics.entityRefused.code
                message = "the document's entities expand without bound"
                remedy = "remove the DTD's entity declarations"
            } else {
                message = "the XML is malformed: \(firstLine(parserText))"
            }
        }
        if isWarning {
            reportError(.warning, diagnosticCode == XMLSourceDiagnostics.malformed.code ? XMLSourceDiagnostics.warning.code : diagnosticCode,
                isWarning && diagnosticCode == XMLSourceDiagnostics.malformed.code ? "the XML parser warns: \(firstLine(parserText))" : message,
                remedy: nil, line: line, column: column, parserText: parserText)
        } else {
            fatal = true
            reportError(.error, diagnosticCode, message, remedy: remedy, line: line, column: column, parserText: parserText)
        }
    }

    /// An error libxml2 raised outside the parser context: the conversion of the file's bytes from its
    /// encoding, mostly. It stops the parse; the diagnostic is made once the parser has halted.
    func didReceiveUnattached(_ error: xmlError) {
        let parserText = error.message.map { String(cString: $0) }?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown error"
        if error.domain == Int32(XML_FROM_I18N.rawValue) || parserText.contains("conversion failed") {
            if conversionFailure == nil { conversionFailure = parserText }
        } else if error.level != XML_ERR_WARNING {
            didReceive(error)
        }
    }

    /// Reports that the file's bytes could not be converted to Unicode, and stops the parse.
    func reportConversionFailure() {
        fatal = true
        guard !reportedConversionFailure else { return }
        reportedConversionFailure = true
        let position = currentPosition()
        let encoding = context?.pointee.encoding.map { String(cString: $0) }
            ?? context?.pointee.input?.pointee.encoding.map { String(cString: $0) }
            ?? context?.pointee.input?.pointee.buf?.pointee.encoder?.pointee.name.map { String(cString: $0) }
        let named = encoding.map { " from its encoding \($0)" } ?? " from its encoding"
        report(XMLSourceDiagnostics.encodingFailed,
            "the XML parser cannot convert this file\(named) to Unicode; it is not read past the first bytes "
                + "that could not be converted",
            remedy: "save the file as UTF-8 (and its XML declaration with encoding=\"UTF-8\"), then check it again",
            line: position.line, column: position.column,
            notes: ["libxml2: \(firstLine(conversionFailure ?? "input conversion failed"))"])
        conversionFailure = nil
        stop()
    }

    /// The innermost element still open, when the parser stopped inside the document.
    private var openElementName: String? {
        guard let context, context.pointee.nameNr > 0, let name = context.pointee.name else { return nil }
        return String(cString: name)
    }

    private var onlyWhitespaceSoFar: Bool {
        guard let input = context?.pointee.input, let base = input.pointee.base, let end = input.pointee.end else {
            return true
        }
        var cursor = base
        while cursor < end {
            let byte = cursor.pointee
            if !(byte.isXMLWhitespace || byte == 0xEF || byte == 0xBB || byte == 0xBF) {
                return false
            }
            cursor += 1
        }
        return true
    }

    /// libxml2's words for its limits on the size of one text, attribute value, name or lookahead.
    static let sizeLimitTexts = [
        "Huge input lookup", "huge text node", "length too long", "Name too long", "xmlSAX2Characters: huge",
        "XML_PARSE_HUGE",
    ]

    private var encodingSuffix: String {
        if let encoding = context?.pointee.encoding { return " (\(String(cString: encoding)))" }
        return ""
    }

    func firstLine(_ text: String) -> String {
        String(text.split(separator: "\n").first ?? Substring(text))
    }

    private func reportError(
        _ severity: Diagnostic.Severity, _ code: DiagnosticCode, _ message: String, remedy: String?,
        line: Int, column: Int, parserText: String
    ) {
        // libxml2 repeats the same problem in several words after a fatal error; keep the first.
        if severity == .error, diagnostics.contains(where: { $0.severity == .error && $0.location?.line == line
            && $0.code == code })
        {
            return
        }
        report(severity, code, message, remedy: remedy, line: line, column: column,
            notes: ["libxml2: \(firstLine(parserText))"])
    }
}
