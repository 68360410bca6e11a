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
        case csv(FileBytes, delimiter: UInt8)
        /// Rows read from an XML file.
        case xml(SourceTable)
    }

    /// An upper bound of the data rows (line feeds for CSV), to reserve memory once.
    var estimatedRowCount: Int {
        switch content {
        case .csv(let file, _):
            return file.bytes.withUnsafeBufferPointer { buffer in
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
        }
    }

    /// Calls `body` with each data row's cells, or with the rejection of a row that could not be
    /// split into cells (broken quoting, wrong column count, bad bytes). Returns nothing: the
    /// caller accounts for every call.
    func forEachRow(_ body: (RowOutcome) -> Void) {
        switch content {
        case .csv(let file, let delimiter):
            file.bytes.withUnsafeMutableBufferPointer { buffer in
                CSVRows.read(buffer: buffer, delimiter: delimiter, columnCount: columns.headerCount, body)
            }
        case .xml(let table):
            XMLRows.read(table: table, body)
        }
    }
}

/// A row as the table reader hands it over.
enum RowOutcome {
    case cells(RowCells)
    case rejected(RowRejection)
}

/// A file's bytes, shared without copying; the CSV reader unescapes quoted fields in place, so
/// the rows of a file are read once.
final class FileBytes {
    var bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }
}
