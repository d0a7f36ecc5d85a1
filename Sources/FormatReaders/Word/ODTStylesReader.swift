import XMLSource

/// The styles of an OpenDocument text (`styles.xml`, and the automatic styles of `content.xml`):
/// paragraph and text styles with their parents, bold and italic, list styles (bullet or numbered per
/// level) and the default language, entered into the ``DOCXStyles`` and ``DOCXNumbering`` tables
/// the block builder reads.
final class ODTStylesReader: XMLEventHandler {
    let styles: DOCXStyles
    let numbering: DOCXNumbering
    private var current: DOCXStyles.Style?
    private var inDefaultParagraphStyle = false
    private var listStyle: String?

    init(styles: DOCXStyles, numbering: DOCXNumbering) {
        self.styles = styles
        self.numbering = numbering
    }

    func startElement(_ tag: XMLStartTag) {
        let name = tag.name
        switch (name.namespace, name.local) {
        case (ODTNames.style, "style"):
            guard let styleName = tag.attribute("name", namespace: ODTNames.style) else { return }
            var style = DOCXStyles.Style(id: styleName, type: tag.attribute("family", namespace: ODTNames.style) ?? "")
            style.name = tag.attribute("display-name", namespace: ODTNames.style) ?? ODTNames.displayName(styleName)
            style.basedOn = tag.attribute("parent-style-name", namespace: ODTNames.style)
            if let level = tag.attribute("default-outline-level", namespace: ODTNames.style).flatMap({ Int($0) }), level > 0 {
                style.outlineLevel = level - 1
            }
            current = style
        case (ODTNames.style, "default-style"):
            inDefaultParagraphStyle = tag.attribute("family", namespace: ODTNames.style) == "paragraph"
        case (ODTNames.style, "text-properties"):
            if inDefaultParagraphStyle, let language = tag.attribute("language", namespace: ODTNames.formatting),
                language != "zxx", language != "none"
            {
                let country = tag.attribute("country", namespace: ODTNames.formatting)
                styles.defineDefaultLanguage(country.map { $0 == "none" ? language : "\(language)-\($0)" } ?? language)
            }
            if let weight = tag.attribute("font-weight", namespace: ODTNames.formatting) {
                current?.bold = weight == "bold" || (Int(weight) ?? 0) >= 600
            }
            if let posture = tag.attribute("font-style", namespace: ODTNames.formatting) {
                current?.italic = posture == "italic" || posture == "oblique"
            }
        case (ODTNames.text, "list-style"):
            listStyle = tag.attribute("name", namespace: ODTNames.style)
        case (ODTNames.text, "list-level-style-bullet"), (ODTNames.text, "list-level-style-image"),
            (ODTNames.text, "list-level-style-number"):
            guard let listStyle, let level = tag.attribute("level", namespace: ODTNames.text).flatMap({ Int($0) }) else {
                return
            }
            let format = name.local == "list-level-style-number"
                ? (tag.attribute("num-format", namespace: ODTNames.style).map { $0.isEmpty ? "none" : "decimal" } ?? "none")
                : "bullet"
            numbering.define(listStyle, level: level - 1, format: format)
        default: break
        }
    }

    func endElement(_ name: XMLName, line: Int, column: Int) {
        switch (name.namespace, name.local) {
        case (ODTNames.style, "style"):
            if let current { styles.define(current) }
            current = nil
        case (ODTNames.style, "default-style"): inDefaultParagraphStyle = false
        case (ODTNames.text, "list-style"): listStyle = nil
        default: break
        }
    }
}
