import Foundation
import LotraceTestSupport
import Testing

/// Delivery slips with `"barcodes": {"symbology": "qr"}`: each line's QR Code, read back by
/// zbarimg from the page's own SVG, carries the GS1 Digital Link URI printed under it, and
/// `lotrace scan` of that URI traces the line's lot.
@Suite("QR codes on slips")
struct QRSlipTests {
    private static let files: [String: String] = [
        "lotrace.json": #"{"company": {"name": "Hartwell Bakery Ltd"}, "barcodes": {"symbology": "qr"}}"#,
        "products.csv": """
            "Name","Internal Reference","Barcode","Tracking","Unit of Measure"
            "Shortbread","BI-001","5060012002015","By Lots","Units"
            "Data Logger","EL-001","5060012003012","By Unique Serial Number","Units"

            """,
        "lots.csv": """
            "Lot/Serial Number","Product","Expiration Date"
            "B1/25","[BI-001] Shortbread","2025-09-30 08:00:00"

            """,
        "transfers.csv": """
            "Reference","Source Document","Contact","Scheduled Date","Date of Transfer","Status"
            "WH/OUT/00001","S001","Olive Table","2025-07-07 10:00:00","2025-07-07 10:05:00","Done"

            """,
        "moves.csv": """
            "Date","Reference","Product","Lot/Serial Number","From","To","Quantity","Unit of Measure","Status","Transfer"
            "2025-07-05 08:10:00","WH/IN/00001","[BI-001] Shortbread","B1/25","Partners/Vendors","WH/Stock","200.0","Units","Done",""
            "2025-07-05 08:10:00","WH/IN/00001","[EL-001] Data Logger","SN-7","Partners/Vendors","WH/Stock","1.0","Units","Done",""
            "2025-07-07 10:05:00","WH/OUT/00001","[BI-001] Shortbread","B1/25","WH/Stock","Partners/Customers","120.0","Units","Done","WH/OUT/00001"
            "2025-07-07 10:05:00","WH/OUT/00001","[EL-001] Data Logger","SN-7","WH/Stock","Partners/Customers","1.0","Units","Done","WH/OUT/00001"

            """,
    ]

    @Test("each QR Code reads back as the URI printed under it, and lotrace scan of it finds the lot")
    func qrCodesScanToTheirLots() throws {
        let data = try CLIRunner.folder(Self.files)
        let site = try CLIRunner.folder([:]).appendingPathComponent("site")
        let build = try CLIRunner.run([
            "build", "--data", data.path, "--out", site.path, "--templates", XLSXCommandTests.templates, "--as-of", "2025-07-31",
        ])
        #expect(build.status == 0, "\(build.stderr)")
        let html = try String(contentsOf: site.appendingPathComponent("slips/WH_OUT_00001.html"), encoding: .utf8)
        let symbols = Self.qrFigures(html)
        #expect(symbols.map(\.caption) == [
            "https://id.gs1.org/01/05060012002015/10/B1%2F25?17=250930",
            "https://id.gs1.org/01/05060012003012/21/SN-7",
        ])
        for (index, symbol) in symbols.enumerated() {
            #expect(try Self.zbarimg(svg: symbol.svg, in: try CLIRunner.folder([:]), name: "qr-\(index)") == symbol.caption)
        }
        let scan = try CLIRunner.run(["scan", symbols[0].caption, "--data", data.path, "--format", "json"])
        #expect(scan.status == 0, "\(scan.stderr)")
        #expect(scan.stdout.contains(#""lot": "B1/25","#))
        #expect(scan.stdout.contains(#""expiry": "2025-09-30","#))
        let serial = try CLIRunner.run(["scan", symbols[1].caption, "--data", data.path])
        #expect(serial.status == 0, "\(serial.stderr)")
        #expect(serial.stdout.hasPrefix("Scanned (01)05060012003012(21)SN-7"))
    }

    @Test("slips --date writes the day's slips as one page; a day without slips exits 1, a bad date 64")
    func daySlips() throws {
        let data = try CLIRunner.folder(Self.files)
        let output = try CLIRunner.folder([:]).appendingPathComponent("day.html")
        let run = try CLIRunner.run([
            "slips", "--date", "2025-07-07", "--data", data.path, "-o", output.path, "--templates", XLSXCommandTests.templates,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(contentsOf: output, encoding: .utf8)
        #expect(page.contains("<title>Delivery slips of 2025-07-07 · Hartwell Bakery Ltd</title>"))
        #expect(page.contains(#"<p class="sheet-label">WH/OUT/00001 · page 1 of 1</p>"#))
        #expect(page.contains(#"@bottom-right { content: "Page " counter(day-slip-1) " of 1"; }"#))
        #expect(Self.qrFigures(page).count == 2)
        let none = try CLIRunner.run(["slips", "--date", "2025-07-08", "--data", data.path, "--templates", XLSXCommandTests.templates])
        #expect(none.status == 1)
        #expect(none.stdout.isEmpty)
        #expect(none.stderr.hasSuffix(
            "lotrace: no delivery slip ships on 2025-07-08 (no outgoing transfer is dated that day, or all were cancelled)\n"))
        let bad = try CLIRunner.run(["slips", "--date", "2025-02-30", "--data", data.path])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--date 2025-02-30: expected YYYY-MM-DD (an existing date)"))
    }

    /// The QR figures of a page: the SVG markup and the text printed under it (unescaped).
    static func qrFigures(_ html: String) -> [(svg: String, caption: String)] {
        html.components(separatedBy: #"<figure class="barcode">"#).dropFirst().compactMap { figure in
            guard figure.contains(#"class="barcode-symbol qr""#), let end = figure.range(of: "</svg>"),
                let caption = figure.range(of: "<figcaption>"), let captionEnd = figure.range(of: "</figcaption>")
            else { return nil }
            let text = String(figure[caption.upperBound..<captionEnd.lowerBound]).replacingOccurrences(of: "&amp;", with: "&")
            return (String(figure[..<end.upperBound]), text)
        }
    }

    /// What zbarimg reads from `svg` rasterised at 300 dpi.
    static func zbarimg(svg: String, in folder: URL, name: String) throws -> String {
        let svgFile = folder.appendingPathComponent("\(name).svg")
        let png = folder.appendingPathComponent("\(name).png")
        try Data(svg.utf8).write(to: svgFile)
        let converted = try ExternalTool.rsvgConvert.run(["-d", "300", "-p", "300", "-b", "white", "-o", png.path, svgFile.path])
        try #require(converted.status == 0, "rsvg-convert failed: \(converted.errors)")
        let read = try ExternalTool.zbarimg.run(["-q", "--nodbus", "--raw", "-Sdisable", "-Sqrcode.enable", png.path])
        try #require(read.status == 0, "zbarimg read nothing: \(read.errors)")
        return String(decoding: read.output, as: UTF8.self).trimmingCharacters(in: .newlines)
    }
}
