import Foundation
import Testing
import ZIPFoundation

@testable import LotraceCore

/// Files that are no readable workbook are refused whole with a message that says what they are
/// and what to do; broken and hostile workbooks too, quickly, never with a crash or a hang.
@Suite("Workbook refusals")
struct WorkbookRefusalTests {
    static let sheet = "xl/worksheets/sheet1.xml"
    private let receipt = WorkbookBuilder.moves(WorkbookBuilder.receipt(2))

    private func refusal(_ bytes: [UInt8], name: String = "moves.xlsx") -> String {
        let dataset = DatasetLoader().load(files: [InputData(name: name, bytes: bytes)])
        guard let refusal = dataset.refusals.first(where: { $0.position.file == name }) else { return "not refused" }
        return "\(refusal.reason.rawValue): \(refusal.message)"
    }

    private func zip(_ parts: [String: String]) throws -> [UInt8] {
        var builder = WorkbookBuilder(rows: "")
        builder.parts = parts
        return try builder.bytes()
    }

    @Test func oldAndEncryptedExcelFiles() {
        let ole2: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        #expect(refusal(ole2, name: "moves.xls") == "unsupported_workbook: the file is an Excel 97-2003 workbook (.xls, an OLE2 compound file), which Lotrace does not read: export as XLSX or CSV")
        let encrypted = ole2 + "EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(refusal(encrypted) == "unsupported_workbook: the file is a password-protected workbook (encrypted in an OLE2 container): remove the password and save it as .xlsx, or export as XLSX or CSV")
    }

