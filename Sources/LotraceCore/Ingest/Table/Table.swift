import Foundation

/// A placed input table: its role, how its header maps to Lotrace's columns, and its rows in a
/// format-neutral form.
struct Table {
    /// Index of the file in `Dataset.files`.
    var fileIndex: Int
    var fileName: String
    var role: Role
    var columns: ColumnMapping
    var content: Content

    /// Where the rows come from.
    enum Content {
        /// A CSV file's bytes (header included) and its delimiter.
        case csv([UInt8], delimiter: UInt8)
        /// Rows read from an XML file.
        case xml(SourceTable)
        /// The first sheet of an .xlsx workbook, streamed when read.
        case workbook(WorkbookSheet)
    }

    /// An upper bound of the data rows (line feeds for CSV), to reserve memory once.
    var estimatedRowCount: Int {
        switch content {
        case .csv(let bytes, _):
            return bytes.withUnsafeBufferPointer { buffer in
                guard var cursor = UnsafeRawPointer(buffer.baseAddress) else { return 0 }
                let end = cursor + buffer.count
                var count = 1
                while cursor < end, let found = memchr(cursor, 10, end - cursor) {
                    count += 1
                    cursor = UnsafeRawPointer(found) + 1
                }
                return count
            }
        case .xml(let table):
            return table.rows.count
        case .workbook(let sheet):
            return sheet.estimatedRowCount
        }
    }

    /// Calls `body` with each data row's cells, or with the rejection of a row that could not be
    /// split into cells (broken quoting, wrong column count, bad bytes); the caller accounts for
    /// every call. Returns what the reading found besides rows (a workbook's sheet and notes, or
    /// its refusal when its sheet breaks part-way). Rows read, and a CSV file's bytes, are passed
    /// on to `progress` (an XML file or a workbook counts its bytes when it is examined).
    func forEachRow(progress: LoadProgress? = nil, _ body: (RowOutcome) -> Void) -> TableReadEnd {
        var counter = RowProgress(progress)
        switch content {
        case .csv(let bytes, let delimiter):
            bytes.withUnsafeBufferPointer { buffer in
                CSVRows.read(buffer: buffer, delimiter: delimiter, columnCount: columns.headerCount, progress: &counter, body)
            }
            counter.finish(byteCount: bytes.count)
            return TableReadEnd()
        case .xml(let table):
            XMLRows.read(table: table) { outcome in
                counter.row()
                body(outcome)
            }
            counter.finish(byteCount: 0)
            return TableReadEnd()
        case .workbook(let sheet):
            let end = XLSXRows.read(sheet, fileName: fileName, columnCount: columns.headerCount) { outcome in
                counter.row()
                body(outcome)
            }
            counter.finish(byteCount: 0)
            return end
        }
    }
}

/// A row as the table reader hands it over.
enum RowOutcome {
    case cells(RowCells)
    case rejected(RowRejection)
}
