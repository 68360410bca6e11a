import Foundation
import LotraceCore
import Testing

@testable import LotraceRender

/// A lot delivered to hundreds of customers keeps a small page: the first 100 rows of each long
/// table are shown, the whole table is a CSV file beside the page.
@Suite struct LargeLotPageTests {
    static let deliveries = 250

    /// One lot received, then delivered one unit at a time to `deliveries` customers.
    static func files(deliveries: Int = deliveries) -> [String: String] {
        var moves = """
            "Date","Reference","Product","Lot/Serial Number","From","To","Quantity","Unit of Measure","Status"
            "2025-01-02 08:00:00","WH/IN/00001","[BI-001] Shortbread","BIG","Partners/Vendors","WH/Stock","1000.0","Units","Done"

            """
        var transfers = """
            "Reference","Source Document","Contact","Scheduled Date","Date of Transfer","Status"

            """
        for number in 1...deliveries {
            let reference = String(format: "WH/OUT/%05d", number)
            let date = String(format: "2025-01-03 %02d:%02d:00", number / 60, number % 60)
            moves += "\"\(date)\",\"\(reference)\",\"[BI-001] Shortbread\",\"BIG\",\"WH/Stock\",\"Partners/Customers\",\"1.0\",\"Units\",\"Done\"\n"
            transfers += "\"\(reference)\",\"S\(number)\",\"Customer \(number)\",\"\(date)\",\"\(date)\",\"Done\"\n"
        }
        return [
            "products.csv": "\"Name\",\"Internal Reference\",\"Tracking\",\"Unit of Measure\"\n\"Shortbread\",\"BI-001\",\"By Lots\",\"Units\"\n",
            "moves.csv": moves, "transfers.csv": transfers,
        ]
    }

    /// The site of `files(deliveries:)`, built into a fresh folder.
    static func build(deliveries: Int) throws -> String {
        let data = try SiteFixture.folder(files(deliveries: deliveries))
        let output = SiteFixture.outputPath()
        _ = try SiteBuilder(output: output, steps: SiteSteps.all).build(
            dataset: DatasetLoader(schemasDirectory: nil).load(folder: data), config: try LotraceConfig.load(folder: data),
            asOf: SiteFixture.asOf, templates: try TemplateLibrary(directory: SiteFixture.templates),
            reporter: SiteReporter(terminal: false, write: { _ in }))
        return output
    }

    @Test func longTablesShowAHundredRowsAndLinkTheWholeTable() throws {
        let output = try Self.build(deliveries: Self.deliveries)
        let page = try String(contentsOfFile: output + "/lots/BI-001_BIG.html", encoding: .utf8)
        // History: 251 lines, 100 shown; deliveries: 250, 100 shown.
        #expect(page.contains("Showing the first 100 of 251 rows: <a href=\"../lots/BI-001_BIG.history.csv\">the whole table (CSV)</a>."))
        #expect(page.contains("Showing the first 100 of 250 rows: <a href=\"../lots/BI-001_BIG.deliveries.csv\">the whole table (CSV)</a>."))
        #expect(page.components(separatedBy: "<p class=\"more\">").count - 1 == 2, "receipts and trees are short")
        // Deliveries are listed by date: 1 to 100 on the page, every one in the CSV.
        #expect(page.contains(">WH/OUT/00001<") && page.contains(">WH/OUT/00100<") && !page.contains(">WH/OUT/00101<"))
        let bytes = try #require(FileManager.default.contents(atPath: output + "/lots/BI-001_BIG.deliveries.csv"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "a spreadsheet CSV starts with a byte order mark")
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n").dropLast()
        #expect(lines.count == 1 + Self.deliveries)
        #expect(lines[0] == "\"Reference\",\"Partner\",\"Date\",\"Product\",\"Lot/Serial Number\",\"Delivered\",\"Returned\",\"Quantity\",\"Unit\"")
        #expect(lines.last == "\"WH/OUT/00250\",\"Customer 250\",\"2025-01-03 04:10:00\",\"BI-001\",\"BIG\",\"1\",\"0\",\"1\",\"Units\"")
        let history = try String(contentsOfFile: output + "/lots/BI-001_BIG.history.csv", encoding: .utf8)
        #expect(history.components(separatedBy: "\r\n").dropLast().count == 1 + 251)
        #expect(!FileManager.default.fileExists(atPath: output + "/lots/BI-001_BIG.receipts.csv"))
    }

    @Test func theGraphDrawsEdgesOnlyBetweenItsNodes() throws {
        let output = try Self.build(deliveries: Self.deliveries)
        let page = try String(contentsOfFile: output + "/lots/BI-001_BIG.html", encoding: .utf8)
        // Customers 1, 10, 100, 101... sorted by name: 11 drawn, the other 239 in "+239 more".
        let edges = page.components(separatedBy: "<path class=\"edge delivered\" d=\"").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(edges.count == 12)
        #expect(edges.allSatisfy { $0.split(separator: " ")[6] == "241" }, "every edge ends in the customers' column")
        #expect(edges.last == "M177 318 C209 318 209 615 241 615\">")
        #expect(page.contains("<title>239 deliveries</title></path>"))
        #expect(page.contains("<text x=\"251\" y=\"612\">+239 more</text>"))
    }

    @Test func aSmallRecallIsLinkedAndABigOneGivesTheCommand() throws {
        let small = try Self.build(deliveries: Self.deliveries)
        let linked = try String(contentsOfFile: small + "/lots/BI-001_BIG.html", encoding: .utf8)
        #expect(linked.contains("<a href=\"../recalls/BI-001_BIG.html\">Recall report of this lot</a>: 1 lot affected, 250 deliveries;"))
        #expect(FileManager.default.fileExists(atPath: small + "/recalls/BI-001_BIG.html"))
        let big = try Self.build(deliveries: 501)
        let page = try String(contentsOfFile: big + "/lots/BI-001_BIG.html", encoding: .utf8)
        #expect(page.contains("A recall of this lot reaches 1 lot affected, 501 deliveries; its report is not pre-built on this site."))
        #expect(page.contains("<code>lotrace recall --product &#39;BI-001&#39; &#39;BIG&#39; --out recall</code>"))
        #expect(!FileManager.default.fileExists(atPath: big + "/recalls/BI-001_BIG.html"))
    }
}
