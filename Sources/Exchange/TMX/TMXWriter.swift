public import Project
public import Foundation
import PublicationCore

/// Writes German–Turkish pairs as a TMX 1.4b translation memory.
///
/// ```xml
/// <tmx version="1.4">
///   <header creationtool="Köprü" creationtoolversion="0.2.0" srclang="*all*" adminlang="en" segtype="paragraph"
///           o-tmf="kopru" datatype="xml" creationdate="20250101T120000Z"/>
///   <body>
///     <tu tuid="07-sisli#sis-p1" srclang="tr-TR">
///       <tuv xml:lang="tr-TR"><seg>…</seg></tuv>
///       <tuv xml:lang="de-DE"><seg>…<bpt i="1">&lt;emphasis&gt;</bpt>…<ept i="1">&lt;/emphasis&gt;</ept></seg></tuv>
///     </tu>
///   </body>
/// </tmx>
/// ```
public struct TMXWriter: Sendable {
    /// What one pair holds, as TMX's `segtype` names it.
    public enum SegmentType: String, Sendable {
        /// A block: a paragraph, a heading, a list item (`kopru export-tmx`).
        case paragraph
        /// A sentence (`kopru align --format tmx`).
        case sentence
    }

    /// What one pair holds.
    public var segmentType: SegmentType

    /// Creates a writer of pairs of `segmentType`.
    public init(segmentType: SegmentType = .paragraph) {
        self.segmentType = segmentType
    }

    /// The confirmed pairs of a loaded publication: every row whose translation is there, confirmed and
    /// current, in reading order (headings, paragraphs, list items, quotes and figures; a footnote's
    /// place is a placeholder).
    public static func pairs(of publication: LoadedPublication) -> [TMXPair] {
        var result: [TMXPair] = []
        for contribution in publication.contributions {
            for row in contribution.alignment.rows where row.status == .translated {
                guard let german = row.german, let turkish = row.turkish else { continue }
                let ids = contribution.originalLanguage == .turkish ? row.turkishSegmentIDs : row.germanSegmentIDs
                result.append(TMXPair(id: ids.first.map { "\(contribution.id)#\($0)" },
                    originalLanguage: contribution.originalLanguage,
                    german: InlineCodec.encode(TranslatableBlock.content(of: german), for: .v2_1).text,
                    turkish: InlineCodec.encode(TranslatableBlock.content(of: turkish), for: .v2_1).text))
            }
        }
        return result
    }

    /// `YYYYMMDDTHHMMSSZ` in UTC.
    public static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }

    /// The TMX document.
    ///
    /// - Parameters:
    ///   - pairs: the pairs, each written with its original first.
    ///   - date: the creation date for the header.
    public func write(_ pairs: [TMXPair], date: Date = Date()) -> Data {
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
              <header creationtool="Köprü" creationtoolversion="\(KopruVersion.current)" srclang="*all*" adminlang="en" segtype="\(segmentType.rawValue)" o-tmf="kopru" datatype="xml" creationdate="\(Self.timestamp(date))"/>
              <body>

            """
        for pair in pairs {
            let sides: [(String, InlineText)] = pair.originalLanguage == .turkish
                ? [("tr-TR", pair.turkish), ("de-DE", pair.german)]
                : [("de-DE", pair.german), ("tr-TR", pair.turkish)]
            text += "    <tu"
            if let id = pair.id { text += " tuid=\"\(XMLEscaping.attribute(id))\"" }
            text += " srclang=\"\(sides[0].0)\">\n"
            for (language, segment) in sides {
                text += "      <tuv xml:lang=\"\(language)\"><seg>\(seg(segment))</seg></tuv>\n"
            }
            text += "    </tu>\n"
        }
        text += "  </body>\n</tmx>\n"
        return Data(text.utf8)
    }

    /// A segment's content: text, and codes as `<bpt>`, `<ept>`, `<ph>` holding their native data.
    func seg(_ text: InlineText) -> String {
        var result = ""
        var placeholder = 0
        for element in text.elements {
            switch element {
            case .text(let run):
                result += XMLEscaping.text(run)
            case .code(let code):
                let data = XMLEscaping.text(code.data ?? "")
                let id = XMLEscaping.attribute(code.id ?? "0")
                switch code.kind {
                case .opening: result += "<bpt i=\"\(id)\">\(data)</bpt>"
                case .closing: result += "<ept i=\"\(id)\">\(data)</ept>"
                case .markerStart, .markerEnd: break
                case .placeholder, .isolated:
                    placeholder += 1
                    result += "<ph x=\"\(placeholder)\">\(data)</ph>"
                }
            }
        }
        return result
    }
}
