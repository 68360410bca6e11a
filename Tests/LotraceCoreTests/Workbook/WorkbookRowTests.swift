import Foundation
import Testing

@testable import LotraceCore

/// Rows of a workbook: rejected with the sheet's row number and column (and the cell in the
/// reports), values crossing column kinds follow the CSV rules, and rows with gaps keep their
/// numbers.
@Suite("Workbook rows")
struct WorkbookRowTests {
    typealias B = WorkbookBuilder

    /// A receipt row whose cell in `column` is replaced by `cell` (raw `<c>` XML).
    private func receipt(_ row: Int, replacing column: String, with cell: String) -> String {
        B.receipt(row).replacingOccurrences(
            of: #"<c r="\#(column)\#(row)"[^>]*(/>|>.*?</c>)"#, with: cell, options: .regularExpression)
    }

    @Test func unreadableCellsRejectTheirRow() throws {
        let rows = [
            receipt(2, replacing: "G", with: "<c r=\"G2\" t=\"e\"><v>#N/A</v></c>"),
            receipt(3, replacing: "D", with: "<c r=\"D3\" t=\"s\"><v>99</v></c>"),
            receipt(4, replacing: "D", with: "<c r=\"D4\"><f t=\"shared\" si=\"0\"/><v>5</v></c>"),
            receipt(5, replacing: "A", with: "<c r=\"A5\" t=\"d\"><v>2025-01-02T08:00:00</v></c>"),
            receipt(6, replacing: "I", with: "<c r=\"I6\" t=\"s\"><v>10</v></c><c r=\"K6\" t=\"s\"><v>9</v></c>"),
            receipt(7, replacing: "G", with: "<c r=\"G7\" t=\"b\"><v>2</v></c>"),
            receipt(8, replacing: "G", with: "<c r=\"G8\"><v>1,5</v></c>"),
            receipt(9, replacing: "C", with: "<c r=\"C9\" t=\"x\"><v>1</v></c>"),
            B.receipt(10),
        ]
        let dataset = try B.moves(rows.joined(), strings: ["L1", "Done", "Sheet"]).load()
        #expect(WorkbookFixture.rejections(dataset, "moves.xlsx") == [
            "G2 bad_value: the cell holds the error #N/A",
            #"D3 bad_value: shared string "99" does not exist (the table holds 12 strings)"#,
            "D4 bad_value: the cell holds a shared formula whose text is in another cell (a formula's text is read, never its cached value)",
            #"A5 bad_value: the cell holds an ISO 8601 date (t="d"), which Lotrace does not read; save the workbook again with Excel or LibreOffice"#,
            "K6 wrong_column_count: the cell holds a value right of the header's 9 columns",
            #"G7 bad_value: the boolean cell holds "2", not 1 or 0"#,
            #"G8 bad_value: the number cell holds "1,5", which is not a number"#,
            #"C9 bad_value: the cell type t="x" is not a spreadsheet cell type"#,
        ])
        #expect(dataset.moveLines.map(\.line) == [10])
    }

    /// Values in the wrong kind of column follow the CSV rules of that column.
    @Test func valuesCrossingColumnKinds() throws {
        let rows = [
            receipt(2, replacing: "G", with: "<c r=\"G2\" t=\"b\"><v>1</v></c>"),
            receipt(3, replacing: "A", with: B.text("A", 3, "yesterday")),
            receipt(4, replacing: "D", with: "<c r=\"D4\" s=\"2\"><v>45659.5</v></c>"),
            receipt(5, replacing: "D", with: "<c r=\"D5\" s=\"3\"><v>123</v></c>"),
            receipt(6, replacing: "G", with: "<c r=\"G6\" s=\"3\"><v>-4</v></c>"),
            receipt(7, replacing: "G", with: "<c r=\"G7\"><v>1E-20</v></c>"),
            receipt(8, replacing: "A", with: "<c r=\"A8\" s=\"1\"><v>60</v></c>"),
            receipt(9, replacing: "G", with: B.text("G", 9, "1E5")),
        ]
        let dataset = try B.moves(rows.joined()).load()
        #expect(WorkbookFixture.rejections(dataset, "moves.xlsx") == [
            #"G2 non_numeric_quantity: Quantity "True" is not a decimal number (ASCII digits, optionally a point and digits)"#,
            #"A3 bad_date: "yesterday" is not a date and time YYYY-MM-DD HH:MM:SS that exists"#,
            #"G6 negative_quantity: Quantity "-4" is negative"#,
            #"G7 quantity_out_of_range: Quantity "0.00000000000000000001" has more than 15 digits before or after the point"#,
            #"A8 bad_date: "1900-02-29 00:00:00" is not a date and time YYYY-MM-DD HH:MM:SS that exists"#,
            #"G9 non_numeric_quantity: Quantity "1E5" is not a decimal number (ASCII digits, optionally a point and digits)"#,
        ])
        #expect(WorkbookFixture.moves(dataset) == [
            "4: 2025-01-02 08:00:00 | WH/IN/00004 | 2025-01-02 12:00:00 | 10", "5: 2025-01-02 08:00:00 | WH/IN/00005 | 123 | 10",
        ])
    }

    /// `str` results without a formula are text; a formula is its text, never its cached value:
    /// a plain one, an array one in braces, a dynamic-array one (`cm`) without them and without
    /// the `_xlfn.` prefixes Excel does not show; an inline string's runs are joined, its
    /// phonetic guide left out.
    @Test func stringAndFormulaCells() throws {
        let rows = [
            receipt(2, replacing: "D", with: "<c r=\"D2\" t=\"str\"><v>L_x0032_</v></c>"),
            receipt(3, replacing: "D", with: "<c r=\"D3\" t=\"str\"><f>\"L\"&amp;3</f><v>L3</v></c>"),
            receipt(4, replacing: "D", with: "<c r=\"D4\"><f t=\"array\" ref=\"D4\">1+1</f><v>2</v></c>"),
            receipt(5, replacing: "D", with: "<c r=\"D5\" cm=\"1\"><f t=\"array\" ref=\"D5\">_xlfn._xlws.SORT(A1:A2)</f><v>0</v></c>"),
            receipt(6, replacing: "D", with: "<c r=\"D6\" t=\"inlineStr\"><is><r><t>L</t></r><r><rPr/><t xml:space=\"preserve\">6 </t></r><rPh><t>x</t></rPh></is></c>"),
            receipt(7, replacing: "D", with: "<c r=\"D7\" t=\"n\"><f>=</f><v>0</v></c>"),
        ]
        let dataset = try B.moves(rows.joined()).load()
        #expect(WorkbookFixture.rejections(dataset, "moves.xlsx").isEmpty)
        #expect(WorkbookFixture.moves(dataset).map { $0.split(separator: "|")[2] } == [
            " L2 ", #" ="L"&3 "#, " {=1+1} ", " =SORT(A1:A2) ", " L6  ", " == ",
        ])
    }

    /// Row numbers are the sheet's `r`, not a count of rows: empty rows are omitted or hold
    /// only blank cells, and the header need not be row 1.
    @Test func rowNumbersWithGaps() throws {
        let header = B.moveHeaderRow.replacingOccurrences(of: "1\"", with: "3\"")
        let rows = header + "<row r=\"4\"><c r=\"A4\" s=\"2\"/><c r=\"B4\" s=\"2\"/></row>" + B.receipt(7)
            + receipt(1_000, replacing: "G", with: B.text("G", 1_000, "ten"))
        let dataset = try WorkbookBuilder(rows: rows, sharedStrings: B.moveHeader).load()
        #expect(dataset.moveLines.map(\.line) == [7])
        let file = try #require(dataset.files.first)
        #expect(file.read == 2)
        #expect(file.rejected.map { "\($0.position.line):\($0.position.column)" } == ["1000:7"])
        let accounting = RowAccounting(dataset: dataset)
        #expect(accounting.text.contains(#"  moves.xlsx: Moves!G1000: non_numeric_quantity: Quantity "ten" is not a decimal number"#))
        let json = accounting.json.serialized()
        #expect(json.contains(#""message": "Quantity \"ten\" is not a decimal number (ASCII digits, optionally a point and digits)",\#n          "cell": "G1000""#))
        #expect(json.contains(#""sheet": "Moves""#))
    }

    @Test func aSheetAtExcelsLastRowIsFlagged() throws {
        let dataset = try B.moves(B.receipt(2) + B.receipt(1_048_576)).load()
        let file = try #require(dataset.files.first)
        #expect(file.used == 2)
        #expect(file.notes == [
            "the sheet reaches Excel's last row (1,048,576): Odoo cannot export more rows to XLSX, so records may be missing; export as CSV or in parts"
        ])
        #expect(RowAccounting(dataset: dataset).text.contains("\nNotes:\n  moves.xlsx: the sheet reaches Excel's last row"))
    }

    @Test func duplicateWorkbookFile() throws {
        let bytes = try WorkbookFixture.bytes("odoo-lots.xlsx")
        let dataset = DatasetLoader().load(files: [
            InputData(name: "lots-1.xlsx", bytes: bytes), InputData(name: "lots-2.xlsx", bytes: bytes),
            InputData(name: "moves.csv", text: IngestFixtures.moveHeader + "\n" + IngestFixtures.receipt + "\n"),
        ])
        #expect(dataset.refusals.map { "\($0.position.file) \($0.reason.rawValue)" } == ["lots-2.xlsx duplicate_file"])
    }

    /// The same rows exported once as CSV (Odoo writes `20.0`) and once as XLSX (stored `20`)
    /// are duplicate rows.
    @Test func sameRowsAsCSVAndXLSXAreDuplicateRows() throws {
        let csvMoves = IngestFixtures.moveHeader + "\n" + [
            #""2025-01-02 08:00:00","WH/IN/00001","[FL-1] Flour","L1","Partners/Vendors","WH/Stock","20.0","kg","Done""#,
            #""2025-01-03 08:00:00","WH/IN/00002","[FL-1] Flour","000123","Partners/Vendors","WH/Stock","0.125","kg","Done""#,
        ].joined(separator: "\n") + "\n"
        let csvLots = #""Lot/Serial Number","Product","Created on","Expiration Date""# + "\n"
            + #""L1","[FL-1] Flour","2025-01-02 08:00:00","2025-09-03 08:00:00""# + "\n"
        let dataset = try WorkbookFixture.load(["inline-moves.xlsx", "odoo-lots.xlsx"], with: ["a-moves.csv": csvMoves, "a-lots.csv": csvLots])
        #expect(dataset.refusals.isEmpty)
        #expect(IngestFixtures.rejections(dataset, "inline-moves.xlsx") == ["2:0 duplicate_row", "3:0 duplicate_row"])
        #expect(IngestFixtures.rejections(dataset, "odoo-lots.xlsx") == ["2:0 duplicate_row"])
        #expect(dataset.moveLines.count == 2)
    }
}
