import LotraceCore

/// A plain-text table: a header line and rows, each column padded to its widest cell, columns
/// two spaces apart, right-aligned columns for numbers, every line indented by two spaces and
/// without trailing spaces.
struct TextTable {
    let headers: [String]
    /// Indices of the right-aligned columns.
    let rightAligned: Set<Int>
    private(set) var rows: [[String]] = []

    init(_ headers: [String], rightAligned: Set<Int> = []) {
        self.headers = headers
        self.rightAligned = rightAligned
    }

    /// Adds a row (one cell per header).
    mutating func append(_ row: [String]) { rows.append(row) }

    /// The table's lines, each ending with a line feed.
    func render() -> String {
        let all = [headers] + rows
        let widths = headers.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        var out = ""
        for row in all {
            var line = " "
            for (column, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                line += " " + (rightAligned.contains(column) ? padding + cell : cell + padding) + " "
            }
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}
