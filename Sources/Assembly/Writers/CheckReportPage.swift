import Pairing
public import Project
public import PublicationCore

/// The editors' report of `kopru check --format html`: one self-contained, accessible page.
///
/// First the volume's completeness at a glance (a bar per contribution, with its direction), then every
/// gap and finding grouped by contribution: the original's text, the translation if there is one, the
/// state, the position and what to do. Checkboxes filter the rows by state and severity in the browser,
/// without a server. Every text carries its language (`lang="de"`, `lang="tr"`); the page's own words
/// are English, as the command line's are.
///
/// ```swift
/// let html = CheckReportPage(title: "Kommunales Potenzial …").render(report, contributions: gaps)
/// ```
public struct CheckReportPage: Sendable {
    /// One contribution's rows that are not translated, with its files.
    public struct Contribution: Sendable {
        /// The contribution's id.
        public var id: String
        /// The language it was written in.
        public var originalLanguage: LanguageTag
        /// The original's and the translation's paths.
        public var files: [String]
        /// The rows whose status is not `translated`.
        public var gaps: [AlignedRow]

        /// Creates a contribution's part of the report.
        public init(id: String, originalLanguage: LanguageTag, files: [String], gaps: [AlignedRow]) {
            self.id = id
            self.originalLanguage = originalLanguage
            self.files = files
            self.gaps = gaps
        }
    }

    /// The page's title: the volume's title, or what was checked.
    public var title: String

    /// Creates a report page.
    public init(title: String) {
        self.title = title
    }

    /// The page for `report`, with the gaps of each contribution (empty for a check of files).
    public func render(_ report: CheckReport, contributions: [Contribution]) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Köprü check report">
            <title>Translation completeness: \(e(title))</title>
            <style>\(Self.styleSheet)</style>
            </head>
            <body>
            <header><h1>Translation completeness</h1><p class="volume">\(e(title))</p>
            <p class="summary">\(report.summary.translated) of \(report.summary.segments) segments translated \
            (\(Self.percent(report.summary.complete))), \(report.summary.errors) error\(report.summary.errors == 1 ? "" : "s"), \
            \(report.summary.warnings) warning\(report.summary.warnings == 1 ? "" : "s")\(report.summary.unreadableFiles > 0 ? ", \(report.summary.unreadableFiles) unreadable file\(report.summary.unreadableFiles == 1 ? "" : "s")" : "").</p>
            </header>
            <main lang="en">

            """
        if !report.contributions.isEmpty {
            html += "<section aria-labelledby=\"overview\"><h2 id=\"overview\">Contributions</h2>\n<table class=\"overview\">\n"
            html += "<caption>Completeness per contribution and language direction</caption>\n"
            html += "<thead><tr><th scope=\"col\">contribution</th><th scope=\"col\">direction</th><th scope=\"col\">segments</th><th scope=\"col\">translated</th><th scope=\"col\">to review</th><th scope=\"col\">outdated</th><th scope=\"col\">missing</th><th scope=\"col\">complete</th></tr></thead>\n<tbody>\n"
            for entry in report.contributions {
                let direction = entry.originLanguage == "tr" ? "tr → de" : entry.originLanguage == "de" ? "de → tr" : entry.originLanguage
                let width = Int((entry.complete * 100).rounded(.down))
                html += "<tr><th scope=\"row\"><a href=\"#c-\(a(entry.id))\">\(e(entry.id))</a></th><td>\(direction)</td><td>\(entry.segments)</td><td>\(entry.translated)</td><td>\(entry.needsReview)</td><td>\(entry.outdated)</td><td>\(entry.missing)</td>"
                html += "<td class=\"bar\"><span class=\"track\" aria-hidden=\"true\"><span class=\"fill\" style=\"width:\(width)%\"></span></span> \(Self.percent(entry.complete))</td></tr>\n"
            }
            html += "</tbody></table></section>\n"
        }
        html += """
            <section aria-labelledby="gaps"><h2 id="gaps">Gaps and findings</h2>
            <form class="filters" aria-label="Filter the rows">
            <fieldset><legend>State</legend>
            \(Self.states.map { "<label><input type=\"checkbox\" data-filter=\"state\" value=\"\($0.key)\" checked> \($0.label)</label>" }.joined(separator: "\n"))
            </fieldset>
            <fieldset><legend>Severity</legend>
            \(["error", "warning", "note"].map { "<label><input type=\"checkbox\" data-filter=\"severity\" value=\"\($0)\" checked> \($0)</label>" }.joined(separator: "\n"))
            </fieldset>
            </form>

