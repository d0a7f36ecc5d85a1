import Foundation
import Pairing
import Project
import QualityChecks

/// The first bytes of an existing file, as text: how the writing commands recognise a file that Köprü
/// itself wrote (its TMX header, its XLIFF export note, its report's generator line) before overwriting it.
enum FileHead {
    /// The first `count` bytes of `url` as UTF-8 text, or `nil` when there is no readable regular file.
    static func text(of url: URL, count: Int = 8192) -> String? {
        var info = stat()
        guard stat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
            let handle = FileHandle(forReadingAtPath: url.path)
        else { return nil }
        defer { try? handle.close() }
        return String(decoding: (try? handle.read(upToCount: count)) ?? Data(), as: UTF8.self)
    }
}
