import PublicationCore
import XMLSource

/// The front part: `<info>` with title, subtitle, authors, organisations and abstract.
extension DocBookReader {
    func readInfo(_ info: DocBookElement, into result: inout ContributionInfo) {
        for node in info.children {
            guard case .element(let element) = node else {
                result.otherBlocks += looseParagraph([node], in: info)
                continue
            }
            switch element.docbookName {
            case "title" where result.title.isEmpty:
                result.title = runningText(element)
            case "subtitle" where result.subtitle.isEmpty:
                result.subtitle = runningText(element)
            case "title", "subtitle":
                result.otherBlocks.append(misplacedTitle(element, in: info))
            case "author":
                readAuthor(element, into: &result)
            case "authorgroup":
                for child in element.elements {
                    if child.docbookName == "author" {
                        readAuthor(child, into: &result)
                    } else {
                        keepFrontMatter(child, in: element, into: &result)
                    }
                }
            case "orgname":
                let name = Self.joinedText(element)
                if !name.isEmpty { result.organisations.append(name) }
            case "abstract":
                result.abstract += blocks(from: element.children, in: element)
            default:
                keepFrontMatter(element, in: info, into: &result)
            }
        }
    }

    /// Reads `<author>`: a `personname` (its parts joined) or an `orgname`, and `affiliation/orgname`.
    private func readAuthor(_ author: DocBookElement, into result: inout ContributionInfo) {
        var personName: String?
        var organisationName: String?
        var affiliation: String?
        var directText = ""
        for node in author.children {
            guard case .element(let element) = node else {
                if case .text(let text) = node { directText += text.value }
                continue
            }
            switch element.docbookName {
            case "personname" where personName == nil:
                personName = Self.joinedText(element)
            case "orgname" where organisationName == nil:
                organisationName = Self.joinedText(element)
            case "affiliation":
                for child in element.elements {
                    if child.docbookName == "orgname", affiliation == nil {
                        affiliation = Self.joinedText(child)
                    } else {
                        keepFrontMatter(child, in: element, into: &result)
                    }
                }
            default:
                keepFrontMatter(element, in: author, into: &result)
            }
        }
        // `<author>Ayşe Kaya</author>` is not DocBook 5, but its meaning is plain.
        let name = [personName, organisationName, directText.collapsingXMLWhitespace()]
            .compactMap { $0 }.first { !$0.isEmpty } ?? ""
        // An orgname beside a personname names the person's organisation.
        let organisation = [affiliation, personName.flatMap { $0.isEmpty ? nil : organisationName }]
            .compactMap { $0 }.first { !$0.isEmpty }
        // Every author keeps its place, even an empty `<author/>` or `<author><personname/></author>`: bylines
        // pair by position, an import writes an empty author for one whose name is not translated yet before
        // one whose name is, and the import's update counts every `<author>` of `<info>`.
        result.authors.append(Author(name: name, organisation: organisation))
    }

    /// Keeps a front-matter element outside the subset as a paragraph, with a warning.
    private func keepFrontMatter(_ element: DocBookElement, in parent: DocBookElement, into result: inout ContributionInfo) {
        reportUnsupported(element, keptAs: .frontMatter, in: parent)
        result.otherBlocks.append(.paragraph(Paragraph(id: element.xmlID, content: runningText(element),
            originalElement: element.qualifiedName, location: location(of: element))))
    }
}
