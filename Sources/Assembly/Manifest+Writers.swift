public import Project
public import PublicationCore

extension Manifest {
    /// The writers for the manifest's `outputs`, in that order, set up with its options.
    ///
    /// ```swift
    /// try PublicationOutput(destination: outputFolder).write(publication, layout: manifest.layout,
    ///     with: manifest.writers)
    /// ```
    public var writers: [any PublicationWriter] { writers(options: writerOptions) }

    /// The writers for the manifest's `outputs`, in that order, with these options (the one mapping
    /// from an output format to its writer).
    public func writers(options: PublicationWriterOptions) -> [any PublicationWriter] {
        outputs.map { format -> any PublicationWriter in
            switch format {
            case .html: HTMLWriter(options: options)
            case .pdf: PDFWriter(options: options)
            case .epub: EPUBWriter(options: options)
            }
        }
    }
}
