import Foundation
import LotraceCore
import Testing

@testable import LotraceRender

/// A long day prints in parts (`SlipDay.parts`): which slips each part holds, their paths, the
/// links between them, the index, names slips cannot take, incremental builds and parts that
/// are gone.
@Suite struct DayPrintPartsTests {
    /// The day of `DayPrintFixture.date` of `deliveries`.
    static func day(_ deliveries: [DayPrintFixture.Delivery]) throws -> SlipDay {
        let (_, slips) = try DeliverySlipBuilderTests.slips(DayPrintFixture.files(deliveries))
        return try #require(SlipDay.day(DayPrintFixture.date, of: slips))
    }

    /// The day-print files of the site at `output`: "slips/2025-01-20.html", "slips/2025-01-20-2.html"...
    static func dayPrints(_ output: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: output + "/slips").filter(isDayPrint).map { "slips/" + $0 }.sorted()
    }

    static func isDayPrint(_ path: String) -> Bool {
        path.range(of: #"(^|/)\d{4}-\d{2}-\d{2}(-\d+)?\.html$"#, options: .regularExpression) != nil
    }

    /// The references of the slips a day print at `path` holds, in page order.
    static func references(_ output: String, _ path: String) throws -> [String] {
        let page = try String(contentsOfFile: output + "/" + path, encoding: .utf8)
        return page.components(separatedBy: #"<p class="sheet-label">"#).dropFirst().compactMap { label in
            let parts = label.prefix { $0 != "<" }.components(separatedBy: " · page ")
            return parts.count == 2 && parts[1].hasPrefix("1 of ") ? parts[0] : nil
        }
    }

    @Test func aDayOfMoreThanFiftySlipsIsCutEveryFiftySlipsInTheDaysOrder() throws {
        let day = try Self.day(DayPrintFixture.deliveries(107))
        #expect(day.parts == [0..<50, 50..<100, 100..<107])
        #expect(try Self.day(DayPrintFixture.deliveries(50)).parts == [0..<50])
        #expect(day.parts.flatMap { day.slips[$0].map(\.reference) } == (1...107).map(DayPrintFixture.reference))
    }

    @Test func aPartHoldsAtMost250LinesUnlessOneSlipHasMore() throws {
        let lines = [100, 100, 51, 1, 300, 2]
        let day = try Self.day(lines.enumerated().map { .init(reference: DayPrintFixture.reference($0 + 1), second: $0, lines: $1) })
        #expect(day.slips.map(\.lines.count) == lines)
        #expect(day.parts == [0..<2, 2..<4, 4..<5, 5..<6])
    }

    /// The heaviest part: 50 slips of 250 lines in all, each line with a QR Code.
    @Test func aFullPartWithQRCodesStaysWithin2MB() throws {
        var files = DayPrintFixture.files(
            (1...55).map { .init(reference: DayPrintFixture.reference($0), second: $0, lines: SlipDay.linesPerPart / SlipDay.slipsPerPart) })
        files["lotrace.json"] = #"{"barcodes": {"symbology": "qr"}}"#
        let output = SiteFixture.outputPath()
        try SiteFixture.build(into: output, files: files)
        #expect(try Self.references(output, "slips/2025-01-20.html").count == SlipDay.slipsPerPart)
        let size = try #require(FileManager.default.attributesOfItem(atPath: output + "/slips/2025-01-20.html")[.size] as? Int)
        #expect(size < 2_000_000, "\(size) bytes")
    }

    @Test func eachPartIsAPageLinkingTheOthersOnScreenOnly() throws {
        let output = SiteFixture.outputPath()
        try SiteFixture.build(into: output, files: DayPrintFixture.files(DayPrintFixture.deliveries(107)))
        #expect(try Self.dayPrints(output) == [
            "slips/2025-01-07.html", "slips/2025-01-08.html", "slips/2025-01-09.html",
            "slips/2025-01-20-2.html", "slips/2025-01-20-3.html", "slips/2025-01-20.html",
        ])
        #expect(try Self.references(output, "slips/2025-01-20.html") == (1...50).map(DayPrintFixture.reference))
        #expect(try Self.references(output, "slips/2025-01-20-2.html") == (51...100).map(DayPrintFixture.reference))
        #expect(try Self.references(output, "slips/2025-01-20-3.html") == (101...107).map(DayPrintFixture.reference))
        let second = try String(contentsOfFile: output + "/slips/2025-01-20-2.html", encoding: .utf8)
        #expect(second.contains("<title>Delivery slips of 2025-01-20, part 2 of 3 · Hartwell &lt;Bakery&gt; &amp; Co</title>"))
        // The part's navigation sits in the page's title block, which the print stylesheet hides.
        #expect(
            second.contains(
                """
                <header class="page-title day-title">
                  <h1>Delivery slips of 2025-01-20, part 2 of 3</h1>
                  <p class="hint">50 delivery slips in shipping order, slips 51–100 of the day's print in 3 parts. \
                Print this page to print them all: each slip starts on a new sheet and numbers its own pages. \
                <a href="../slips.html">All delivery slips</a></p>
                  <nav class="pager" aria-label="Pages"><span>Part 2 of 3</span> <a href="../slips/2025-01-20.html" rel="prev">Previous</a> \
                <a href="../slips/2025-01-20.html">1</a> <strong>2</strong> <a href="../slips/2025-01-20-3.html">3</a> \
                <a href="../slips/2025-01-20-3.html" rel="next">Next</a></nav>
                </header>
                <article class="slip sheet done day-slip-1">
                  <p class="sheet-label">WH/OUT/10051 · page 1 of 1</p>
                """))
        let css = try String(contentsOfFile: output + "/site.css", encoding: .utf8)
        let print = try #require(css.components(separatedBy: "@media print {").last)
        #expect(print.contains("  .day-title, .sheet-label { display: none; }\n"))
        let first = try String(contentsOfFile: output + "/slips/2025-01-20.html", encoding: .utf8)
        #expect(first.contains(#"<nav class="pager" aria-label="Pages"><span>Part 1 of 3</span> <strong>1</strong> <a href="../slips/2025-01-20-2.html">2</a> <a href="../slips/2025-01-20-3.html">3</a> <a href="../slips/2025-01-20-2.html" rel="next">Next</a></nav>"#))
        let index = try String(contentsOfFile: output + "/slips.html", encoding: .utf8)
        #expect(index.contains(#"<td class="days"><a href="slips/2025-01-07.html">07</a> <a href="slips/2025-01-08.html">08</a> <a href="slips/2025-01-09.html">09</a> <a href="slips/2025-01-20.html">20</a> (3 parts) </td>"#))
        #expect(!index.contains("2025-01-20-2"))
        let single = try String(contentsOfFile: output + "/slips/2025-01-07.html", encoding: .utf8)
        #expect(!single.contains("pager") && single.contains("<h1>Delivery slips of 2025-01-07</h1>"))
    }

    @Test func lotraceSlipsPrintsTheWholeDayInOneDocument() throws {
        let (dataset, config) = try SiteFixture.load(DayPrintFixture.files(DayPrintFixture.deliveries(107)))
        let page = try DaySlipDocuments(date: DayPrintFixture.date, dataset: dataset, config: config)
            .render(templates: SiteFixture.templates, today: SiteFixture.asOf).text
        #expect(page.contains("<h1>Delivery slips of 2025-01-20</h1>") && page.contains("107 delivery slips in shipping order."))
        #expect(page.components(separatedBy: #"<p class="sheet-label">"#).count - 1 == 107)
        #expect(!page.contains("pager"))
    }

    /// Slips are named after the parts of every day: a reference that reads like a part gets
    /// another name.
    @Test func slipsCannotTakeTheNameOfAPart() throws {
        let odd = ["2025-01-20", "2025-01-20-2", "2025-01-20-3"].enumerated().map {
            DayPrintFixture.Delivery(reference: $1, second: $0, day: "2025-01-21")
        }
        let (dataset, config) = try SiteFixture.load(DayPrintFixture.files(DayPrintFixture.deliveries(107) + odd))
        let slips = DeliverySlipBuilder(dataset: dataset, config: config).slips()
        let links = SiteLinks(dataset: dataset, slips: slips)
        #expect((1...3).map { links.dayPage("2025-01-20", part: $0) } == [
            "slips/2025-01-20.html", "slips/2025-01-20-2.html", "slips/2025-01-20-3.html",
        ])
        #expect(links.dayPage("2025-01-21") == "slips/2025-01-21.html")
        #expect(odd.map { links.slipFile($0.reference) } == [
            "slips/2025-01-20-4.html", "slips/2025-01-20-2-2.html", "slips/2025-01-20-3-2.html",
        ])
        let days = SlipDay.days(of: slips).flatMap { day in (1...day.parts.count).map { links.dayPage(day.date, part: $0) } }
        let files = days + slips.compactMap { links.slipFile($0.reference) }
        #expect(Set(files.map { $0.lowercased() }).count == files.count && files.count == days.count + slips.count)
    }

    /// Builds the site of 107 deliveries of one day, applies `change` to them, rebuilds, and
    /// returns the output folder and the day prints the rebuild rendered.
    static func rebuild(after change: (inout [DayPrintFixture.Delivery]) -> Void) throws -> (String, [String]) {
        let output = SiteFixture.outputPath()
        var deliveries = DayPrintFixture.deliveries(107)
        try SiteFixture.build(into: output, files: DayPrintFixture.files(deliveries))
        change(&deliveries)
        let summary = try SiteFixture.build(into: output, files: DayPrintFixture.files(deliveries)).summary
        return (output, summary.rendered.filter(isDayPrint))
    }

    @Test func aChangedSlipRendersOnlyItsPart() throws {
        let (_, rendered) = try Self.rebuild { $0[59].quantity = "2.0" }
        #expect(rendered == ["slips/2025-01-20-2.html"])
    }

    @Test func aSlipMovedToAnotherDayRendersOnlyThePartsWhoseSlipsChanged() throws {
        // The day before: the last move, which every page prints, stays the same.
        let (output, rendered) = try Self.rebuild { $0[104].day = "2025-01-19" }
        #expect(rendered == ["slips/2025-01-19.html", "slips/2025-01-20-3.html"])
        #expect(try Self.references(output, "slips/2025-01-19.html") == [DayPrintFixture.reference(105)])
        #expect(try Self.references(output, "slips/2025-01-20-3.html") == [101, 102, 103, 104, 106, 107].map(DayPrintFixture.reference))
    }

    @Test func aDayThatShrinksLosesItsLastPart() throws {
        let output = SiteFixture.outputPath()
        let deliveries = DayPrintFixture.deliveries(107)
        try SiteFixture.build(into: output, files: DayPrintFixture.files(deliveries))
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: output + "/slips"))
        // 96 slips: 1 to 95 and the last (its move, which every page prints, stays the last).
        let shrunk = Array(deliveries[..<95]) + [deliveries[106]]
        let summary = try SiteFixture.build(into: output, files: DayPrintFixture.files(shrunk)).summary
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: output + "/slips"))
        let gone = (96...106).map { String(format: "WH_OUT_1%04d", $0) }
        #expect(before.subtracting(after) == Set(["2025-01-20-3.html"] + gone.map { $0 + ".html" } + gone.map { $0 + ".xml" }))
        #expect(after.isSubset(of: before))
        // The first part's slips did not change, its navigation did (no third part to link).
        #expect(summary.rendered.filter(Self.isDayPrint) == ["slips/2025-01-20-2.html", "slips/2025-01-20.html"])
        let first = try String(contentsOfFile: output + "/slips/2025-01-20.html", encoding: .utf8)
        #expect(first.contains(#"<span>Part 1 of 2</span>"#) && !first.contains("2025-01-20-3"))
        let manifest = try String(contentsOfFile: output + "/.lotrace-manifest", encoding: .utf8)
        #expect(manifest.contains(" slips/2025-01-20-2.html\n") && !manifest.contains("2025-01-20-3"))
        let index = try String(contentsOfFile: output + "/slips.html", encoding: .utf8)
        #expect(index.contains(#"<a href="slips/2025-01-20.html">20</a> (2 parts) </td>"#))
    }
}
