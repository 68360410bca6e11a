import Foundation
import LotraceCore
import Testing

@testable import LotraceRender

/// The FSMA 204 sortable spreadsheet: RFC 4180, FDA's column names, one row per critical
/// tracking event, and no cell a spreadsheet could run as a formula.
@Suite("Recall: FSMA 204 sortable spreadsheet")
struct RecallSpreadsheetTests {
    typealias R = RecallRenderFixture

    @Test("UTF-8 with a byte order mark, every field quoted, CRLF line ends")
    func shape() throws {
        let csv = try R.documents(["F1"]).csv
        #expect(csv.hasPrefix("\u{FEFF}\"Critical Tracking Event\",\"Traceability Lot Code\","))
        #expect(csv.hasSuffix("\r\n"))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test("parsed back: the columns, one row per event, the key data elements")
    func rows() throws {
        let rows = R.parse(String(try R.documents(["F1"]).csv.dropFirst()))
        let header = try #require(rows.first)
        #expect(header == FSMASpreadsheet.columns)
        #expect(header.count == 56)
        for row in rows { #expect(row.count == header.count) }
        let cell = { (row: [String], column: String) in row[header.firstIndex(of: column)!] }
        let events = rows.dropFirst().map { row in
            [
                cell(row, "Critical Tracking Event"), cell(row, "Traceability Lot Code"), cell(row, "Quantity"),
                cell(row, "Traceability Lot Code for the FTL Food used in Transformation (if applicable)"),
                cell(row, "New Traceability Lot Code you assigned to the Food Produced Through Transformation"),
                cell(row, "Quantity of the Food Produced through Transformation"),
                cell(row, "Reference Document Type"), cell(row, "Reference Document Number"),
            ].joined(separator: "|")
        }
        #expect(events == [
            "Receiving|F1|100||||Receipt|WH/IN/00001",
            "Transformation|||F1|\"\u{301} onmouseover=alert(1) x=\"|4|Manufacturing Order|WH/MO/00001",
            "Transformation|||F1|<script>alert(1)</script>|7|Manufacturing Order|WH/MO/00001",
            "Transformation|||F1|B1|200|Manufacturing Order|WH/MO/00001",
            "Shipping|B1|120||||Delivery Order|WH/OUT/00001",
            "Shipping|B1|5||||Delivery Order|POS/0001",
        ])
        let shipping = try #require(rows.first { $0[0] == "Shipping" })
        let recipient = "Location Description for the Immediate Subsequent Recipient (other than a transporter)"
        #expect(cell(shipping, recipient + " - Business Name") == "Olive Table, Alice Khan")
        #expect(cell(shipping, recipient + " - Street Address or Geographic Coordinates") == "178 King Street")
        #expect(cell(shipping, recipient + " - ZIP or Postal Code") == "EA3 2TH")
        #expect(cell(shipping, "Location Description for the Location from which you Shipped the Food - Business Name") == "Hartwell <Bakery> & Co")
        #expect(cell(shipping, "Shipping Date (mm/dd/yyyy)") == "01/07/2025")
        #expect(cell(shipping, "Product Description - Product Name") == "Shortbread")
        #expect(cell(shipping, "Unit of Measure") == "Units")
        #expect(cell(shipping, "Reference Document Type2") == "Sales Order")
        #expect(cell(shipping, "Reference Document Number2") == "S001")
        #expect(cell(shipping, "Location Description for the Traceability Lot Code Source - Business Name") == "Hartwell <Bakery> & Co")
    }

    @Test("no cell starts like a formula: = + - @ tab and CR get a leading apostrophe")
    func formulaInjection() throws {
        let rows = R.parse(String(try R.documents(["F1"], files: R.formulaFiles).csv.dropFirst()))
        let cells = rows.flatMap { $0 }
        for formula in R.formulas {
            #expect(cells.contains("'" + formula), "\(formula.debugDescription)")
            #expect(!cells.contains(formula), "\(formula.debugDescription)")
        }
        for cell in cells {
            #expect(!["=", "+", "-", "@", "\t", "\r"].contains(cell.unicodeScalars.first.map(String.init) ?? ""), "\(cell.debugDescription)")
        }
        #expect(SpreadsheetCSV.neutralised("12") == "12")
        #expect(SpreadsheetCSV.neutralised("a=b") == "a=b")
        #expect(SpreadsheetCSV.neutralised("") == "")
    }

    @Test(
        "every column but the first is named as in FDA's template (Receiving, Shipping or Transformation tab)",
        .enabled(if: ProcessInfo.processInfo.environment["LOTRACE_REFDATA"] != nil))
    func fdaColumnNames() throws {
        let refdata = ProcessInfo.processInfo.environment["LOTRACE_REFDATA"]!
        let path = refdata + "/fsma204/fda-sortable-spreadsheet-template-2024-06-headers.tsv"
        let tsv = try String(contentsOfFile: path, encoding: .utf8)
        let fda = Set(
            tsv.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
                .filter { ["Receiving", "Shipping", "Transformation"].contains($0[0]) }
                .map { String($0[2]) })
        let ours = FSMASpreadsheet.columns.dropFirst()
        #expect(ours.filter { !fda.contains($0) } == [])
    }
}
