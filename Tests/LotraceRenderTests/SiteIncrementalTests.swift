import Foundation
import LotraceCore
import Testing

@testable import LotraceRender

/// Incremental builds: a page whose inputs (values, templates, Lotrace's version) did not change
/// is reused from the previous site, never rendered again.
@Suite struct SiteIncrementalTests {
    @Test func aRebuildOfUnchangedDataRendersNothing() throws {
        let output = SiteFixture.outputPath()
        let first = try SiteFixture.build(into: output).summary
        #expect(first.rendered.count == first.files && first.reused == 0 && first.removed == 0)
        let before = try SiteStagingTests.snapshot(output)
        let second = try SiteFixture.build(into: output).summary
        #expect(second.rendered == [])
        #expect(second.reused == second.files && second.files == first.files && second.removed == 0)
        #expect(SiteStagingTests.sameFiles(before, try SiteStagingTests.snapshot(output)))
    }

    /// Same data, templates and as-of: the site stays as it is, no step runs; a file someone
    /// deleted from it makes the next build run again and bring it back.
    @Test func aRebuildOfTheSameInputsAsOfTheSameMomentKeepsTheSite() throws {
        let output = SiteFixture.outputPath()
        let first = try SiteFixture.build(into: output).summary
        let before = try SiteStagingTests.snapshot(output)
        let (second, log) = try SiteFixture.build(into: output)
        #expect(log == "the site is current: same data, templates and as-of as the build that wrote it; nothing to write\n")
        #expect(second.files == first.files && second.reused == first.files && second.bytes == first.bytes && second.rendered == [])
        #expect(SiteStagingTests.sameFiles(before, try SiteStagingTests.snapshot(output)))
        #expect(!FileManager.default.fileExists(atPath: (output as NSString).deletingLastPathComponent + "/.site.lotrace-staging"))
        try FileManager.default.removeItem(atPath: output + "/expiry.html")
        let (third, again) = try SiteFixture.build(into: output)
        #expect(again.hasPrefix("[1/11] "))
        #expect(third.rendered == ["expiry.html"] && third.files == first.files)
    }

    @Test func aChangedTemplateRendersExactlyThePagesThatUseIt() throws {
        let output = SiteFixture.outputPath()
        try SiteFixture.build(into: output)
        let templates = try TemplateTests.copyOfTemplates()
        let row = templates + "/partials/tree-row.mustache"
        let text = try String(contentsOfFile: row, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "<tr", with: "<tr data-x=\"1\"").utf8).write(to: URL(fileURLWithPath: row))
        let summary = try SiteFixture.build(into: output, templates: templates).summary
        let lots = try FileManager.default.contentsOfDirectory(atPath: output + "/lots").sorted().map { "lots/" + $0 }
        #expect(summary.rendered == lots, "the lot pages use partials/tree-row, no other page does")
        #expect(summary.reused == summary.files - lots.count)
    }

    @Test func aChangedMoveLineRendersExactlyThePagesThatShowIt() throws {
        let output = SiteFixture.outputPath()
        try SiteFixture.build(into: output)
        var files = SiteFixture.files
        files["moves.csv"] = files["moves.csv"]!.replacingOccurrences(
            of: #""[FL-001] Wheat Flour","CON","Partners/Vendors","WH/Stock","3.0""#,
            with: #""[FL-001] Wheat Flour","CON","Partners/Vendors","WH/Stock","3.5""#)
        let summary = try SiteFixture.build(into: output, files: files).summary
        #expect(
            summary.rendered == [
                "fefo.html", "lots/FL-001_CON.html", "products.html", "products/FL-001.html", "recalls/FL-001_CON.csv",
                "recalls/FL-001_CON.html", "stock/WH_Stock.html",
            ])
        #expect(summary.removed == 0)
    }

    /// A delivered quantity changes the slip's page, its despatch advice and its day's print, and
    /// no other slip's files: the day's print is made from its slips' content digests.
    @Test func aChangedDeliveryLineRendersItsSlipAndItsDayPrintOnly() throws {
        let output = SiteFixture.outputPath()
        try SiteFixture.build(into: output)
        var files = SiteFixture.files
        files["moves.csv"] = files["moves.csv"]!.replacingOccurrences(
            of: #""[BI-001] Shortbread","B1","WH/Stock","Partners/Customers","120.0""#,
            with: #""[BI-001] Shortbread","B1","WH/Stock","Partners/Customers","110.0""#)
        let summary = try SiteFixture.build(into: output, files: files).summary
        #expect(
            summary.rendered.filter { $0.hasPrefix("slips/") } == [
                "slips/2025-01-07.html", "slips/WH_OUT_00001.html", "slips/WH_OUT_00001.xml",
            ])
    }

    @Test func aLotThatIsGoneIsRemoved() throws {
        let output = SiteFixture.outputPath()
        try SiteFixture.build(into: output)
        var files = SiteFixture.files
        files["moves.csv"] = files["moves.csv"]!.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains(#""CON""#) }.joined(separator: "\n")
        let summary = try SiteFixture.build(into: output, files: files).summary
        #expect(summary.removed == 4, "the lot page of CON, its recall page and spreadsheet, the search shard of \"co\"")
        #expect(!FileManager.default.fileExists(atPath: output + "/lots/FL-001_CON.html"))
    }

    @Test func aFailedIncrementalBuildLeavesThePreviousSiteAndManifest() throws {
        let output = SiteFixture.outputPath()
        try SiteFixture.build(into: output)
        let before = try SiteStagingTests.snapshot(output)
        #expect(throws: OutputError.self) {
            try SiteFixture.build(into: output, steps: SiteSteps.all + [SiteStagingTests.FailingStep()])
        }
        #expect(SiteStagingTests.sameFiles(before, try SiteStagingTests.snapshot(output)))
        #expect(try SiteFixture.build(into: output).summary.rendered == [])
    }
}

