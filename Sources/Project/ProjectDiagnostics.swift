public import PublicationCore

/// The diagnostic codes of writing into a project: refused and failed writes, the project lock, and the
/// clean-up of interrupted runs.
public enum ProjectDiagnostics {
    /// A write was refused because the place is not Köprü's to write or replace.
    public static let outputRefused: DiagnosticCode = "output.refused"
    /// A file or folder could not be written; nothing was changed.
    public static let outputUnwritable: DiagnosticCode = "output.unwritable"
    /// Another process holds the project's write lock.
    public static let projectLocked: DiagnosticCode = "project.locked"
    /// A temporary folder or file left by an interrupted run was removed.
    public static let leftoverRemoved: DiagnosticCode = "project.leftover-removed"
    /// The lock file, `kopru.lock`, cannot be read or written.
    public static let lockFile: DiagnosticCode = "publication.lock"

    /// `input.empty-folder`: a folder given to `kopru check` holds no file to read.
    public static let emptyFolder = DiagnosticCatalog.Entry(
        "input.empty-folder", .warning, "A folder given to `kopru check` holds no file to read.",
        remedy: "check the path; Köprü reads XLIFF (.xlf, .xliff), DocBook (.xml), Word (.docx) and OpenDocument (.odt) files")
    /// `manifest.unreadable`: the manifest is missing or cannot be read.
    public static let manifestUnreadable = DiagnosticCatalog.Entry(
        "manifest.unreadable", .error, "kopru.yaml is missing or cannot be read.",
        remedy: "run kopru in the folder of the publication's kopru.yaml, or name it with --manifest")
    /// `preview.server-missing`: `kopru preview` found no `kopru-preview` beside `kopru` to run.
    public static let previewServerMissing = DiagnosticCatalog.Entry(
        "preview.server-missing", .error, "`kopru preview` found no program kopru-preview beside kopru to run the server.",
        remedy: "build it with `swift build -c release --product kopru-preview` (make publication does), and keep it in the folder of kopru")
    /// `build.failed`: a writer or the PDF engine failed.
    public static let buildFailed = DiagnosticCatalog.Entry(
        "build.failed", .error, "A writer or the PDF engine failed; the previous output is unchanged.")
    /// `build.input-unreadable`: an input could not be read, so nothing was written.
    public static let buildInputUnreadable = DiagnosticCatalog.Entry(
        "build.input-unreadable", .error,
        "An input could not be read, so the publication was not written; the previous output is unchanged.")

    /// Every code of this module.
    public static let catalog: [DiagnosticCatalog.Entry] = [
        .init(outputRefused, .error,
            "Köprü refused to write or replace a path it does not own: the project folder or a parent of it, a folder holding sources, the manifest, a source, a non-empty folder or a file it did not write. Nothing was changed."),
        .init(outputUnwritable, .error,
            "A file or folder could not be written (disk full, read-only, permissions); nothing was changed."),
        .init(projectLocked, .error,
            "Another kopru process is changing the project (import, check --accept, build, export); the command waited and gave up."),
        .init(leftoverRemoved, .note,
            "A temporary folder or file left by an interrupted run was removed."),
        .init(lockFile, .error, "kopru.lock cannot be read or written."),
    ]
}
