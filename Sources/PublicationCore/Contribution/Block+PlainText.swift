import Foundation
extension Block {
    /// The block's text without markup, as one line: a section's title, a paragraph's text, a list's
    /// items joined with " • ", a quote's paragraphs, a figure's title and alternative text.
    ///
    /// Used where a block is shown in a report or fingerprinted as a whole.
    public var plainText: String {
        switch self {
        case .section(let section): section.title.plainText
        case .paragraph(let paragraph): paragraph.content.plainText
        case .list(let list): list.items.map { $0.blocks.map(\.plainText).joined(separator: " ") }.joined(separator: " • ")
        case .quote(let quote): quote.blocks.map(\.plainText).joined(separator: " ")
        case .figure(let figure):
            [figure.title.plainText, figure.alternativeText].filter { !$0.isEmpty }.joined(separator: " — ")
        }
    }
}

extension Figure {
    /// The figure's title and alternative text joined by a space: its text as one block, as Köprü counted
    /// a figure before the alternative text became a block of its own. A lock-file fingerprint or an
    /// XLIFF unit made from it still confirms an unchanged figure.
    public var earlierBlockText: String {
        [title.plainText, alternativeText].filter { !$0.isEmpty }.joined(separator: " ")
    }
}

extension Block {
    /// For a figure, ``Figure/earlierBlockText``; `nil` for any other block.
    public var earlierBlockText: String? {
        if case .figure(let figure) = self { figure.earlierBlockText } else { nil }
    }
}

extension Array where Element == Inline {
    /// Whether these inlines hold text other than white space (footnotes left out): the one test of
    /// whether a title, subtitle, caption or attribution is there at all.
    public var hasText: Bool { !plainText.isBlank }
}

extension Figure {
    /// Whether the figure has a title; a figure without one (DocBook's `informalfigure`) is translated as
    /// its alternative text.
    public var hasTitle: Bool { title.hasText }
}
