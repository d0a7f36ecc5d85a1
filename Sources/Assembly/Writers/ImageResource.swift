import Foundation
import PublicationCore

/// Finds a figure's image file and tells its media type.
enum ImageResource {
    /// The image file of `figure` under `directory`, if it exists.
    static func file(for figure: Figure, in directory: URL?) -> URL? {
        guard let directory, let path = figure.imagePath, !path.isEmpty, !path.contains("://") else { return nil }
        let url = directory.appendingPathComponent(path).standardizedFileURL
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The media type for a file name's extension, or `nil` for a format EPUB and browsers do not share.
    static func mediaType(of url: URL) -> String? {
        switch url.pathExtension.lowercased() {
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        default: nil
        }
    }

    /// A warning for every figure whose image the outputs cannot show (no file, or a format EPUB
    /// readers and browsers do not share): it is shown as its alternative text in a frame instead.
    static func problems(in publication: BilingualPublication, directory: URL?) -> [Diagnostic] {
        var collector = FigureCollector()
        for contribution in publication.contributions {
            for row in contribution.rows {
                for block in [row.german, row.turkish].compactMap({ $0 }) { collector.visitBlock(block, depth: row.depth) }
            }
        }
        var problems: [Diagnostic] = []
        var seen = Set<String>()
        for figure in collector.figures {
            guard let path = figure.imagePath, !path.isEmpty, !path.contains("://") else { continue }
            let key = "\(path) \(figure.location.map { "\($0)" } ?? "")"
            guard seen.insert(key).inserted else { continue }
            if let url = file(for: figure, in: directory) {
                if mediaType(of: url) == nil {
                    problems.append(Diagnostic(AssemblyDiagnostics.unsupportedImage,
                        "the image \(path) is not SVG, PNG, JPEG, GIF or WebP; the publication shows the figure's alternative text in a frame",
                        at: figure.location))
                }
            } else {
                problems.append(Diagnostic(AssemblyDiagnostics.missingImage,
                    "the image \(path) is not found; the publication shows the figure's alternative text in a frame",
                    remedy: "put the image at \(path), relative to the folder of kopru.yaml, or correct the path in the figure",
                    at: figure.location))
            }
        }
        return problems
    }

    /// The figures among blocks, at any depth (inside sections, list items, quotations and footnotes).
    struct FigureCollector: ContributionWalker {
        var figures: [Figure] = []

        mutating func visitFigure(_ figure: Figure, depth: Int) { figures.append(figure) }
    }

    /// The image as a `data:` URL, for a self-contained page.
    static func dataURL(for figure: Figure, in directory: URL?) -> String? {
        guard let url = file(for: figure, in: directory), let type = mediaType(of: url),
            let data = try? Data(contentsOf: url)
        else { return nil }
        return "data:\(type);base64,\(data.base64EncodedString())"
    }
}
