import LotraceCore
import Testing

@testable import LotraceRender

/// The barcodes of delivery slips: what each line's symbol carries, the notes that replace a
/// symbol no correct barcode can be, and the escaping of what reaches the page.
@Suite("Slip barcodes")
struct SlipBarcodesTests {
    static let gs1_128 = SlipBarcodes(symbology: .gs1_128, referenceYear: 2026)

    static func line(barcode: String? = "5060012001018", lot: String? = "F-2501", serial: Bool = false, expiry: LocalDateTime? = nil)
        -> DeliverySlip.Line
    {
        DeliverySlip.Line(
            moveLine: 0, product: ProductID(0), productName: "[FL-001] Flour", internalReference: "FL-001", barcode: barcode,
            lot: nil, lotName: lot, isSerial: serial, expirationDate: expiry, quantity: .zero, unit: "kg", from: "WH/Stock")
    }

    @Test func lotAndExpiryGoAfterTheGTIN14() throws {
        let printed = try #require(Self.gs1_128.line(Self.line(expiry: LocalDateTime(year: 2026, month: 3, day: 31, hour: 8))))
        #expect(printed.text == "(01)05060012001018(17)260331(10)F-2501")
        #expect(printed.note == nil)
        let svg = try #require(printed.svg)
        #expect(svg.hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg" class="barcode-symbol gs1-128" width="#))
        #expect(svg.contains(#"height="12mm""#))
    }

    @Test func serialNumbersUseAI21() throws {
        let printed = try #require(Self.gs1_128.line(Self.line(barcode: "09501101530003", lot: "SN-1", serial: true)))
        #expect(printed.text == "(01)09501101530003(21)SN-1")
    }

    @Test func dataMatrixIsSquareWithHalfMillimetreModules() throws {
        let matrix = SlipBarcodes(symbology: .dataMatrix, referenceYear: 2026)
        let svg = try #require(matrix.line(Self.line())?.svg)
        #expect(svg.contains(#"class="barcode-symbol datamatrix" width="10mm" height="10mm" viewBox="0 0 20 20""#))
    }

    @Test func qrCodesCarryTheDigitalLinkURIPrintedUnderThem() throws {
        let qr = SlipBarcodes(symbology: .qr, referenceYear: 2026)
        let lot = try #require(qr.line(Self.line(expiry: LocalDateTime(year: 2026, month: 3, day: 31, hour: 8))))
        #expect(lot.text == "https://id.gs1.org/01/05060012001018/10/F-2501?17=260331")
        #expect(lot.note == nil)
        // 62 bytes: version 4 (33 modules) and 4 modules of quiet zone each side, 0.5 mm each.
        #expect(try #require(lot.svg).contains(#"class="barcode-symbol qr" width="20.5mm" height="20.5mm" viewBox="0 0 41 41""#))
        let serial = try #require(qr.line(Self.line(barcode: "09501101530003", lot: "SN/1", serial: true)))
        #expect(serial.text == "https://id.gs1.org/01/09501101530003/21/SN%2F1")
        let custom = SlipBarcodes(symbology: .qr, referenceYear: 2026, digitalLinkDomain: "https://id.example.com/dl")
        #expect(custom.line(Self.line())?.text == "https://id.example.com/dl/01/05060012001018/10/F-2501")
        #expect(qr.line(Self.line(lot: "LOT 1"))?.note == #"No GS1 barcode: (10) "LOT 1": invalid cset82 character (character 4)."#)
    }

    @Test func productsWithoutAGTINGetNoGS1Barcode() {
        #expect(Self.gs1_128.line(Self.line(barcode: nil)) == nil)
        #expect(Self.gs1_128.line(Self.line(barcode: "FL-INTERNAL")) == nil)
        #expect(Self.gs1_128.line(Self.line(barcode: "5060012001019")) == nil)
    }

    @Test(arguments: [
        ("LOT 1", #"No GS1 barcode: (10) "LOT 1": invalid cset82 character (character 4)."#),
        ("ÉTÉ-1", #"No GS1 barcode: (10) "ÉTÉ-1": invalid cset82 character (character 1)."#),
        ("LOT-ÉTÉ", #"No GS1 barcode: (10) "LOT-ÉTÉ": invalid cset82 character (character 5)."#),
        ("ABCDEFGHIJKLMNOPQRSTU", #"No GS1 barcode: (10) "ABCDEFGHIJKLMNOPQRSTU": too long: at most 20 characters, has 21."#),
    ])
    func lotsOutsideCharacterSet82GetANoteAndNoSymbol(lot: String, note: String) throws {
        let printed = try #require(Self.gs1_128.line(Self.line(lot: lot)))
        #expect(printed.svg == nil)
        #expect(printed.note == note)
    }

    @Test func theReferenceIsACode128UnlessItHoldsAccents() {
        #expect(Self.gs1_128.reference("WH/OUT/00001").svg?.contains("code128") == true)
        let accented = Self.gs1_128.reference("WH/SORTIE/É1")
        #expect(accented.svg == nil)
        #expect(accented.note == "No barcode: the reference Code 128 here carries printable ASCII only (no accents, no control characters).")
    }

    @Test func textAndNotesAreEscapedOnThePage() throws {
        let library = try TemplateLibrary(directory: SiteFixture.templates)
        let lot = #"<b>&"x'"#
        let printed = try #require(Self.gs1_128.line(Self.line(lot: lot)))
        let html = try library.renderText(printed, template: "partials/barcode")
        #expect(html.contains("<figcaption>(01)05060012001018(10)&lt;b&gt;&amp;&quot;x&#39;</figcaption>"))
        #expect(!html.contains("<b>"))
    }
}
