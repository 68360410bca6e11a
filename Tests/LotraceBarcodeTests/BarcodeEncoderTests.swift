import Testing

@testable import LotraceBarcode

/// What libzint gives back (geometry in modules, quiet zones included), what it refuses, and the
/// SVG the slips embed.
@Suite("Barcode encoder and SVG")
struct BarcodeEncoderTests {
    @Test func code128GeometryIsInModulesWithQuietZones() throws {
        let symbol = try BarcodeEncoder.code128("WH/OUT/00001", height: 40)
        #expect(symbol.width == 176)
        #expect(symbol.height == 40)
        #expect(symbol.bars.count == 43, "13 symbols (start, 11 characters, check) and the stop pattern")
        #expect(symbol.bars.first == BarcodeSymbol.Bar(x: 10, y: 0, width: 2, height: 40))
        #expect(symbol.bars.allSatisfy { $0.x >= 10 && $0.x + $0.width <= 166 })
    }

    @Test func dataMatrixKeepsAOneModuleQuietZone() throws {
        let symbol = try BarcodeEncoder.gs1([BarcodeElement(ai: "01", value: "09506000134352")], kind: .gs1DataMatrix, height: 0)
        #expect(symbol.width == 18, "a 16 x 16 symbol and a one-module quiet zone on each side")
        #expect(symbol.height == symbol.width)
        #expect(symbol.bars.count == 63, "the symbol's dark runs, not an empty drawing")
        #expect(symbol.bars.allSatisfy { $0.x >= 1 && $0.y >= 1 && $0.x + $0.width <= symbol.width - 1 })
    }

    @Test func refusedDataSaysWhy() {
        #expect {
            try BarcodeEncoder.code128("LOT-É", height: 40)
        } throws: { error in
            "\(error)" == #"code128 barcode of "LOT-É": Code 128 here carries printable ASCII only (no accents, no control characters)"#
        }
        #expect {
            try BarcodeEncoder.gs1([BarcodeElement(ai: "01", value: "09506000134353")], kind: .gs1_128, height: 40)
        } throws: { error in
            "\(error)".hasPrefix(#"gs1_128 barcode of "[01]09506000134353": libzint refused it: "#)
        }
        #expect(throws: BarcodeError.self) {
            try BarcodeEncoder.gs1([BarcodeElement(ai: "10", value: "A B")], kind: .gs1DataMatrix, height: 0)
        }
    }

    @Test func svgSizesAreInMillimetres() throws {
        let symbol = BarcodeSymbol(width: 30, height: 10, bars: [BarcodeSymbol.Bar(x: 10, y: 0, width: 1.5, height: 10)])
        #expect(BarcodeSVG.svg(symbol, moduleSize: 0.3, cssClass: "c") == """
            <svg xmlns="http://www.w3.org/2000/svg" class="c" width="9mm" height="3mm" viewBox="0 0 30 10" data-modules="30" \
            shape-rendering="crispEdges" aria-hidden="true"><rect width="30" height="10" fill="#fff"/>\
            <path stroke="#000" stroke-width="10" d="M10 5h1.5"/></svg>
            """)
    }

    @Test func barsAreStrokesAlongTheirRowsOnePathPerHeight() {
        let bar = { (x: Double, y: Double, width: Double, height: Double) in BarcodeSymbol.Bar(x: x, y: y, width: width, height: height) }
        // Two bars on a row, one on the next row, one further left on it, and a taller one.
        let symbol = BarcodeSymbol(
            width: 12, height: 4, bars: [bar(1, 0, 2, 1), bar(4, 0, 1, 1), bar(3, 1, 1, 1), bar(1, 1, 1, 1), bar(8, 0, 1, 4)])
        #expect(BarcodeSVG.svg(symbol, moduleSize: 1, cssClass: "c").hasSuffix("""
            <path stroke="#000" stroke-width="1" d="M1 0.5h2m1 0h1M3 1.5h1M1 1.5h1"/>\
            <path stroke="#000" stroke-width="4" d="M8 2h1"/></svg>
            """))
    }
}
