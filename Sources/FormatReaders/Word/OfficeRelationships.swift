import Foundation
import XMLSource

/// The relationships of a part (`word/_rels/document.xml.rels`, `_rels/.rels`): id → target.
final class OfficeRelationships: XMLEventHandler {
    /// One relationship.
    struct Relationship {
        var type: String
        var target: String
        var isExternal: Bool
    }

    private(set) var byID: [String: Relationship] = [:]

    func startElement(_ tag: XMLStartTag) {
        guard tag.name.local == "Relationship", let id = tag.attribute("Id"), let target = tag.attribute("Target")
        else { return }
        byID[id] = Relationship(type: tag.attribute("Type") ?? "", target: target,
            isExternal: tag.attribute("TargetMode") == "External")
    }

    /// The target of the first relationship whose type ends with `suffix` (such as `/officeDocument`).
    func target(ofTypeEndingWith suffix: String) -> String? {
        byID.values.filter { $0.type.hasSuffix(suffix) }.map(\.target).sorted().first
    }

    /// A target resolved against the folder of the part that owns the relationships:
    /// `media/image1.png` of `word/document.xml` is `word/media/image1.png`.
    static func resolve(_ target: String, from folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { if !parts.isEmpty { parts.removeLast() } } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}
