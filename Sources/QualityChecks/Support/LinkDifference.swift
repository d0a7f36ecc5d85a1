import Pairing
import PublicationCore

/// The addresses one text has and the other lacks, compared by a key.
struct LinkDifference {
    /// Source addresses missing from the target.
    var missing: [String]
    /// Target addresses missing from the source.
    var extra: [String]

    init(source: [String], target: [String], key: (String) -> String) {
        var balance: [String: Int] = [:]
        for link in source { balance[key(link), default: 0] += 1 }
        for link in target { balance[key(link), default: 0] -= 1 }
        var remaining = balance
        missing = source.filter {
            guard remaining[key($0), default: 0] > 0 else { return false }
            remaining[key($0), default: 0] -= 1
            return true
        }
        extra = target.filter {
            guard remaining[key($0), default: 0] < 0 else { return false }
            remaining[key($0), default: 0] += 1
            return true
        }
    }

    /// "lacks the web address “…” and has “…” instead", or `nil` when nothing differs.
    func description(kind: String) -> String? {
        let quote = { (links: [String]) in links.map { "“\($0)”" }.joined(separator: ", ") }
        switch (missing.isEmpty, extra.isEmpty) {
        case (true, true): return nil
        case (false, true): return "lacks the \(kind) \(quote(missing)) of the original"
        case (true, false): return "has the \(kind) \(quote(extra)), which the original does not have"
        case (false, false): return "has the \(kind) \(quote(extra)) instead of \(quote(missing))"
        }
    }

    /// The finding of a link check (web or e-mail addresses) on a pair: none when the target is
    /// missing, when the pair gives a made-up example address (which a translation may localise), or
    /// when the addresses agree.
    static func findings<Check: QualityCheck>(
        _ check: Check, on pair: SegmentPair, links: (String) -> [String], key: (String) -> String, kind: String,
        remedy: String
    ) -> [Diagnostic] {
        guard let targetText = pair.targetText else { return [] }
        let sourceLinks = links(pair.sourceText)
        let targetLinks = links(targetText)
        // Most pairs have no address at all: only then is it worth asking (a slow, case-insensitive
        // search) whether the pair gives an example address, which a translation may localise
        // ("joe@institution.edu" → "mehmet@kurum.edu").
        guard !sourceLinks.isEmpty || !targetLinks.isEmpty, !pair.givesExampleAddress else { return [] }
        let difference = LinkDifference(source: sourceLinks, target: targetLinks, key: key)
        guard let description = difference.description(kind: kind) else { return [] }
        return [check.finding("\(pair.translationName.capitalisedFirst) \(description).", remedy: remedy, at: pair)]
    }
}
