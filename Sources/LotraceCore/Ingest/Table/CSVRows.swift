import LotraceDiagnostics

/// Reads a CSV file's data rows (after the header) as `RowCells`, rejecting rows whose quoting is
/// broken, whose field count differs from the header's, or whose bytes are not clean UTF-8 text.
enum CSVRows {
    static func read(
        buffer: UnsafeBufferPointer<UInt8>, delimiter: UInt8, columnCount: Int,
        progress: inout RowProgress, _ body: (RowOutcome) -> Void
    ) {
        var tokenizer = CSVTokenizer(buffer: buffer, delimiter: delimiter)
        var isHeader = true
        var starts = [Int](repeating: 0, count: columnCount)
        var ends = [Int](repeating: 0, count: columnCount)
        while let event = tokenizer.next() {
            if !isHeader { progress.row(endingAt: tokenizer.offset) }
            switch event {
            case .brokenQuoting(let line, let column, let message):
                if isHeader { isHeader = false; continue }
                body(.rejected(RowRejection(at: SourcePosition(line: line, column: column), reason: .brokenQuoting, message: message)))
            case .record(let line):
                if isHeader {
                    isHeader = false
                    continue
                }
                let fields = tokenizer.fields
                guard fields.count == columnCount else {
                    body(.rejected(RowRejection(
                        at: SourcePosition(line: line, column: min(fields.count, columnCount) + 1), reason: .wrongColumnCount,
                        message: "expected \(columnCount) fields as in the header, found \(fields.count)")))
                    continue
                }
                for index in 0..<columnCount {
                    starts[index] = fields[index].start
                    ends[index] = fields[index].end
                }
                let cells = RowCells(line: line, base: tokenizer.record, starts: starts, ends: ends)
                if let rejection = CellText.check(cells) {
                    body(.rejected(rejection))
                } else {
                    body(.cells(cells))
                }
            }
        }
    }
}
