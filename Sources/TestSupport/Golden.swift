public import Foundation

/// Golden-file comparison: the expected output lives in a file next to the tests.
///
/// When the file is missing or `RECORD_GOLDEN=1` is set, the actual output is written to it and the
/// comparison *fails*, so that every new or changed baseline is reviewed as a diff before it is committed.
public enum Golden {
    /// Compares `actual` with the golden file; returns a failure message, or `nil` when they match.
    public static func compare(_ actual: String, goldenFile: URL) -> String? {
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
        let existing = try? String(contentsOf: goldenFile, encoding: .utf8)
        if record || existing == nil {
            try? FileManager.default.createDirectory(at: goldenFile.deletingLastPathComponent(),
                withIntermediateDirectories: true)
            try? actual.write(to: goldenFile, atomically: true, encoding: .utf8)
            return "recorded \(goldenFile.lastPathComponent); review the diff and run the test again"
        }
        if existing == actual { return nil }
        let expectedLines = existing!.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let expected = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
            let got = index < actualLines.count ? String(actualLines[index]) : "<end of file>"
            if expected != got {
                return "\(goldenFile.lastPathComponent):\(index + 1): expected\n  \(expected)\nbut got\n  \(got)\n(RECORD_GOLDEN=1 re-records)"
            }
        }
        return "\(goldenFile.lastPathComponent) differs"
    }

    /// Compares an HTML page with two goldens: the page with its `<style>` element's content replaced by
    /// a reference to `stylesheetFile`, and the stylesheet itself, kept once for every page that shares
    /// it. A change of the stylesheet then shows in one golden, not in every page's.
    public static func comparePage(_ html: String, goldenFile: URL, stylesheetFile: URL) -> String? {
        guard let open = html.range(of: "<style>"), let close = html.range(of: "</style>", range: open.upperBound..<html.endIndex)
        else { return compare(html, goldenFile: goldenFile) }
        let stylesheet = String(html[open.upperBound..<close.lowerBound])
        let page = html[..<open.upperBound] + "/* \(stylesheetFile.lastPathComponent) */" + html[close.lowerBound...]
        let stylesheetFailure = compare(stylesheet, goldenFile: stylesheetFile)
        let pageFailure = compare(String(page), goldenFile: goldenFile)
        return stylesheetFailure ?? pageFailure
    }
}
