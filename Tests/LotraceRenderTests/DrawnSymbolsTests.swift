import Synchronization
import LotraceCore
import Testing
@testable import LotraceRender

@Suite("Drawn symbols")
struct DrawnSymbolsTests {
    /// A symbol is drawn once per key; past the capacity the store starts again.
    @Test func eachSymbolIsDrawnOnceUntilTheStoreIsFull() {
        let symbols = DrawnSymbols(capacity: 2)
        let draws = Mutex(0)
        let draw = { (text: String) in
            symbols.symbol(text) {
                draws.withLock { $0 += 1 }
                return PrintedBarcode(svg: "<svg/>", text: text, note: nil)
            }
        }
        #expect(["a", "b", "a", "b"].map(draw).map(\.text) == ["a", "b", "a", "b"])
        #expect(draws.withLock { $0 } == 2)
        _ = draw("c")
        _ = draw("a")
        #expect(draws.withLock { $0 } == 4)
    }

    /// The same slip line gives the same symbol, drawn or taken from the store.
    @Test func aStoredSymbolIsTheDrawnOne() {
        let barcodes = SlipBarcodes(symbology: .gs1_128, referenceYear: 2025)
        let line = SlipBarcodesTests.line()
        let first = barcodes.line(line)
        #expect(first?.svg?.hasPrefix("<svg") == true)
        #expect(barcodes.line(line) == first)
    }
}
