import LotraceDiagnostics

/// An .xlsx file opened for reading: its first sheet, the cell decoding its workbook needs
/// (styles, shared strings, date system), and the sheet's header, the first row that holds
/// anything. The sheet's rows are streamed from the archive each time they are read.
final class WorkbookSheet {
    let archive: WorkbookArchive
    let sheetName: String
    let sheetPath: String
    let cells: SheetCellText
    /// Header names from column A to the last named column ("" for an unnamed one between).
    let header: [String]
    let headerRow: Int
    /// A bound of the data rows, to reserve memory once.
    let estimatedRowCount: Int
    /// What the file holds that is not read (sheets after the first).
    let notes: [String]

    /// Opens the workbook in `bytes`, read from the file at `path` when there is one; throws
    /// when it is refused.
    init(bytes: [UInt8], path: String?) throws(WorkbookError) {
        let archive = try WorkbookArchive(bytes, path: path)
        self.archive = archive
        guard archive.contains(WorkbookManifest.workbookPath) else { throw WorkbookDetection.foreignArchiveRefusal(archive) }
        let manifest = try WorkbookManifest.read(archive)
        guard let first = manifest.sheets.first else { throw .malformed("the workbook has no sheet") }
        guard let path = first.path, archive.contains(path) else {
            throw .malformed("the first sheet, \(MessageText.quoted(first.name)), is not a worksheet part of the archive")
        }
        sheetName = first.name
        sheetPath = path
        let others = manifest.sheets.dropFirst().map { MessageText.quoted($0.name) }
        notes = others.isEmpty ? [] : ["only the first sheet, \(MessageText.quoted(first.name)), is read; not read: \(others.joined(separator: ", "))"]
        let strings: SharedStrings? =
            if let stringsPath = manifest.sharedStringsPath, archive.contains(stringsPath) {
                try SharedStrings.read(archive, path: stringsPath)
            } else {
                nil
            }
        let cells = SheetCellText(
            styles: try CellStyles.read(archive, path: manifest.stylesPath), sharedStrings: strings,
            uses1904: manifest.uses1904, sheetName: first.name)
        self.cells = cells
        var reader = try SheetReader(archive, path: path, sheetName: first.name)
        var found: (row: Int, names: [String])?
        try reader.forEachRow { (row) throws(WorkbookError) -> Bool in
            var names: [String] = []
            var text: [UInt8] = []
            for cell in row.cells {
                text.removeAll(keepingCapacity: true)
                if let failure = try cells.append(cell, of: row, to: &text) {
                    let reference = CellReference(row: row.number, column: cell.column)
                    throw .malformed("\(first.name)!\(reference): the header cell cannot be read: \(failure.message)")
                }
                guard !text.isEmpty else { continue }
                names += Array(repeating: "", count: cell.column - 1 - names.count)
                names.append(String(decoding: text, as: UTF8.self))
            }
            if names.isEmpty { return true }
            found = (row.number, names)
            return false
        }
        guard let found else { throw .malformed("the sheet \(MessageText.quoted(first.name)) holds no header row (it is empty)") }
        header = found.names
        headerRow = found.row
        let dimensionRows = max(0, (reader.dimensionLastRow ?? 0) - found.row)
        estimatedRowCount = min(dimensionRows, archive.size(of: path) / 16)
    }

    /// Streams the data rows (after the header row) to `body`.
    func forEachDataRow(_ body: (SheetRow) throws(WorkbookError) -> Void) throws(WorkbookError) {
        var reader = try SheetReader(archive, path: sheetPath, sheetName: sheetName)
        let headerRow = self.headerRow
        try reader.forEachRow { (row) throws(WorkbookError) -> Bool in
            if row.number > headerRow { try body(row) }
            return true
        }
    }
}
