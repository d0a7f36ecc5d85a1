public import Project

extension Manifest {
    /// The writers for the manifest's `outputs`, in that order, set up with its options.
    ///
    /// ```swift
    /// try PublicationOutput(destination: outputFolder).write(publication, layout: manifest.layout,
    ///     with: manifest.writers)
    /// ```
    public var writers: [any PublicationWriter] {
        let options = writerOptions
        return outputs.map { format -> any PublicationWriter in
            switch format {
            case .html: HTMLWriter(options: options)
            case .pdf: PDFWriter(options: options)
            case .epub: EPUBWriter(options: options)
            }
        }
    }
}
