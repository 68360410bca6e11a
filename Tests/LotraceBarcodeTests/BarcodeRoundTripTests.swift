import Foundation
import LotraceBarcode
import LotraceTestSupport
import Testing

/// Every kind of barcode Lotrace prints, rendered to SVG as on the slips, rasterised by
/// rsvg-convert and read back by real decoders: zbarimg (Code 128, GS1-128, QR Code) and dmtxread
/// (GS1 DataMatrix). The decoded bytes must equal the encoded data (GS for FNC1 separators),
/// and the decoder must see the GS1 marker (FNC1 in first position) exactly on GS1 symbols.
@Suite("Barcode round trip through real decoders")
struct BarcodeRoundTripTests {
    /// GS1 messages: plain lot, serial, expiry with day 00, the longest lot (20 characters,
    /// every symbol of character set 82), lot and serial (a separator between them).
    static let messages: [[BarcodeElement]] = [
        [.init(ai: "01", value: "09506000134352"), .init(ai: "10", value: "ABC-1")],
        [.init(ai: "01", value: "09506000134352"), .init(ai: "21", value: "SN-000123")],
        [.init(ai: "01", value: "09506000134352"), .init(ai: "17", value: "250200"), .init(ai: "10", value: "L2025/02")],
        [.init(ai: "01", value: "09501101530003"), .init(ai: "17", value: "281231"), .init(ai: "10", value: #"!"%&'()*+,-./:;<=>?_"#)],
        [.init(ai: "01", value: "09501101530003"), .init(ai: "10", value: "AB-123"), .init(ai: "21", value: "S1")],
    ]

    @Test(arguments: ["WH/OUT/00006", "Ab 09-~!", "12345678901234567890"])
    func code128(_ text: String) throws {
        let symbol = try BarcodeEncoder.code128(text, height: 30)
        #expect(try Self.decode(symbol, with: .zbarimg) == Decoded(isGS1: false, data: Array(text.utf8)))
    }

    @Test(arguments: messages)
    func gs1_128(_ elements: [BarcodeElement]) throws {
        let symbol = try BarcodeEncoder.gs1(elements, kind: .gs1_128, height: 30)
        #expect(try Self.decode(symbol, with: .zbarimg) == Decoded(isGS1: true, data: Self.transmitted(elements)))
    }

    @Test(arguments: [
        "https://id.gs1.org/01/09506000134352/10/ABC-1",
        "https://id.gs1.org/01/09506000134352/21/SN-000123?17=250200",
        "https://id.example.com/dl/01/09501101530003/10/%21%22%25%26%27%28%29%2A%2B%2C-.%2F%3A%3B%3C%3D%3E%3F_?17=281231",
    ])
    func qr(_ uri: String) throws {
        let symbol = try BarcodeEncoder.qr(uri)
        #expect(symbol.width == symbol.height)
        #expect(try Self.decode(symbol, with: .zbarimg, symbology: "qrcode") == Decoded(isGS1: false, data: Array(uri.utf8)))
    }

    @Test(arguments: messages)
    func gs1DataMatrix(_ elements: [BarcodeElement]) throws {
        let symbol = try BarcodeEncoder.gs1(elements, kind: .gs1DataMatrix, height: 0)
        #expect(try Self.decode(symbol, with: .dmtxread) == Decoded(isGS1: true, data: Self.transmitted(elements)))
    }

    /// The element strings as a decoder sends them: GS after a variable-length value that is
    /// not last (in these messages: 10 and 21).
    static func transmitted(_ elements: [BarcodeElement]) -> [UInt8] {
        var bytes: [UInt8] = []
        for (index, element) in elements.enumerated() {
            bytes += Array((element.ai + element.value).utf8)
            if ["10", "21"].contains(element.ai) && index < elements.count - 1 { bytes.append(0x1D) }
        }
        return bytes
    }

    /// What a decoder read: whether it saw the GS1 marker, and the data after it.
    struct Decoded: Equatable, CustomStringConvertible {
        var isGS1: Bool
        var data: [UInt8]

        var description: String {
            (isGS1 ? "GS1 " : "") + String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\u{1D}", with: "<GS>")
        }
    }

    /// SVG (0.4 mm modules) -> PNG at 254 dpi (4 pixels a module) -> what the decoder read
    /// (zbarimg reads only `symbology`).
    static func decode(_ symbol: BarcodeSymbol, with decoder: ExternalTool, symbology: String = "code128") throws -> Decoded {
        let folder = try ScratchFolder.make("barcode")
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("symbol.svg")
        let png = folder.appendingPathComponent("symbol.png")
        try Data(BarcodeSVG.svg(symbol, moduleSize: 0.4, cssClass: "test").utf8).write(to: svg)
        let converted = try ExternalTool.rsvgConvert.run(["-d", "254", "-p", "254", "-b", "white", "-o", png.path, svg.path])
        try #require(converted.status == 0, "rsvg-convert failed: \(converted.errors)")
        if decoder.name == "dmtxread" {
            // -G 29: FNC1 as GS, the leading one (the GS1 marker) included.
            let read = try decoder.run(["-G", "29", "-N", "1", png.path])
            try #require(read.status == 0 && !read.output.isEmpty, "dmtxread read nothing: \(read.errors)")
            let isGS1 = read.output.first == 0x1D
            return Decoded(isGS1: isGS1, data: Array(read.output.dropFirst(isGS1 ? 1 : 0)))
        }
        // zbarimg's XML names the GS1 modifier; the data sits in one CDATA section, in base64
        // when it holds control characters (GS).
        let read = try decoder.run(["--xml", "-q", "--nodbus", "-Sdisable", "-S\(symbology).enable", png.path])
        try #require(read.status == 0, "zbarimg read nothing: \(read.errors)")
        let xml = String(decoding: read.output, as: UTF8.self)
        let data = try #require(xml.range(of: "<![CDATA[").flatMap { start in
            xml.range(of: "]]>", range: start.upperBound..<xml.endIndex).map { xml[start.upperBound..<$0.lowerBound] }
        }, "no data in zbarimg's output: \(xml)")
        let bytes =
            xml.contains("format='base64'")
            ? try #require(Data(base64Encoded: String(data), options: .ignoreUnknownCharacters), "bad base64: \(data)").map { $0 }
            : Array(data.utf8)
        return Decoded(isGS1: xml.contains("modifiers='GS1'"), data: bytes)
    }
}
