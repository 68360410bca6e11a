import Foundation
import LotraceCore
import Testing

@testable import LotraceRender

/// Listing pages stay bounded: a list longer than a page shows is listed whole on its own pages.
@Suite struct LongListsTests {
    static let lots = 150

    /// `lots` lots of one product received (each expired at the site's date, with a removal
    /// date) and `lots` rejected rows.
    static func files() -> [String: String] {
        var moves = """
            "Date","Reference","Product","Lot/Serial Number","From","To","Quantity","Unit of Measure","Status"

            """
        var lots = """
            "Lot/Serial Number","Product","Expiration Date","Removal Date"

            """
        for number in 1...Self.lots {
            let name = String(format: "L%03d", number)
            moves += "\"2025-01-02 08:00:00\",\"WH/IN/\(number)\",\"[FL-1] Flour\",\"\(name)\",\"Partners/Vendors\",\"WH/Stock\",\"1.0\",\"kg\",\"Done\"\n"
            moves += "\"2025-01-02 08:00:00\",\"WH/IN/\(number)\",\"[FL-1] Flour\",\"\(name)\",\"Partners/Vendors\",\"WH/Stock\",\"x\",\"kg\",\"Done\"\n"
            lots += "\"\(name)\",\"[FL-1] Flour\",\"2025-01-10 00:00:00\",\"2025-01-0\(number % 9 + 1) 00:00:00\"\n"
        }
        return [
            "products.csv": "\"Name\",\"Internal Reference\",\"Tracking\",\"Unit of Measure\",\"Use Expiration Date\"\n\"Flour\",\"FL-1\",\"By Lots\",\"kg\",\"True\"\n",
            "moves.csv": moves, "lots.csv": lots,
        ]
    }

    @Test func longListsGetPagesOfTheirOwn() throws {
        let output = SiteFixture.outputPath()
        try SiteFixture.build(into: output, files: Self.files())
        let read = { (path: String) in try String(contentsOfFile: output + "/" + path, encoding: .utf8) }
        let fefo = try read("fefo.html")
        #expect(fefo.contains("Showing the first 100 of 150 rows: <a href=\"fefo/FL-1.html\">the whole order</a>."))
        #expect(try read("fefo/FL-1.html").components(separatedBy: "<tr><td class=\"num\">").count - 1 == 150)
        let expiry = try read("expiry.html")
        #expect(expiry.contains("Showing the first 100 of 150 rows: <a href=\"expiry/expired.html\">the whole group</a>."))
        #expect(try read("expiry/expired.html").contains("<span>150 lots</span>"))
        let rejections = try read("rejections.html")
        #expect(rejections.contains("Showing the first 100 of 150 rows: <a href=\"rejections/2.html\">every rejected row of the file</a>."))
        // moves.csv is the second file read (lots.csv, moves.csv, products.csv).
        let all = try read("rejections/2.html")
        #expect(all.contains("<span>150 rejected rows</span>") && all.contains("<a href=\"../rejections.html\">Rejected rows</a>"))
        #expect(try read("products/FL-1.html").contains("<span>150 lots</span>"))
    }
}
