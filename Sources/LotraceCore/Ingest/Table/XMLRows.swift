/// Hands an XML table's records over as `RowCells`; a record carrying issues is rejected for
/// its first.
enum XMLRows {
    static func read(table: SourceTable, _ body: (RowOutcome) -> Void) {
        for row in table.rows {
            if let issue = row.issues.first {
                body(.rejected(issue.rejection))
                continue
            }
            var bytes: [UInt8] = []
            var starts: [Int] = []
            var ends: [Int] = []
            var lines: [Int] = []
            var columns: [Int] = []
            for cell in row.cells {
                starts.append(bytes.count)
                bytes.append(contentsOf: cell?.value.utf8 ?? "".utf8)
                ends.append(bytes.count)
                lines.append(cell?.position.line ?? row.line)
                columns.append(cell?.position.column ?? 0)
            }
            bytes.withUnsafeBufferPointer { base in
                let cells = RowCells(
                    line: row.line, base: base, starts: starts, ends: ends, cellLines: lines, cellColumns: columns)
                if let rejection = CellText.check(cells) {
                    body(.rejected(rejection))
                } else {
                    body(.cells(cells))
                }
            }
        }
    }
}