/// Rebuilds of unchanged data keep pages without making them.
@Suite struct SiteUnchangedDataTests {
    @Test func theNextDayRendersOnlyThePagesAboutTheMoment() throws {
        let output = SiteFixture.outputPath()
        try SiteFixture.build(into: output)
        // F1 expires on 2025-07-01, B1 on 2025-01-20: a year later both dates are reached.
        let later = LocalDateTime(year: 2025, month: 8, day: 1, hour: 0, minute: 0, second: 0)!
        let summary = try SiteFixture.build(into: output, asOf: later).summary
        // FEFO and audit pages are made again (they read the moment) but come out the same.
        #expect(summary.rendered == ["expiry.html", "index.html", "lots/FL-001_F1.html"])
    }

    @Test func aDayWithMovesRendersTheStockPagesAndThePagesOfTheLotsThatMoved() throws {
        let output = SiteFixture.outputPath()
        let day = { (day: Int) in LocalDateTime(year: 2025, month: 1, day: day, hour: 12, minute: 0, second: 0)! }
        try SiteFixture.build(into: output, asOf: day(6))
        // On the 7th, WH/OUT/00001 delivers B1, SN-1 and SN-2; nothing else moves.
        let summary = try SiteFixture.build(into: output, asOf: day(7)).summary
        // The pages that print the moment (stock, products, FEFO, expiry, audit, the overview and
        // the recall pages, dated with it) and the pages of the three lots; no slip, no other lot.
        #expect(
            summary.rendered == [
                "audit.html", "expiry.html", "fefo.html", "index.html", "lots/BI-001_B1.html", "lots/EL-001_SN-1.html",
                "lots/EL-001_SN-2.html", "products.html", "products/BI-001.html", "products/EL-001.html", "products/FL-001.html",
                "recalls/BI-001_B1.html", "recalls/EL-001_SN-1.html", "recalls/EL-001_SN-2.html", "recalls/FL-001_A_B.html",
                "recalls/FL-001_CON.html", "recalls/FL-001_F1.html", "recalls/FL-001_______etc_x.html", "stock.html",
                "stock/WH_Stock.html",
            ])
        let stock = try String(contentsOfFile: output + "/lots/BI-001_B1.html", encoding: .utf8)
        #expect(stock.contains("<dd class=\"num\">80.00 Units<br><small class=\"muted\">after its move of 2025-01-07 10:05:00</small></dd>"))
    }

    @Test func theManifestRecordsTheInputsAndEachFilesMomentKey() throws {
        let output = SiteFixture.outputPath()
        let manifest = { () throws -> [Substring] in
            try String(contentsOfFile: output + "/.lotrace-manifest", encoding: .utf8).split(separator: "\n")
        }
        let moment = { (lines: [Substring], path: String) in lines.first { $0.hasSuffix(" " + path) }?.split(separator: " ")[1] }
        try SiteFixture.build(into: output)
        let before = try manifest()
        #expect(before[0].hasPrefix("# inputs ") && before[0].split(separator: " ").count == 3)
        try SiteFixture.build(into: output, asOf: LocalDateTime(year: 2025, month: 8, day: 1, hour: 0, minute: 0, second: 0)!)
        let after = try manifest()
        #expect(after[0] == before[0], "same data, same last move: same inputs")
        #expect(moment(after, "lots/FL-001_F1.html") != moment(before, "lots/FL-001_F1.html"), "F1's expiration was reached")
        #expect(moment(after, "lots/BI-001_B1.html") == moment(before, "lots/BI-001_B1.html"), "B1's already was")
    }

    /// A build reads the previous manifest's header at once and its entries on another thread.
    @Test func theManifestsHeaderIsReadAlone() throws {
        let output = SiteFixture.outputPath()
        try SiteFixture.build(into: output)
        let whole = SiteManifest(folder: output)
        let header = SiteManifest.header(folder: output)
        #expect(header.inputs != nil && header.inputs == whole.inputs)
        #expect(header.asOf == SiteFixture.asOf.seconds && header.asOf == whole.asOf)
        #expect(header.entries.isEmpty && whole.entries.count > 50)
        #expect(SiteManifest.header(folder: output + "/lots") == SiteManifest())
    }
}
