import Foundation
import LotraceCore
import Testing

@testable import LotraceRender

/// A day's slips printed in one go: which slips, in which order, on which named pages, and the
/// same page from the site and from `lotrace slips --date`.
@Suite struct DaySlipsTests {
    @Test func daysNewestFirstSlipsInShippingOrderCancelledLeftOut() throws {
        let (_, slips) = try DeliverySlipBuilderTests.slips()
        #expect(SlipDay.days(of: slips).map { [$0.date] + $0.slips.map(\.reference) } == [
            ["2025-01-09", "WH/OUT/00002"], ["2025-01-08", "POS/0001"], ["2025-01-07", "WH/OUT/00001"],
        ])
        var files = SiteFixture.files
        files["transfers.csv"] = files["transfers.csv"]?.replacingOccurrences(of: #""","Ready","#, with: #""","Cancelled","#)
        let (_, cancelled) = try DeliverySlipBuilderTests.slips(files)
        #expect(SlipDay.days(of: cancelled).map(\.date) == ["2025-01-08", "2025-01-07"])
        #expect(SlipDay.day("2025-01-09", of: cancelled) == nil)
    }

    @Test func eachSlipHasItsNamedPagesWithItsRunningHeaderAndPageCount() throws {
        let (_, slips) = try DeliverySlipBuilderTests.slips()
        var day = try #require(SlipDay.day("2025-01-07", of: slips))
        day.slips.append(try #require(slips.first { $0.reference == "WH/OUT/00002" }))
        let page = DaySlipsPage(
            day: day, barcodes: SlipSheetLayoutTests.barcodes,
            frame: PageFrame(standalone: "Delivery slips", company: "Hartwell", asOf: SiteFixture.asOf), links: nil, upHref: nil,
            css: nil)
        #expect(page.slips.map(\.pageClass) == ["day-slip-1", "day-slip-2"])
        #expect(page.slips.map { $0.sheets.map(\.number) } == [[1, 2], [1]])
        #expect(page.slips[0].sheets.map { [$0.first, $0.last, $0.hasTable] } == [[true, false, true], [false, true, true]])
        #expect(page.slips[0].sheets.map { $0.rows.map(\.number) } == [[1, 2], [3]])
        #expect(
            page.pageRules == """
                .day-slip-1 { page: day-slip-1; }
                @page day-slip-1 { counter-increment: day-slip-1; @top-left { content: "Hartwell \\3c Bakery\\3e  \\26  Co \\2014  Delivery slip WH\\2f OUT\\2f 00001"; } @bottom-right { content: "Page " counter(day-slip-1) " of 2"; } }
                .day-slip-2 { page: day-slip-2; }
                @page day-slip-2 { counter-increment: day-slip-2; @top-left { content: "Hartwell \\3c Bakery\\3e  \\26  Co \\2014  Delivery slip WH\\2f OUT\\2f 00002"; } @bottom-right { content: "Page " counter(day-slip-2) " of 1"; } }
                """)
    }

    @Test func theSiteLinksEveryDayFromTheSlipsIndex() throws {
        let output = SiteFixture.outputPath()
        try SiteFixture.build(into: output)
        let index = try String(contentsOfFile: output + "/slips.html", encoding: .utf8)
        #expect(index.contains(#"<td class="days"><a href="slips/2025-01-07.html">07</a> <a href="slips/2025-01-08.html">08</a> <a href="slips/2025-01-09.html">09</a> </td>"#))
        let day = try String(contentsOfFile: output + "/slips/2025-01-07.html", encoding: .utf8)
        #expect(day.contains(#"<p class="sheet-label">WH/OUT/00001 · page 1 of 2</p>"#))
        #expect(day.contains(#"<p class="sheet-label">WH/OUT/00001 · page 2 of 2</p>"#))
        #expect(day.contains(#"<a href="../lots/BI-001_B1.html">B1</a>"#))
        #expect(day.contains(#"<a href="../slips.html">All delivery slips</a>"#))
    }

    @Test func theSitePrintsTheDaysWithinItsWindowOfTheLastOne() throws {
        let (_, slips) = try DeliverySlipBuilderTests.slips()
        let days = SlipDay.days(of: slips)
        #expect(SlipDay.recent(days, within: 3).map(\.date) == ["2025-01-09", "2025-01-08", "2025-01-07"])
        #expect(SlipDay.recent(days, within: 2).map(\.date) == ["2025-01-09", "2025-01-08"])
        #expect(SlipDay.recent(days, within: 1).map(\.date) == ["2025-01-09"])
        #expect(SlipDay.recent(days, within: 0).isEmpty)
        #expect(SlipDay.recent([], within: 92).isEmpty)
    }

    @Test func aDayBeyondTheWindowHasNoPrintAndTheIndexSaysHowToPrintIt() throws {
        var files = SiteFixture.files
        files["lotrace.json"] = files["lotrace.json"]?.replacingOccurrences(of: #"}, "timeZone""#, with: #"}, "site": {"dayPrints": 2}, "timeZone""#)
        let output = SiteFixture.outputPath()
        try SiteFixture.build(into: output, files: files)
        let index = try String(contentsOfFile: output + "/slips.html", encoding: .utf8)
        #expect(index.contains(#"<td class="days"><a href="slips/2025-01-08.html">08</a> <a href="slips/2025-01-09.html">09</a> </td>"#))
        #expect(index.contains(
            #"<p class="hint">The site prints the days of shipping within 2 days of the last one; 1 day before, up to 2025-01-07, print with <code>lotrace slips --date YYYY-MM-DD -o day.html</code>.</p>"#))
        #expect(!FileManager.default.fileExists(atPath: output + "/slips/2025-01-07.html"))
        #expect(FileManager.default.fileExists(atPath: output + "/slips/WH_OUT_00001.html"))
        files["lotrace.json"] = files["lotrace.json"]?.replacingOccurrences(of: #""dayPrints": 2"#, with: #""dayPrints": 0"#)
        try SiteFixture.build(into: output, files: files)
        let none = try String(contentsOfFile: output + "/slips.html", encoding: .utf8)
        #expect(none.contains(
            #"<p class="hint">The site prints no day of shipping; 3 days with slips, up to 2025-01-09, print with <code>lotrace slips --date YYYY-MM-DD -o day.html</code>.</p>"#))
        #expect(!none.contains(#"<td class="days"><a"#))
        try SiteFixture.build(into: output)
        let all = try String(contentsOfFile: output + "/slips.html", encoding: .utf8)
        #expect(!all.contains("The site prints the days"))
        #expect(FileManager.default.fileExists(atPath: output + "/slips/2025-01-07.html"))
    }

    @Test func slipsCannotTakeTheNameOfADay() throws {
        var files = SiteFixture.files
        for name in ["transfers.csv", "moves.csv"] {
            files[name] = files[name]?.replacingOccurrences(of: "WH/OUT/00002", with: "2025-01-09")
        }
        let (dataset, config) = try SiteFixture.load(files)
        let slips = DeliverySlipBuilder(dataset: dataset, config: config).slips()
        let links = SiteLinks(dataset: dataset, slips: slips)
        #expect(links.dayPage("2025-01-09") == "slips/2025-01-09.html")
        #expect(links.slipFile("2025-01-09") == "slips/2025-01-09-2.html")
    }

    @Test func lotraceSlipsWritesTheSitePageStandingAlone() throws {
        let output = SiteFixture.outputPath()
        try SiteFixture.build(into: output)
        let site = try String(contentsOfFile: output + "/slips/2025-01-07.html", encoding: .utf8)
        let (dataset, config) = try SiteFixture.load()
        let alone = try DaySlipDocuments(date: "2025-01-07", dataset: dataset, config: config)
            .render(templates: SiteFixture.templates, today: SiteFixture.asOf).text
        let css = try String(contentsOfFile: SiteFixture.templates + "/site.css", encoding: .utf8)
        #expect(alone.contains("<style>\n" + css + "\n</style>"))
        #expect(!alone.contains("../lots/"))
        // the same sheets with the same rows: the articles, links to other pages taken out
        let articles = { (page: String) in
            page.components(separatedBy: "<article").dropFirst().map {
                String($0.prefix { _ in true }.components(separatedBy: "</article>")[0])
                    .replacingOccurrences(of: #"<a href="[^"]*">([^<]*)</a>"#, with: "$1", options: .regularExpression)
            }
        }
        #expect(articles(alone) == articles(site))
        #expect(articles(site).count == 2)
        #expect {
            try DaySlipDocuments(date: "2025-01-10", dataset: dataset, config: config)
        } throws: { error in
            "\(error)" == "no delivery slip ships on 2025-01-10 (no outgoing transfer is dated that day, or all were cancelled)"
        }
    }
}
