import Foundation
import LotraceCore
import Testing
@testable import LotraceRender

/// The whole pipeline from the inline data folder: files, step lines, links, escaping.
@Suite struct SitePipelineTests {
    @Test func buildsEveryPageAndPrintsTheSteps() throws {
        let output = SiteFixture.outputPath()
        let (summary, log) = try SiteFixture.build(into: output)
        let lots = try FileManager.default.contentsOfDirectory(atPath: output + "/lots").sorted()
        #expect(lots.count == 9)
        #expect(lots.contains("FL-001_______etc_x.html") && lots.contains("FL-001_A_B.html") && lots.contains("FL-001_CON.html"))
        let slips = try FileManager.default.contentsOfDirectory(atPath: output + "/slips").sorted()
        #expect(
            slips == [
                "2025-01-07.html", "2025-01-08.html", "2025-01-09.html", "2025-01.html", "POS_0001.html", "POS_0001.xml", "WH_OUT_00001.html", "WH_OUT_00001.xml", "WH_OUT_00002.html",
                "WH_OUT_00002.xml",
            ])
        let recalls = try FileManager.default.contentsOfDirectory(atPath: output + "/recalls")
        // Pre-built recall pages: the 7 lots received from a vendor or made and delivered.
        #expect(recalls.count == 7 * 2)
        let shards = try FileManager.default.contentsOfDirectory(atPath: output + "/search")
        #expect(shards.count == 27, "one shard per first two characters of the 39 search terms")
        // Dashboard: two indexes, one location list, three product lists.
        #expect(summary.files == 2 + 6 + 9 + 8 + 3 + 1 + 1 + 1 + 7 * 2 + 1 + shards.count + 2)
        let lines = log.split(separator: "\n").map { $0.replacingOccurrences(of: #" in \d+\.\d\d s"#, with: "", options: .regularExpression) }
        #expect(
            lines == [
                "[1/11] Copy stylesheet and scripts: 2 files", "[2/11] Render lots dashboard: 6 pages",
                "[3/11] Render lot pages: 9 pages", "[4/11] Render delivery slips: 8 pages",
                "[5/11] Write UBL despatch advices: 3 XML files", "[6/11] Render expiry alerts: 1 page",
                "[7/11] Render FEFO pick order: 1 page", "[8/11] Render integrity audit: 1 page",
                "[9/11] Render recall pages: 7 recall pages", "[10/11] Write search index: 39 entries",
                "[11/11] Render index: 2 pages",
            ])
    }

    @Test func everyLinkResolvesInsideTheSite() throws {
        let output = SiteFixture.outputPath()
        try SiteFixture.build(into: output)
        let root = URL(fileURLWithPath: output).standardizedFileURL
        let pages = (FileManager.default.subpaths(atPath: output) ?? []).filter { $0.hasSuffix(".html") }
        var checked = 0
        for page in pages {
            let html = try String(contentsOfFile: output + "/" + page, encoding: .utf8)
            for match in html.matches(of: /(?:href|src)="([^"#]*)(#[^"]*)?"/) where !match.1.isEmpty && !match.1.hasPrefix("mailto:") {
                let target = root.appendingPathComponent(page).deletingLastPathComponent()
                    .appendingPathComponent(String(match.1)).standardizedFileURL
                #expect(target.path.hasPrefix(root.path + "/"), "\(page) links outside the site: \(match.1)")
                #expect(FileManager.default.fileExists(atPath: target.path), "\(page) links to a missing \(match.1)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    @Test func hostileLotNamesAreEscapedAndStayInside() throws {
        let output = SiteFixture.outputPath()
        try SiteFixture.build(into: output)
        let parent = URL(fileURLWithPath: output).deletingLastPathComponent().path
        // Nothing is written beside the site but its lock file.
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).sorted() == [".site.lotrace-lock", "site"])
        let all = (FileManager.default.subpaths(atPath: output) ?? []).filter { $0.hasSuffix(".html") }
        let rawQuote = "\"\u{301}"
        for page in all {
            let html = try String(contentsOfFile: output + "/" + page, encoding: .utf8)
            #expect(!html.contains("<script>alert"), "\(page) carries raw markup from a lot name")
            #expect(!html.contains(rawQuote), "\(page) carries a raw quote from a lot name")
            #expect(!html.contains("<Bakery>"), "\(page) carries the company name unescaped")
        }
        let lot = try String(contentsOfFile: output + "/lots/BI-001__script_alert_1___script_.html", encoding: .utf8)
        #expect(lot.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
        let quoted = try String(contentsOfFile: output + "/lots/BI-001____onmouseover_alert_1__x__.html", encoding: .utf8)
        #expect(quoted.contains("<h1>&quot;\u{301} onmouseover=alert(1) x=&quot;</h1>"))
    }
}
