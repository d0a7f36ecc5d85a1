public import Foundation
import PublicationCore

/// Writes an ``ExportFile`` as XLIFF 2.1 or 1.2.
///
/// XLIFF 2.1, one unit:
/// ```xml
/// <unit id="sis-p4">
///   <notes><note category="contribution">Contribution 07-sisli: Şişli: …</note>…</notes>
///   <originalData><data id="d1">&lt;emphasis&gt;</data>…</originalData>
///   <segment state="initial"><source>…</source></segment>
/// </unit>
/// ```
/// XLIFF 1.2 writes `<trans-unit>` with `<g>`/`<x/>` codes and `<note from="kopru">`.
public struct XLIFFExportWriter: Sendable {
    /// The version written.
    public var version: XLIFFVersion

    /// Creates a writer.
    public init(version: XLIFFVersion) {
        self.version = version
    }

    /// The document for a file.
    public func write(_ file: ExportFile) -> Data {
        Data((version == .v1_2 ? xliff12(file) : xliff2(file)).utf8)
    }

    static func tag(_ language: LanguageTag) -> String {
        language == .german ? "de-DE" : language == .turkish ? "tr-TR" : language.written
    }

    private func attribute(_ value: String) -> String { XMLEscaping.attribute(value) }

    private func xliff2(_ file: ExportFile) -> String {
        let inline = XLIFFInlineWriter(version: .v2_1)
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="\(Self.tag(file.sourceLanguage))" trgLang="\(Self.tag(file.targetLanguage))">
              <file id="\(attribute(file.contribution))" original="\(attribute(file.originalPath))">
                <notes>
                  <note category="kopru">Exported by Köprü \(KopruVersion.current): the blocks of \(XMLEscaping.text(file.originalPath)) whose translation is missing, empty, unconfirmed or outdated. Unit ids are the block ids; return the file with `kopru import`.</note>
                </notes>

            """
        for unit in file.units {
            text += "    <unit id=\"\(attribute(unit.id))\">\n"
            if !unit.notes.isEmpty {
                text += "      <notes>\n"
                for note in unit.notes {
                    text += "        <note category=\"\(attribute(note.category))\">\(XMLEscaping.text(note.text))</note>\n"
                }
                text += "      </notes>\n"
            }
            if !unit.source.originalData.isEmpty {
                text += "      <originalData>\n"
                for data in unit.source.originalData {
                    text += "        <data id=\"\(attribute(data.id))\">\(XMLEscaping.text(data.markup))</data>\n"
                }
                text += "      </originalData>\n"
            }
            text += "      <segment state=\"initial\">\n"
            text += "        <source>\(inline.markup(for: unit.source.text))</source>\n"
            if let target = unit.target {
                text += "        <target>\(inline.markup(for: target))</target>\n"
            }
            text += "      </segment>\n    </unit>\n"
        }
        text += "  </file>\n</xliff>\n"
        return text
    }

    private func xliff12(_ file: ExportFile) -> String {
        let inline = XLIFFInlineWriter(version: .v1_2)
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="\(attribute(file.originalPath))" datatype="xml" source-language="\(Self.tag(file.sourceLanguage))" target-language="\(Self.tag(file.targetLanguage))" tool-id="kopru">
                <header>
                  <tool tool-id="kopru" tool-name="Köprü" tool-version="\(KopruVersion.current)"/>
                  <note from="kopru">Exported by Köprü: the blocks of contribution \(XMLEscaping.text(file.contribution)) (\(XMLEscaping.text(file.originalPath))) whose translation is missing, empty, unconfirmed or outdated. Unit ids are the block ids; return the file with `kopru import`.</note>
                </header>
                <body>

            """
        for unit in file.units {
            text += "      <trans-unit id=\"\(attribute(unit.id))\">\n"
            text += "        <source>\(inline.markup(for: unit.source.text))</source>\n"
            if let target = unit.target {
                let state = target.hasNoText ? "new" : "needs-review-translation"
                text += "        <target state=\"\(state)\">\(inline.markup(for: target))</target>\n"
            }
            for note in unit.notes {
                // XLIFF 1.2 notes have no category: the record is told apart by its `from`.
                let from = note.category == ExportRecord.category ? note.category : "kopru"
                text += "        <note from=\"\(from)\">\(XMLEscaping.text(note.text))</note>\n"
            }
            text += "      </trans-unit>\n"
        }
        text += "    </body>\n  </file>\n</xliff>\n"
        return text
    }
}
