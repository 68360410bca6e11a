import LotraceCore
import Testing

@testable import LotraceRender

/// How a slip is cut into sheets for a day's print: the column widths, whole rows per sheet, the
/// tail (total, remaining quantities, signature) on the last sheet.
@Suite struct SlipSheetLayoutTests {
    static let barcodes = SlipBarcodes(symbology: .gs1_128, referenceYear: 2025)

    /// The fixture's WH/OUT/00001 (a backorder with remaining quantities), its lines repeated to
    /// `count`, the first one's lot renamed `lot`.
    static func slip(lines count: Int, lot: String? = nil, barcodes: SlipBarcodes = barcodes) throws -> SlipContent {
        let (_, slips) = try DeliverySlipBuilderTests.slips()
        var slip = try #require(slips.first { $0.reference == "WH/OUT/00001" })
        slip.lines = (0..<count).map { slip.lines[$0 % slip.lines.count] }
        if let lot { slip.lines[0].lotName = lot }
        return SlipContent(slip: slip, barcodes: barcodes, links: nil)
    }

    @Test func theProductColumnTakesFromTheLotColumnForAWideSymbol() throws {
        let rounded = { (layout: SlipSheetLayout) in layout.columns.map { ($0 * 100).rounded() / 100 } }
        // GS1-128 of (01)(17)(10)B1: 72.6 mm, narrower than the product column
        #expect(rounded(SlipSheetLayout(try Self.slip(lines: 3))) == [7.76, 84.24, 36, 26, 30])
        // a 20-character lot: 122.1 mm; the other columns give 41.39 mm of their 46
        let wide = SlipSheetLayout(try Self.slip(lines: 3, lot: "ABCDEFGHIJ-123456789"))
        #expect(wide.slip.rows[0].gs1Barcode?.width == 122.1)
        #expect(rounded(wide) == [7.76, 125.63, 14.41, 17.0, 19.2])
    }

    @Test func aShortSlipIsOneSheet() throws {
        #expect(SlipSheetLayout(try Self.slip(lines: 2)).sheets() == [0..<2])
        #expect(SlipSheetLayout(try Self.slip(lines: 0)).sheets() == [0..<0])
    }

    @Test func sheetsHoldWholeRowsWithinTheirHeightAndTheLastOneTheTail() throws {
        let layout = SlipSheetLayout(try Self.slip(lines: 40))
        let sheets = layout.sheets()
        #expect(sheets.map(\.count) == [4, 7, 7, 7, 7, 7, 1])
        #expect(sheets.first?.lowerBound == 0 && sheets.last?.upperBound == 40)
        #expect(zip(sheets, sheets.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        for (index, rows) in sheets.enumerated() {
            var height = layout.headingsHeight + rows.map { layout.height(of: layout.slip.rows[$0]) }.reduce(0, +)
            if index == 0 { height += layout.headHeight }
            if index == sheets.count - 1 { height += layout.tailHeight }
            #expect(height <= SlipSheetLayout.sheetHeight, "sheet \(index + 1): \(height) mm")
        }
    }

    @Test func aTailThatDoesNotFitTakesTheLastRowAlong() throws {
        // 12 rows: the second sheet's 8 rows and the tail do not fit together.
        let layout = SlipSheetLayout(try Self.slip(lines: 12))
        #expect(layout.sheets() == [0..<4, 4..<11, 11..<12])
    }
}
