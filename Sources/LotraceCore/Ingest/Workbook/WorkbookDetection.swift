/// Tells workbooks from other binary files by their content, never their name: a ZIP archive
/// holding `xl/workbook.xml` is an .xlsx workbook; an OLE2 compound file (Excel 97-2003, or an
/// encrypted .xlsx) and a ZIP archive of another kind are refused, saying what they are.
enum WorkbookDetection {
    /// A ZIP archive's first bytes: a local file header, or the end record of an empty archive.
    static func isZip(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    /// The refusal of an OLE2 compound file (`D0 CF 11 E0 A1 B1 1A E1`), nil for other bytes.
    static func compoundFileRefusal(_ bytes: [UInt8]) -> WorkbookError? {
        guard bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) else { return nil }
        // An encrypted OOXML file is an OLE2 file with an "EncryptionInfo" stream (UTF-16 name).
        let encryption = Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        if bytes.firstRange(of: encryption) != nil {
            return .unsupported(
                "the file is a password-protected workbook (encrypted in an OLE2 container): remove the password and save it as .xlsx, or export as XLSX or CSV")
        }
        return .unsupported(
            "the file is an Excel 97-2003 workbook (.xls, an OLE2 compound file), which Lotrace does not read: export as XLSX or CSV")
    }

    /// The refusal of a ZIP archive without `xl/workbook.xml`, naming what it holds.
    static func foreignArchiveRefusal(_ archive: WorkbookArchive) -> WorkbookError {
        let what: String
        if archive.contains("xl/workbook.bin") {
            what = "an Excel binary workbook (.xlsb)"
        } else if archive.contains("word/document.xml") {
            what = "a Word document (.docx)"
        } else if archive.contains("ppt/presentation.xml") {
            what = "a PowerPoint presentation (.pptx)"
        } else if let mimetype = openDocumentType(archive) {
            what = mimetype.hasSuffix(".spreadsheet") ? "an OpenDocument spreadsheet (.ods)" : "an OpenDocument file (\(mimetype))"
        } else if archive.paths.isEmpty {
            what = "an empty ZIP archive"
        } else {
            what = "a ZIP archive of \(archive.paths.count) entries without xl/workbook.xml"
        }
        return .unsupported("the file is \(what), not an Excel workbook: export as XLSX or CSV")
    }

    /// The `mimetype` entry of an OpenDocument file, when it has a short plain one.
    private static func openDocumentType(_ archive: WorkbookArchive) -> String? {
        guard archive.contains("mimetype"), archive.size(of: "mimetype") <= 200,
            let reader = try? archive.reader("mimetype")
        else { return nil }
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 256)
        defer { buffer.deallocate() }
        var text: [UInt8] = []
        while let count = reader.read(into: buffer), count > 0, text.count <= 200 { text += buffer[0..<count] }
        let type = String(decoding: text, as: UTF8.self)
        return type.hasPrefix("application/vnd.oasis.opendocument.") ? type : nil
    }
}
