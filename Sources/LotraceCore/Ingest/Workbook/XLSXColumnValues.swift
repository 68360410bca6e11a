/// Reads one column's cells from every record of a workbook's sheet that the row reader accepts
/// (rows it will reject are left out), for deciding a header by its content (`HeaderClash`), as
/// `CSVColumnValues` does for a CSV file.
enum XLSXColumnValues {
    static func read(_ sheet: WorkbookSheet, fileName: String, column: Int) -> [String] {
        var values: [String] = []
        _ = XLSXRows.read(sheet, fileName: fileName, columnCount: sheet.header.count) { outcome in
            if case .cells(let cells) = outcome { values.append(cells.text(column)) }
        }
        return values
    }
}
