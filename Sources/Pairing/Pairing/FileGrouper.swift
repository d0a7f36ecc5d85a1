public import PublicationCore

/// Groups files that are versions of the same content in different languages, by their paths.
///
/// Two files belong together when their paths differ only by a language token: a dot-separated part of
/// the file name (`validators.de.xlf` / `validators.tr.xlf` / `validators.en.xlf`, `de.locallang.xlf` /
/// `tr.locallang.xlf` / `locallang.xlf`, `messages.tr_TR.xlf`, `de.xliff` / `tr.xliff`), or a folder named
/// for the language (`Sources-de/03-osnabrueck.xml` / `Sources-tr/03-osnabrueck.xlf`). A file without a
/// token joins the group of the files it matches (TYPO3's `locallang.xlf` is the English source of
/// `de.locallang.xlf`). The extension does not matter.
public struct FileGrouper: Sendable {
    /// One group of files.
    public struct Group: Hashable, Sendable {
        /// The shared part of the paths, with the language tokens replaced by `*`.
        public var key: String
        /// The members, each with the language its path names (`nil` for a file without a token).
        public var members: [Member]
    }

    /// A file in a group.
    public struct Member: Hashable, Sendable {
        public var path: String
        public var languageHint: LanguageTag?
    }

    public init() {}

    /// Groups the paths; files that match no other file are left out.
    public func group(_ paths: [String]) -> [Group] {
        var groups: [String: [Member]] = [:]
        var order: [String] = []
        for path in paths {
            let (key, hint) = Self.key(of: path)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(Member(path: path, languageHint: hint))
        }
        return order.compactMap { key in
            guard let members = groups[key], members.count > 1 else { return nil }
            return Group(key: key, members: members)
        }
    }

    /// The group key of a path and the language its path names.
    static func key(of path: String) -> (String, LanguageTag?) {
        var components = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard var fileName = components.popLast() else { return (path, nil) }
        var hint: LanguageTag?
        // Folders named for a language: "Sources-de", "de", "tr_TR".
        components = components.map { folder in
            if let (stem, language) = languageSuffix(of: folder) {
                hint = hint ?? language
                return stem + "-*"
            }
            if let language = languageToken(folder) {
                hint = hint ?? language
                return "*"
            }
            return folder
        }
        // The file name without its extension, split at dots.
        var parts = fileName.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts.count > 1 { parts.removeLast() }
        var kept: [String] = []
        for part in parts {
            if let language = languageToken(part) {
                hint = language
                continue
            }
            kept.append(part)
        }
        fileName = kept.joined(separator: ".")
        return ((components + [fileName]).joined(separator: "/"), hint)
    }

    /// A language tag such as `de`, `tr`, `en`, `tr_TR`, `de-DE`: two lower-case letters, optionally a
    /// region.
    static func languageToken(_ text: String) -> LanguageTag? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 2 || scalars.count == 5 else { return nil }
        guard scalars[0].properties.isLowercase, scalars[1].properties.isLowercase,
            scalars[0].isASCII, scalars[1].isASCII
        else { return nil }
        if scalars.count == 5 {
            guard scalars[2] == "-" || scalars[2] == "_", scalars[3].isASCII, scalars[4].isASCII,
                scalars[3].properties.isUppercase, scalars[4].properties.isUppercase
            else { return nil }
        }
        return LanguageTag(text)
    }

    /// A folder like `Sources-de` or `texts_tr`: the stem and the language.
    static func languageSuffix(of folder: String) -> (String, LanguageTag)? {
        guard let separator = folder.lastIndex(where: { $0 == "-" || $0 == "_" }) else { return nil }
        let suffix = String(folder[folder.index(after: separator)...])
        guard suffix.count == 2, let language = languageToken(suffix) else { return nil }
        let stem = String(folder[..<separator])
        // "xliff12-de-tr" names a language pair, not a language.
        if let previous = stem.lastIndex(where: { $0 == "-" || $0 == "_" }),
            languageToken(String(stem[stem.index(after: previous)...])) != nil
        {
            return nil
        }
        return (stem, language)
    }
}
