/// The namespaces and small value rules of WordprocessingML, in its transitional and strict forms.
enum DOCXNames {
    static let wordML: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    static let relationships: Set<String> = [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
    ]
    static let word2010 = "http://schemas.microsoft.com/office/word/2010/wordml"
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    static func isWordML(_ namespace: String) -> Bool { wordML.contains(namespace) }

    /// A WordprocessingML on/off value: absent or anything but `0`, `false`, `off` is on.
    static func isOn(_ value: String?) -> Bool {
        guard let value else { return true }
        return !["0", "false", "off", "none"].contains(value.lowercased())
    }
}
