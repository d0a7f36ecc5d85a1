public import PublicationCore

/// Decides where blocks missing from a DocBook translation go: after the block that precedes them in
/// the original (or as the first block of their section, or before the block that follows them).
///
/// A block whose container is missing too goes in with its container, so a whole missing section is
/// inserted as one section.
public struct DocBookInsertionPlanner: Sendable {
    /// The ids the translation has.
    public var present: Set<String>
    /// The writer of inserted blocks (it knows the imported translations).
    public var writer: DocBookBlockWriter
    /// Whether a block id has an imported translation.
    public var isImported: @Sendable (String) -> Bool

    /// Creates a planner.
    public init(present: Set<String>, writer: DocBookBlockWriter, isImported: @escaping @Sendable (String) -> Bool) {
        self.present = present
        self.writer = writer
        self.isImported = isImported
    }

    /// A node of the original's block tree.
    private struct Node {
        var id: String?
        /// Whether `id` is the id of a list item's inner paragraph rather than of the item itself.
        var idIsInner = false
        var block: Block?
        var item: ListItem?
        var children: [Node] = []
    }

    private enum Container {
        case root, abstract
        case section(String?)
        case list
    }

    /// Adds the insertions for every imported block missing from the translation to `edit`.
    ///
    /// - Returns: the ids of imported blocks that could not be placed.
    public func plan(_ original: ContributionDocument, into edit: inout DocBookEdit) -> [String] {
        var unplaced: [String] = []
        place(original.info.abstract.map(node), in: .abstract, edit: &edit, unplaced: &unplaced)
        place(original.blocks.map(node), in: .root, edit: &edit, unplaced: &unplaced)
        return unplaced
    }

    private func node(_ block: Block) -> Node {
        switch block {
        case .section(let section): return Node(id: section.id, block: block, children: section.blocks.map(node))
        case .list(let list):
            return Node(id: list.id, block: block, children: list.items.map { item in
                var id = item.id
                var inner = false
                if id == nil, item.blocks.count == 1, case .paragraph(let paragraph) = item.blocks[0] {
                    id = paragraph.id
                    inner = true
                }
                return Node(id: id, idIsInner: inner, item: item)
            })
        default: return Node(id: block.id, block: block)
        }
    }

    private func isPresent(_ node: Node) -> Bool {
        if let id = node.id, node.item != nil || node.block.map({ if case .list = $0 { false } else { true } }) == true {
            return present.contains(id)
        }
        return node.children.contains(where: isPresent)
    }

    private func hasImport(_ node: Node) -> Bool {
        if let id = node.id, isImported(id) { return true }
        return node.children.contains(where: hasImport)
    }

    private func importedIDs(_ node: Node) -> [String] {
        (node.id.map { isImported($0) ? [$0] : [] } ?? []) + node.children.flatMap(importedIDs)
    }

    private enum Anchor {
        case after(String), afterParent(String), before(String), afterTitle(String), end
    }

    /// The anchor after a present node.
    private func anchor(after node: Node) -> Anchor? {
        if let id = node.id, present.contains(id), node.item != nil || node.children.isEmpty || isSection(node) {
            return node.idIsInner ? .afterParent(id) : .after(id)
        }
        // A list without id: after the list, found through one of its items.
        if let item = node.children.first(where: isPresent), let id = item.id {
            return item.idIsInner ? nil : .afterParent(id)
        }
        return nil
    }

    private func anchor(before node: Node) -> Anchor? {
        if let id = node.id, present.contains(id), !node.idIsInner { return .before(id) }
        if let first = node.children.first(where: isPresent) { return anchor(before: first) }
        return nil
    }

    private func isSection(_ node: Node) -> Bool {
        if case .section? = node.block { true } else { false }
    }

    private func place(_ nodes: [Node], in container: Container, edit: inout DocBookEdit, unplaced: inout [String]) {
        var last: Anchor?
        for (index, node) in nodes.enumerated() {
            if isPresent(node) {
                last = anchor(after: node)
                if isSection(node) {
                    place(node.children, in: .section(node.id.flatMap { present.contains($0) ? $0 : nil }), edit: &edit,
                        unplaced: &unplaced)
                } else if case .list? = node.block {
                    place(node.children, in: .list, edit: &edit, unplaced: &unplaced)
                }
                continue
            }
            guard hasImport(node) else { continue }
            let markup: String?
            if let item = node.item {
                markup = writer.listItem(item)
            } else if let block = node.block {
                markup = writer.markup(for: block)
            } else {
                markup = nil
            }
            guard let markup else { continue }
            var anchor = last
            if anchor == nil, case .section(let id?) = container { anchor = .afterTitle(id) }
            if anchor == nil { anchor = nodes[(index + 1)...].lazy.compactMap { self.anchor(before: $0) }.first }
            if anchor == nil, case .root = container { anchor = .end }
            switch anchor {
            case .after(let id)?: edit.insertAfter[id, default: []].append(markup)
            case .afterParent(let id)?: edit.insertAfterParent[id, default: []].append(markup)
            case .before(let id)?: edit.insertBefore[id, default: []].append(markup)
            case .afterTitle(let id)?: edit.insertAfterTitle[id, default: []].append(markup)
            case .end?: edit.insertAtEnd.append(markup)
            case nil: unplaced += importedIDs(node)
            }
        }
    }
}