            """
        var shownFindings = Set<Int>()
        for contribution in contributions {
            let findings = report.findings.enumerated().filter { finding in
                finding.element.file.map(contribution.files.contains) ?? false
            }
            shownFindings.formUnion(findings.map(\.offset))
            html += "<section class=\"contribution\" id=\"c-\(a(contribution.id))\" aria-labelledby=\"h-\(a(contribution.id))\">\n"
            html += "<h3 id=\"h-\(a(contribution.id))\">\(e(contribution.id))</h3>\n"
            if contribution.gaps.isEmpty && findings.isEmpty {
                html += "<p>Complete: every block is translated, confirmed and current.</p>\n</section>\n"
                continue
            }
            if !contribution.gaps.isEmpty {
                let original = contribution.originalLanguage
                html += "<table class=\"gaps\"><caption>Blocks whose translation is missing, unconfirmed or outdated</caption>\n"
                html += "<thead><tr><th scope=\"col\">state</th><th scope=\"col\">block</th><th scope=\"col\">original (\(original.code))</th><th scope=\"col\">translation (\(original.partner.code))</th></tr></thead>\n<tbody>\n"
                for row in contribution.gaps {
                    let originalBlock = original == .german ? row.german : row.turkish
                    let translatedBlock = original == .german ? row.turkish : row.german
                    let ids = (original == .german ? row.germanSegmentIDs : row.turkishSegmentIDs)
                    let place = (originalBlock?.location ?? translatedBlock?.location).map { " <span class=\"place\">\(e($0.description))</span>" } ?? ""
                    let label = Self.states.first { $0.key == row.status.rawValue }?.label ?? row.status.rawValue
                    html += "<tr data-state=\"\(row.status.rawValue)\"><td><span class=\"state \(row.status.rawValue)\">\(label)</span></td>"
                    html += "<td>\(e(ids.first ?? originalBlock?.id ?? translatedBlock?.id ?? "–"))\(place)</td>"
                    html += "<td lang=\"\(original.code)\">\(e(originalBlock.map(\.plainText) ?? "–"))</td>"
                    html += "<td lang=\"\(original.partner.code)\">\(translatedBlock.map { e($0.plainText) } ?? "<em lang=\"en\">none</em>")</td></tr>\n"
                }
                html += "</tbody></table>\n"
            }
            html += findingsList(findings.map(\.element))
            html += "</section>\n"
        }
        let rest = report.findings.enumerated().filter { !shownFindings.contains($0.offset) }.map(\.element)
        if !rest.isEmpty {
            html += "<section class=\"contribution\" aria-labelledby=\"h-other\"><h3 id=\"h-other\">\(contributions.isEmpty ? "Findings" : "Other findings")</h3>\n"
            html += findingsList(rest) + "</section>\n"
        }
        html += "</section>\n</main>\n<script>\(Self.script)</script>\n</body>\n</html>\n"
        return html
    }

    func findingsList(_ findings: [CheckReport.Finding]) -> String {
        guard !findings.isEmpty else { return "" }
        var html = "<ul class=\"findings\">\n"
        for finding in findings {
            let place = [finding.file, finding.line.map(String.init), finding.column.map(String.init)].compactMap { $0 }
                .joined(separator: ":")
            html += "<li data-severity=\"\(a(finding.severity))\"><span class=\"severity \(a(finding.severity))\">\(e(finding.severity))</span> "
            if !place.isEmpty { html += "<span class=\"place\">\(e(place))</span> " }
            html += "<span class=\"message\">\(e(finding.message))</span> <code>\(e(finding.code))</code>"
            if let remedy = finding.remedy { html += "<br><span class=\"remedy\">\(e(remedy))</span>" }
            html += "</li>\n"
        }
        return html + "</ul>\n"
    }

    /// The states a row can have, with the words the page uses.
    static let states: [(key: String, label: String)] = [
        (AlignedRow.Status.missingTranslation.rawValue, "missing"),
        (AlignedRow.Status.needsReview.rawValue, "to review"),
        (AlignedRow.Status.outdated.rawValue, "outdated"),
        (AlignedRow.Status.addition.rawValue, "added in the translation"),
    ]

    /// The text a row shows for a block: a section's title, a paragraph, a list's items, a quote, a
    /// figure's title and alternative text.
    static func percent(_ fraction: Double) -> String { CheckReport.percent(fraction) }

    func e(_ text: String) -> String { XMLEscaping.text(text) }
    func a(_ text: String) -> String { XMLEscaping.attribute(text) }

    static let styleSheet = """
        :root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--muted:#555;--line:#ccc;--fill:#1d6b3a;--track:#e4e4e4;\
        --missing:#8a1c1c;--review:#6b4e00;--outdated:#5a2d82}
        @media (prefers-color-scheme:dark){:root{--fg:#eee;--bg:#161616;--muted:#bbb;--line:#444;--fill:#5fc27e;\
        --track:#333;--missing:#ff9b9b;--review:#ffd36b;--outdated:#d7b3ff}}
        body{font-family:"DejaVu Sans",system-ui,sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;\
        max-width:72rem;padding:1rem;line-height:1.45}
        table{border-collapse:collapse;width:100%;margin:0.5rem 0 1rem}caption{text-align:left;color:var(--muted)}
        th,td{border-bottom:1px solid var(--line);padding:0.3rem 0.5rem;text-align:left;vertical-align:top}
        .overview td:nth-child(n+3):not(.bar){text-align:right}
        .track{display:inline-block;width:8rem;height:0.7rem;background:var(--track);vertical-align:middle}
        .fill{display:block;height:100%;background:var(--fill)}
        .state,.severity{font-weight:bold}.missingTranslation,.error{color:var(--missing)}
        .needsReview,.warning{color:var(--review)}.outdated,.addition{color:var(--outdated)}
        .place,.remedy{color:var(--muted)}.findings{padding-left:1.2rem}.findings li{margin:0.3rem 0}
        fieldset{display:inline-block;border:1px solid var(--line);margin:0 1rem 1rem 0}
        a{color:inherit}.hidden{display:none}
        @media (max-width:40rem){.gaps thead{display:none}.gaps td{display:block;border:0}.gaps tr{display:block;\
        border-bottom:1px solid var(--line)}}
        """

    static let script = """
        (function(){var boxes=document.querySelectorAll('input[data-filter]');function apply(){var on={state:{},severity:{}};\
        boxes.forEach(function(b){on[b.dataset.filter][b.value]=b.checked;});\
        document.querySelectorAll('[data-state]').forEach(function(r){r.classList.toggle('hidden',!on.state[r.dataset.state]);});\
        document.querySelectorAll('[data-severity]').forEach(function(r){r.classList.toggle('hidden',on.severity[r.dataset.severity]===false);});}\
        boxes.forEach(function(b){b.addEventListener('change',apply);});})();
        """
}

extension CheckReportPage.Contribution {
    /// Every contribution of a loaded publication with its files and the rows still to translate: the
    /// report page's part, the same for `kopru check` and `kopru preview`.
    public static func all(of loaded: LoadedPublication) -> [Self] {
        loaded.contributions.map { result in
            Self(id: result.id, originalLanguage: result.originalLanguage,
                files: [result.originalPath] + (result.translationPath.map { [$0] } ?? []),
                gaps: result.alignment.rows.filter { $0.status != .translated })
        }
    }
}
