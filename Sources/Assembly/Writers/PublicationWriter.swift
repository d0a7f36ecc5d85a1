public import Foundation
public import PublicationCore

/// Something that turns a bilingual publication into one output format inside a folder.
///
/// ```swift
/// try HTMLWriter().write(publication, layout: .parallel, to: outputFolder)   // writes index.html
/// ```
public protocol PublicationWriter: Sendable {
    /// The name of the file the writer creates inside the folder, such as `index.html`.
    var fileName: String { get }

    /// Writes `publication` in `layout` into the folder `folder`, which must exist.
    ///
    /// - Parameters:
    ///   - publication: the volume with its aligned contributions.
    ///   - layout: how the two languages are arranged.
    ///   - folder: the output folder.
    /// - Returns: the problems the output shows but could not avoid, such as a figure whose image file is
    ///   missing (shown as its alternative text in a frame); empty when there are none.
    /// - Throws: ``PublicationWriterError`` when the output cannot be written or an engine fails.
    @discardableResult
    func write(_ publication: BilingualPublication, layout: PublicationLayout, to folder: URL) throws -> [Diagnostic]
}