    @Test func otherZipArchivesAreNamed() throws {
        #expect(refusal(try zip(["word/document.xml": "<w/>", "[Content_Types].xml": "<Types/>"]), name: "moves.docx")
            == "unsupported_workbook: the file is a Word document (.docx), not an Excel workbook: export as XLSX or CSV")
        #expect(refusal(try zip(["mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"]))
            == "unsupported_workbook: the file is an OpenDocument spreadsheet (.ods), not an Excel workbook: export as XLSX or CSV")
        #expect(refusal(try zip(["xl/workbook.bin": "binary"]))
            == "unsupported_workbook: the file is an Excel binary workbook (.xlsb), not an Excel workbook: export as XLSX or CSV")
        #expect(refusal(try zip(["notes.txt": "hello"]))
            == "unsupported_workbook: the file is a ZIP archive of 1 entries without xl/workbook.xml, not an Excel workbook: export as XLSX or CSV")
    }

    @Test func truncatedArchive() throws {
        let bytes = try receipt.bytes()
        #expect(refusal(Array(bytes.prefix(bytes.count / 2)))
            == "malformed_workbook: the ZIP archive is truncated or corrupt: its central directory cannot be read")
    }

    /// A wrong CRC-32 shows only at the end of the sheet, after its rows were read (the header is
    /// read from its first kilobytes): the file is refused all the same, and counts no rows.
    @Test func badCRCRefusesTheFileAfterItsRows() throws {
        var bytes = try WorkbookBuilder.moves((2...200).map { WorkbookBuilder.receipt($0) }.joined()).bytes()
        let record = ZipPatch.centralRecord(Self.sheet, in: bytes)
        ZipPatch.setUInt32(&bytes, record + 16, ZipPatch.uint32(bytes, record + 16) ^ 1)
        let dataset = DatasetLoader().load(files: [InputData(name: "moves.xlsx", bytes: bytes)])
        #expect(dataset.refusals.map { "\($0.reason.rawValue): \($0.message)" } == [
            "malformed_workbook: the ZIP entry xl/worksheets/sheet1.xml is broken: its CRC-32 does not match (the archive is corrupt)"
        ])
        let file = try #require(dataset.files.first)
        #expect((file.read, file.used, file.refusal?.reason) == (0, 0, .malformedWorkbook))
    }

    @Test func corruptDeflateData() throws {
        var bytes = try WorkbookBuilder.moves((2...40).map { WorkbookBuilder.receipt($0) }.joined()).bytes()
        let data = ZipPatch.data(Self.sheet, in: bytes)
        for offset in (data + 40)..<(data + 60) { bytes[offset] ^= 0x5A }
        #expect(refusal(bytes).hasPrefix("malformed_workbook: the ZIP entry xl/worksheets/sheet1.xml is broken: "))
    }

    /// 150 MB of spaces deflate to about 150 KB: refused from the directory's sizes, at once.
    @Test func zipBombIsRefusedInUnderASecond() throws {
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for (path, content) in receipt.parts.compactMapValues({ $0 }) where path != Self.sheet {
            let data = Data(content.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
                                 provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        let size = 150 << 20
        let spaces = Data(repeating: 0x20, count: 1 << 16)
        try archive.addEntry(with: Self.sheet, type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate,
                             provider: { _, count in spaces.prefix(count) })
        let bytes = [UInt8](archive.data!)
        let clock = ContinuousClock()
        var message = ""
        let elapsed = clock.measure { message = refusal(bytes) }
        #expect(message.hasPrefix("malformed_workbook: the ZIP entry xl/worksheets/sheet1.xml would inflate to "))
        #expect(message.hasSuffix(" times its compressed size (157286400 bytes from \(ZipPatch.uint32(bytes, ZipPatch.centralRecord(Self.sheet, in: bytes) + 20))): refused as a zip bomb"))
        #expect(elapsed < .seconds(1))
    }

    /// An entry that declares fewer bytes than it inflates to stops at the declared size.
    @Test func entryInflatingPastItsDeclaredSize() throws {
        var bytes = try receipt.bytes()
        let record = ZipPatch.centralRecord(Self.sheet, in: bytes)
        ZipPatch.setUInt32(&bytes, record + 24, 100)
        #expect(refusal(bytes) == "malformed_workbook: the ZIP entry xl/worksheets/sheet1.xml is broken: it inflates to more than the 100 bytes its directory entry declares")
    }

    @Test func doctypeAndEntitiesInAnyPart() throws {
        var doctype = receipt
        doctype.parts[Self.sheet] = "<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [<!ENTITY x \"y\">]><worksheet xmlns=\"\(WorkbookBuilder.main)\"><sheetData/></worksheet>"
        #expect(refusal(try doctype.bytes()) == "malformed_workbook: xl/worksheets/sheet1.xml line 2: a DOCTYPE declaration is not allowed in an input document")
        var entity = receipt
        entity.parts["xl/sharedStrings.xml"] = "<sst xmlns=\"\(WorkbookBuilder.main)\"><si><t>&ext;</t></si></sst>"
        #expect(refusal(try entity.bytes()) == "malformed_workbook: xl/sharedStrings.xml line 1: Entity 'ext' not defined")
        var styles = receipt
        styles.parts["xl/styles.xml"] = "<!DOCTYPE s SYSTEM \"http://example.com/s.dtd\"><styleSheet/>"
        #expect(refusal(try styles.bytes()) == "malformed_workbook: xl/styles.xml line 1: a DOCTYPE declaration is not allowed in an input document")
    }

    @Test func missingSharedStringsPart() throws {
        var workbook = receipt
        workbook.parts["xl/sharedStrings.xml"] = .some(nil)
        #expect(refusal(try workbook.bytes()) == "malformed_workbook: Moves!A1 refers to a shared string, but the workbook has no shared-strings part")
    }

    @Test func sheetStructureBeyondExcel() throws {
        let cases: [(String, String?, String)] = [
            (WorkbookBuilder.receipt(3) + WorkbookBuilder.receipt(2), nil, "Moves: row 2 comes after row 3 (rows out of order)"),
            ("", "A1:XFE2000000", #"Moves: the sheet's dimension "A1:XFE2000000" is beyond Excel's limits (A1:XFD1048576)"#),
            ("<row r=\"1048577\"/>", nil, #"Moves: row number "1048577" is not a row of a sheet (1 to 1,048,576)"#),
            ("<row r=\"2\"><c r=\"A3\"/></row>", nil, "Moves: row 2 holds the cell A3 of another row"),
            ("<row r=\"2\"><c r=\"B2\"/><c r=\"A2\"/></row>", nil, "Moves: cell A2 is out of order in its row"),
            ("<row r=\"2\"><c r=\"2B\"/></row>", nil, #"Moves: row 2 holds a cell at "2B", which is no cell of a sheet"#),
        ]
        for (rows, dimension, message) in cases {
            var workbook = WorkbookBuilder(
                rows: WorkbookBuilder.moveHeaderRow + rows, sharedStrings: WorkbookBuilder.moveHeader, dimension: dimension)
            workbook.parts["[Content_Types].xml"] = .some(nil)
            #expect(refusal(try workbook.bytes()) == "malformed_workbook: \(message)")
        }
    }

    @Test func workbooksWithoutSheetsOrHeader() throws {
        var noSheet = receipt
        noSheet.parts["xl/workbook.xml"] = "<workbook xmlns=\"\(WorkbookBuilder.main)\"><sheets/></workbook>"
        #expect(refusal(try noSheet.bytes()) == "malformed_workbook: the workbook has no sheet")
        #expect(refusal(try WorkbookBuilder(rows: "<row r=\"1\"><c r=\"A1\" s=\"1\"/></row>").bytes())
            == #"malformed_workbook: the sheet "Moves" holds no header row (it is empty)"#)
        var missingPart = receipt
        missingPart.parts[Self.sheet] = .some(nil)
        #expect(refusal(try missingPart.bytes()) == #"malformed_workbook: the first sheet, "Moves", is not a worksheet part of the archive"#)
        #expect(refusal(try WorkbookBuilder(rows: WorkbookBuilder.row(1, [WorkbookBuilder.text("A", 1, "Colour")])).bytes())
            == "unplaced_file: Moves: the header matches no known export (move lines, lots, products, transfers, operation types, partners, locations)")
    }
}

/// Every single-byte corruption and every truncation of a small workbook is read or refused,
/// never a crash or a hang:
/// the workbook is opened, and every cell of every row decoded, as a data folder's would be.
@Suite("Workbook corruption")
struct WorkbookCorruptionTests {
    private func outcome(_ bytes: [UInt8]) -> String {
        do {
            let sheet = try WorkbookSheet(bytes: bytes, path: nil)
            var text: [UInt8] = []
            try sheet.forEachDataRow { (row) throws(WorkbookError) in
                for cell in row.cells { _ = try sheet.cells.append(cell, of: row, to: &text) }
            }
            return "read"
        } catch {
            return error.reason.rawValue
        }
    }

    @Test func everyCorruptedByteIsReadOrRefused() throws {
        let bytes = try WorkbookBuilder.moves(WorkbookBuilder.receipt(2) + WorkbookBuilder.receipt(3)).bytes()
        #expect(outcome(bytes) == "read")
        var outcomes: [String: Int] = [:]
        for offset in 0..<bytes.count {
            var corrupted = bytes
            corrupted[offset] ^= 0xA5
            outcomes[outcome(corrupted), default: 0] += 1
        }
        #expect(outcomes.values.reduce(0, +) == bytes.count)
        #expect(outcomes["malformed_workbook", default: 0] > bytes.count / 2)
        for length in 0..<bytes.count {
            #expect(outcome(Array(bytes.prefix(length))) == "malformed_workbook", "\(length) bytes")
        }
    }
}
