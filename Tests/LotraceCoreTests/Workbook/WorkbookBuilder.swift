import Foundation
import ZIPFoundation

@testable import LotraceCore

/// Builds small .xlsx files from their XML parts with ZIPFoundation, for the cell and refusal
/// cases no writer produces on purpose. Styles: 0 General, 1 built-in date (14), 2
/// `yyyy-mm-dd hh:mm:ss`, 3 `#,##0.00`.
struct WorkbookBuilder {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Part path -> content; nil content leaves the part out.
    var parts: [String: String?]

    /// A workbook whose first sheet holds `rows` (`<row>` elements), with these shared strings.
    init(rows: String, sharedStrings: [String] = [], date1904: Bool = false, dimension: String? = nil) {
        let strings = sharedStrings.map { "<si><t xml:space=\"preserve\">\($0)</t></si>" }.joined()
        parts = [
            "[Content_Types].xml": "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
            "xl/workbook.xml": """
                <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\(Self.main)" xmlns:r="\(Self.relationships)">\
                <workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets><sheet name="Moves" sheetId="1" r:id="rId1"/></sheets></workbook>
                """,
            "xl/_rels/workbook.xml.rels": """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="\(Self.relationships)/worksheet" Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" Type="\(Self.relationships)/sharedStrings" Target="sharedStrings.xml"/>\
                <Relationship Id="rId3" Type="\(Self.relationships)/styles" Target="/xl/styles.xml"/></Relationships>
                """,
            "xl/styles.xml": """
                <?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="\(Self.main)"><numFmts count="2">\
                <numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/><numFmt numFmtId="165" formatCode="#,##0.00"/></numFmts>\
                <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/>\
                <xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>
                """,
            "xl/sharedStrings.xml": "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"\(Self.main)\">\(strings)</sst>",
            "xl/worksheets/sheet1.xml": """
                <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="\(Self.main)">\
                \(dimension.map { "<dimension ref=\"\($0)\"/>" } ?? "")<sheetData>\(rows)</sheetData></worksheet>
                """,
        ]
    }

    /// A move-line header row (row 1) in shared strings 0-8, for sheets whose data rows follow.
    static let moveHeader = ["Date", "Reference", "Product", "Lot/Serial Number", "From", "To", "Quantity", "Unit of Measure", "Status"]
    static let moveHeaderRow = "<row r=\"1\">" + (0..<9).map { "<c r=\"\(CellReference.letters($0 + 1))1\" t=\"s\"><v>\($0)</v></c>" }.joined() + "</row>"

    /// A move-line sheet: the header, then `rows`, with shared strings after the header's.
    static func moves(_ rows: String, strings: [String] = [], date1904: Bool = false) -> WorkbookBuilder {
        WorkbookBuilder(rows: moveHeaderRow + rows, sharedStrings: moveHeader + strings, date1904: date1904)
    }

    /// A data row of inline strings and numbers: `("A", "t:text")`, `("G", "n:10")`, or raw `<c>` XML.
    static func row(_ number: Int, _ cells: [String]) -> String {
        "<row r=\"\(number)\">" + cells.joined() + "</row>"
    }

    static func text(_ column: String, _ row: Int, _ value: String) -> String {
        "<c r=\"\(column)\(row)\" t=\"inlineStr\"><is><t>\(value)</t></is></c>"
    }

    static func number(_ column: String, _ row: Int, _ value: String, style: Int = 0) -> String {
        "<c r=\"\(column)\(row)\" s=\"\(style)\"><v>\(value)</v></c>"
    }

    /// A done receipt of `quantity` of lot L1 on row `row`, its date as a date serial.
    static func receipt(_ row: Int, quantity: String = "10", lot: String = "L1") -> String {
        Self.row(row, [
            number("A", row, "45659.33333333334", style: 2), text("B", row, "WH/IN/0000\(row)"), text("C", row, "[FL-1] Flour"),
            text("D", row, lot), text("E", row, "Partners/Vendors"), text("F", row, "WH/Stock"), number("G", row, quantity, style: 3),
            text("H", row, "kg"), text("I", row, "Done"),
        ])
    }

    /// The archive's bytes, every part deflated.
    func bytes() throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for (path, content) in parts.sorted(by: { $0.key < $1.key }) {
            guard let content else { continue }
            let data = Data(content.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        return [UInt8](archive.data!)
    }

    /// Loads the workbook as `name` (with more inline files) through the dataset loader.
    func load(as name: String = "moves.xlsx", with others: [InputData] = []) throws -> Dataset {
        DatasetLoader().load(files: [InputData(name: name, bytes: try bytes())] + others)
    }
}
