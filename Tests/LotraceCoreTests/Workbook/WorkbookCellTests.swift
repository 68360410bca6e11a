import Testing

@testable import LotraceCore

/// Workbooks as Odoo's export (xlsxwriter) and LibreOffice Calc write them: every kind of cell
/// reads as the text a CSV export holds, with the sheet's row numbers as lines.
@Suite("Workbook cells")
struct WorkbookCellTests {
    @Test func odooExportCellsReadAsCSVText() throws {
        let dataset = try WorkbookFixture.load(["odoo-moves.xlsx"])
        #expect(dataset.refusals.isEmpty)
        #expect(WorkbookFixture.moves(dataset) == [
            "2: 2025-01-02 08:00:00 | WH/IN/00001 | L1 | 20",
            "3: 2025-01-03 08:00:00 | WH/IN/00002 | 000123 | 0.125",
            "4: 2025-01-04 08:00:00 | WH/IN/00003 | 1E5 | 0.00001",
            "5: 2025-01-05 08:00:00 | WH/IN/00004 | =1+1 | 2.5",
            "6: 2025-01-06 08:00:00 | WH/IN/00005 | {=1+1} | 3",
            "7: 2025-01-07 08:00:00 | https://example.com/lot/7 | L7 | 1",
            "8: 2025-01-08 08:00:00 | lots@example.com | L8 | 1",
            "9: 2025-01-09 08:00:00 | WH/IN/00008 | - | 4",
            "10: 2025-01-10 08:00:00 | WH/IN/00009 |   spaced   | 5",
            "11: 2025-01-11 08:00:00 | WH/IN/00010 | _x0041_ literal | 6",
            "13: 2025-01-13 08:00:00 | WH/OUT/00001 | L1 | 1.5",
            "14: 2025-01-14 08:00:00 | WH/IN/00012 | Äpfel-É | 999999999999999",
            "16: 2025-01-16 00:00:00 | WH/IN/00013 | L16 | 1",
        ])
        #expect(WorkbookFixture.rejections(dataset, "odoo-moves.xlsx") == [
            "D12 nul_byte: control character 0x1 at byte 5 of the field"
        ])
        let file = try #require(dataset.files.first)
        #expect((file.format, file.sheet, file.read, file.used, file.skipped) == (.xlsx, "Sheet1", 14, 12, 1))
        #expect(file.notes.isEmpty)
    }

    @Test func constantMemoryInlineStringsReadTheSame() throws {
        let dataset = try WorkbookFixture.load(["inline-moves.xlsx"])
        #expect(WorkbookFixture.moves(dataset) == [
            "2: 2025-01-02 08:00:00 | WH/IN/00001 | L1 | 20",
            "3: 2025-01-03 08:00:00 | WH/IN/00002 | 000123 | 0.125",
        ])
    }

    @Test func lotDatesDateOnlyCellsAndEmptyDates() throws {
        let dataset = try WorkbookFixture.load(
            ["odoo-lots.xlsx"], with: ["moves.csv": IngestFixtures.moveHeader + "\n" + IngestFixtures.receipt + "\n"])
        #expect(dataset.refusals.isEmpty)
        let lots = dataset.lots.map { "\($0.name) \($0.createdOn.map(String.init(describing:)) ?? "-") \($0.expirationDate.map(String.init(describing:)) ?? "-")" }
        #expect(lots == [
            "L1 2025-01-02 08:00:00 2025-09-03 08:00:00", "L2 2025-01-03 09:30:15 -", "L3 2025-01-04 00:00:00 2025-12-31 00:00:00",
        ])
    }

    /// Booleans, rich text joined, rows with gaps, the 1904 date system, a date in a text column
    /// and a second sheet listed as not read.
    @Test func booleansRichTextGapsAnd1904() throws {
        let dataset = try WorkbookFixture.load(
            ["kinds-1904.xlsx"], with: ["moves.csv": IngestFixtures.moveHeader + "\n" + IngestFixtures.receipt + "\n"])
        let types = dataset.operationTypes.map {
            "\($0.name) \($0.kind) \($0.createsLots.map(String.init) ?? "-") \($0.usesExistingLots.map(String.init) ?? "-") \($0.warehouse ?? "-")"
        }
        #expect(types == ["Receipts incoming true false Hartwell", "Delivery Orders outgoing false true 1904-01-02 12:00:00"])
        #expect(dataset.operationTypes.map { $0.position?.line } == [2, 5])
        let file = try #require(dataset.files.first { $0.name == "kinds-1904.xlsx" })
        #expect(file.sheet == "Types")
        #expect(file.notes == [#"only the first sheet, "Types", is read; not read: "Notes""#])
    }

    @Test func libreOfficeCalcWorkbook() throws {
        let dataset = try WorkbookFixture.load(["libreoffice-moves.xlsx"])
        #expect(dataset.refusals.isEmpty)
        #expect(WorkbookFixture.moves(dataset) == [
            "2: 2025-01-02 08:00:00 | WH/IN/00001 | L1 | 20",
            "3: 2025-01-03 09:30:15 | WH/IN/00002 | 000123 | 0.125",
            "5: 2025-02-28 23:59:59 | WH/OUT/00001 | L1 | 1.5",
            "6: 2025-01-06 08:00:00 | WH/IN/00003 | =1+1 | 2",
            "7: 2025-01-07 08:00:00 | WH/IN/00004 | L7 | 12",
        ])
        let file = try #require(dataset.files.first)
        #expect((file.sheet, file.read, file.used) == ("Moves", 5, 5))
        #expect(file.notes == [#"only the first sheet, "Moves", is read; not read: "Notes""#])
    }
}
