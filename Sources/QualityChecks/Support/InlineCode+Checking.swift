import Pairing
public import PublicationCore

extension InlineCode {
    /// What identifies a code when a source and its translation are compared: its kind and its id
    /// (or, without an id, its element name).
    public var matchKey: String { "\(kind.rawValue):\(id ?? "<\(element)>")" }

    /// The code as an editor recognises it: `<g id="1">`, `</g>` (id 1), `<x id="2"/>`.
    public var displayName: String {
        let idText = id.map { " id=\"\($0)\"" } ?? ""
        switch kind {
        case .opening, .markerStart: return "<\(element)\(idText)>"
        case .closing, .markerEnd: return "</\(element)>" + (id.map { " (id \($0))" } ?? "")
        case .placeholder, .isolated: return "<\(element)\(idText)/>"
        }
    }

    /// Whether the code is an annotation marker (`mrk`, `sm`, `em`) rather than a formatting code.
    public var isAnnotationMarker: Bool { kind == .markerStart || kind == .markerEnd }

    /// The key of the partner code: an opening code's closing key and the other way round.
    var partnerKey: String? {
        let idPart = id ?? "<\(element)>"
        switch kind {
        case .opening: return "\(Kind.closing.rawValue):\(idPart)"
        case .markerStart: return "\(Kind.markerEnd.rawValue):\(idPart)"
        default: return nil
        }
    }
}
