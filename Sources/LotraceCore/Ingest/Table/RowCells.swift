/// One record's cells as byte spans, whatever the source format (CSV record or XML record), so
/// one decoder per role serves every format.
struct RowCells {
    /// Line where the record starts (header = 1).
    var line: Int
    var base: UnsafeBufferPointer<UInt8>
    var starts: [Int]
    var ends: [Int]
    /// Per-cell lines and columns (XML); nil for CSV, where every cell is on `line` and its
    /// column is its 1-based field number.
    var cellLines: [Int]?
    var cellColumns: [Int]?

    /// Number of cells (the header's column count).
    var count: Int { starts.count }

    /// The bytes of cell `index`.
    subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: base[starts[index]..<ends[index]])
    }

    /// The bytes of cell `index`, empty when the file has no such column.
    func bytes(_ index: Int?) -> UnsafeBufferPointer<UInt8> {
        guard let index else { return UnsafeBufferPointer(start: nil, count: 0) }
        return self[index]
    }

    /// The text of cell `index`, "" when the file has no such column.
    func text(_ index: Int?) -> String { index.map(text) ?? "" }

    /// The text of cell `index` (already checked to be valid UTF-8).
    func text(_ index: Int) -> String { String(decoding: self[index], as: UTF8.self) }

    /// Where cell `index` stands: line and column.
    func position(_ index: Int) -> (line: Int, column: Int) {
        (cellLines?[index] ?? line, cellColumns?[index] ?? index + 1)
    }
}
