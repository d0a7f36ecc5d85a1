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

    /// The image as a `data:` URL, for a self-contained page.
    static func dataURL(for figure: Figure, in directory: URL?) -> String? {
        guard let url = file(for: figure, in: directory), let type = mediaType(of: url),
            let data = try? Data(contentsOf: url)
        else { return nil }
        return "data:\(type);base64,\(data.base64EncodedString())"
    }
}
