import ArgumentParser
import Foundation
import Pairing
import Project
import QualityChecks

/// `kopru init`: a new volume in an empty folder.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new volume: a commented kopru.yaml and one sample German–Turkish contribution pair.",
        discussion: """
            Writes into DIR (default: the current folder): kopru.yaml, Sources-de/01-beispiel.xml (a German \
            original), Sources-tr/01-beispiel.xml (its Turkish translation, with one paragraph left out so that \
            `kopru check` has something to show), .gitignore, and .github/workflows/kopru.yml, a CI job that \
            runs the completeness gate. The folder is created when missing; an existing folder must be empty \
            (a .git folder is allowed), so init never overwrites anything.

            Then: `kopru check` (what is missing), `kopru build` (the publication in Output/).

            Exit status: 0 written; 73 the folder is not empty; 74 it cannot be written.
            """
    )

    @Argument(help: "The folder of the new volume (default: the current folder).")
    var folder: String = "."

    func run() throws {
        let url = URL(fileURLWithPath: folder)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw ProjectAccess.fail(.refused(path: folder, reason: "it is a file, not a folder",
                    remedy: "name a new or empty folder: `kopru init my-volume`"))
            }
            let entries = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { $0 != ".git" }
            if !entries.isEmpty {
                let shown = entries.sorted().prefix(3).joined(separator: ", ") + (entries.count > 3 ? ", …" : "")
                throw ProjectAccess.fail(.refused(path: folder, reason: "the folder is not empty (\(shown))",
                    remedy: "name a new or empty folder: `kopru init my-volume`"))
            }
        }
        try ProjectAccess.reporting {
            for file in VolumeTemplate.files {
                let target = url.appendingPathComponent(file.path)
                do {
                    try FileManager.default.createDirectory(at: target.deletingLastPathComponent(),
                        withIntermediateDirectories: true)
                } catch {
                    throw ProjectError.unwritable(path: file.path, reason: error.localizedDescription)
                }
                try AtomicFile.write(Data(file.text.utf8), to: target, displayPath: file.path)
            }
        }
        let place = folder == "." ? "this folder" : folder
        var text = "Started a new volume in \(place):\n"
        for file in VolumeTemplate.files { text += "    \(file.path)\n" }
        text += "Next: \(folder == "." ? "" : "cd \(folder) && ")kopru check   (what is still missing)\n"
        text += "      kopru build   (the publication in Output/)\n"
        Terminal.writeOutput(text)
    }
}
