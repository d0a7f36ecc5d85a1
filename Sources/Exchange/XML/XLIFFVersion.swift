/// The XLIFF versions Köprü writes.
public enum XLIFFVersion: String, Sendable, CaseIterable {
    /// XLIFF 1.2 (`urn:oasis:names:tc:xliff:document:1.2`).
    case v1_2 = "1.2"
    /// XLIFF 2.1 (`urn:oasis:names:tc:xliff:document:2.0`, `version="2.1"`).
    case v2_1 = "2.1"

    /// The namespace of the version's core elements.
    public var namespace: String {
        switch self {
        case .v1_2: "urn:oasis:names:tc:xliff:document:1.2"
        case .v2_1: "urn:oasis:names:tc:xliff:document:2.0"
        }
    }
}
