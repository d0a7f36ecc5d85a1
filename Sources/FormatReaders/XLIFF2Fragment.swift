/// An XLIFF 2 fragment identifier such as `#/f=f1/u=u1/n=n1` or `#m1`, parsed and checked against
/// the syntax of the core specification (selectors `f`, `g`, `u`, `n`, `d`, `t` and module prefixes).
struct XLIFF2Fragment: Equatable {
    /// One `prefix=id` selector, or a bare id (prefix `nil`).
    struct Selector: Equatable {
        var prefix: String?
        var id: String
    }

    /// Whether the path starts with `/` (it then starts at a file).
    var isAbsolute: Bool
    /// The selectors in order.
    var selectors: [Selector]

    /// The registered prefixes of modules and extensions (`tbx` for TBX) that fragment identifiers may use.
    static let modulePrefixes: Set<String> = ["mtc", "gls", "mda", "res", "ctr", "slr", "val", "its", "pgs", "tbx"]
    /// The core prefixes.
    static let corePrefixes: Set<String> = ["f", "g", "u", "n", "d", "t"]

    /// The last selector: what the fragment points to.
    var leaf: Selector? { selectors.last }

    /// The value of the selector with this prefix, if present.
    func id(for prefix: String) -> String? {
        selectors.first { $0.prefix == prefix }?.id
    }

    /// Parses the fragment part of `reference` (after `#`).
    ///
    /// - Returns: the fragment, or a sentence saying what is wrong with it.
    static func parse(_ reference: String) -> Result<XLIFF2Fragment, FragmentError> {
        guard let hash = reference.firstIndex(of: "#") else { return .failure(.init("it has no '#'")) }
        var body = Substring(reference[reference.index(after: hash)...])
        let absolute = body.hasPrefix("/")
        if absolute { body = body.dropFirst() }
        guard !body.isEmpty else { return .failure(.init("nothing follows the '#'")) }
        var selectors: [Selector] = []
        for part in body.split(separator: "/", omittingEmptySubsequences: false) {
            if part.isEmpty { return .failure(.init("it has an empty selector")) }
            if let equals = part.firstIndex(of: "=") {
                let prefix = String(part[..<equals])
                let id = String(part[part.index(after: equals)...])
                guard XLIFF2Syntax.isNMToken(prefix), !prefix.contains(":") else {
                    return .failure(.init("the prefix '\(prefix)' is not an NMTOKEN"))
                }
                if prefix.count == 1, !corePrefixes.contains(prefix) {
                    return .failure(.init("the one-letter prefix '\(prefix)' is reserved and not defined by XLIFF"))
                }
                guard corePrefixes.contains(prefix) || modulePrefixes.contains(prefix) else {
                    return .failure(.init("the prefix '\(prefix)' is not a registered XLIFF prefix"))
                }
                guard XLIFF2Syntax.isNMToken(id) else {
                    return .failure(.init("the id '\(id)' is not an NMTOKEN"))
                }
                selectors.append(Selector(prefix: prefix, id: id))
            } else {
                let id = String(part)
                guard XLIFF2Syntax.isNMToken(id) else { return .failure(.init("the id '\(id)' is not an NMTOKEN")) }
                selectors.append(Selector(prefix: nil, id: id))
            }
        }
        let fragment = XLIFF2Fragment(isAbsolute: absolute, selectors: selectors)
        if let problem = fragment.structuralProblem { return .failure(.init(problem)) }
        return .success(fragment)
    }

    /// What is wrong with the order of the selectors, if anything.
    private var structuralProblem: String? {
        if isAbsolute, selectors.first?.prefix != "f" {
            return "a path that starts with '/' must start with a file selector 'f='"
        }
        // Rank: f 0, g 1, u 2, leaf 3. Ranks never decrease; f and u occur once; a leaf ends the path.
        var lastRank = -1
        var seen: Set<String> = []
        for (index, selector) in selectors.enumerated() {
            let key = selector.prefix ?? ""
            let rank: Int
            switch selector.prefix {
            case "f": rank = 0
            case "g": rank = 1
            case "u": rank = 2
            default: rank = 3
            }
            if key != "g", !seen.insert(key).inserted {
                return "the selector '\(key.isEmpty ? selector.id : key + "=")' appears twice"
            }
            if rank < lastRank {
                return "'\(key.isEmpty ? selector.id : key + "=" + selector.id)' comes after a selector that must follow it"
            }
            if rank == 3, index != selectors.count - 1 {
                return "'\(key.isEmpty ? selector.id : key + "=" + selector.id)' must be the last selector"
            }
            if (selector.prefix == "d" || selector.prefix == "t"), !selectors.contains(where: { $0.prefix == "u" }),
                isAbsolute
            {
                return "'\(key)=' selects inside a unit, so a 'u=' selector must come before it"
            }
            lastRank = rank
        }
        return nil
    }

    /// Why a fragment identifier was refused.
    struct FragmentError: Error, Equatable {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }
}
