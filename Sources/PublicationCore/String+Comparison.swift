import Foundation

extension String {
    /// The text in NFC with every run of white space made one space and the ends trimmed: the form in
    /// which two versions of a text are compared, and fingerprinted.
    public var comparableForm: String {
        precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A short quotation for messages: the comparable form, cut to `limit` characters with "…".
    public func excerpt(limit: Int = 60) -> String {
        let flat = comparableForm
        return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    }
}
