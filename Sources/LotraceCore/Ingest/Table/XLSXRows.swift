import LotraceDiagnostics

/// Reads a workbook sheet's data rows as `RowCells` (line: the sheet's row number; column: the
/// sheet's column number), rejecting a row with an unreadable cell (`bad_value`), a value right
/// of the header (`wrong_column_count`) or bad bytes; a row that holds nothing is no record. A
/// sheet that turns out broken part-way refuses the file.
enum XLSXRows {
    static func read(
        _ sheet: WorkbookSheet, fileName: String, columnCount: Int, _ body: (RowOutcome) -> Void
    ) -> TableReadEnd {
        var end = TableReadEnd(sheet: sheet.sheetName, notes: sheet.notes)
        let text = sheet.cells
        var bytes: [UInt8] = []
        var starts = [Int](repeating: 0, count: columnCount)
        var ends = [Int](repeating: 0, count: columnCount)
        do {
            try sheet.forEachDataRow { (row) throws(WorkbookError) in
                if row.number == CellReference.lastRow {
                    end.notes.append(
                        "the sheet reaches Excel's last row (1,048,576): Odoo cannot export more rows to XLSX, so records may be missing; export as CSV or in parts")
                }
                bytes.removeAll(keepingCapacity: true)
                for index in 0..<columnCount {
                    starts[index] = 0
                    ends[index] = 0
                }
                var rejection: RowRejection?
                var holdsValue = false
                for cell in row.cells {
                    let start = bytes.count
                    if let failure = try text.append(cell, of: row, to: &bytes) {
                        holdsValue = true
                        rejection = rejection
                            ?? RowRejection(at: SourcePosition(line: row.number, column: cell.column), reason: failure.reason, message: failure.message)
                        continue
                    }
                    guard bytes.count > start else { continue }
                    holdsValue = true
                    guard cell.column <= columnCount else {
                        bytes.removeSubrange(start...)
                        rejection = rejection
                            ?? RowRejection(
                                at: SourcePosition(line: row.number, column: cell.column), reason: .wrongColumnCount,
                                message: "the cell holds a value right of the header's \(columnCount) columns")
                        continue
                    }
                    starts[cell.column - 1] = start
                    ends[cell.column - 1] = bytes.count
                }
                guard holdsValue else { return }
                if let rejection { return body(.rejected(rejection)) }
                bytes.withUnsafeBufferPointer { base in
                    let cells = RowCells(line: row.number, base: base, starts: starts, ends: ends)
                    if let rejection = CellText.check(cells) {
                        body(.rejected(rejection))
                    } else {
                        body(.cells(cells))
                    }
                }
            }
        } catch {
            end.refusal = FileRefusal(at: SourcePosition(file: fileName), reason: error.reason, message: error.message)
        }
        return end
    }
}
