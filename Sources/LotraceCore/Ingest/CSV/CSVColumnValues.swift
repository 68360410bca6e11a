/// Reads one column's cells from every well-formed record of a CSV file (rows that the row
/// reader will reject are left out), for deciding a header by its content (`HeaderClash`).
enum CSVColumnValues {
    static func read(_ bytes: [UInt8], delimiter: UInt8, column: Int, columnCount: Int) -> [String] {
        bytes.withUnsafeBufferPointer { buffer in
            var tokenizer = CSVTokenizer(buffer: buffer, delimiter: delimiter)
            var values: [String] = []
            var isHeader = true
            while let event = tokenizer.next() {
                guard case .record = event else { continue }
                if isHeader {
                    isHeader = false
                    continue
                }
                let fields = tokenizer.fields
                guard fields.count == columnCount else { continue }
                let cell = tokenizer.record[fields[column].start..<fields[column].end]
                if TextValidation.firstProblem(in: UnsafeBufferPointer(rebasing: cell)) == nil {
                    values.append(String(decoding: cell, as: UTF8.self))
                }
            }
            return values
        }
    }
}
