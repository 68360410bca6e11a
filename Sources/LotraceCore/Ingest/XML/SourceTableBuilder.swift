import LotraceDiagnostics

/// Collects the rows of one model into a `SourceTable`, growing the header as new fields show
/// up (a field first seen in a later row becomes a new column; earlier rows lack it).
struct SourceTableBuilder {
    let model: String
    /// Line of the element that opened the table.
    let line: Int
    private var header: [String]
    private var columns: [String: Int] = [:]
    private var rows: [SourceRow] = []

    /// Starts a table whose header begins with `header` (columns present even when no row
    /// has them).
    init(model: String, line: Int, header: [String] = []) {
        self.model = model
        self.line = line
        self.header = []
        for name in header { _ = column(named: name) }
    }

    /// Number of rows added so far.
    var rowCount: Int { rows.count }

    /// Adds a row: cells by column name (in the order to add unseen columns), and its issues
    /// (schema violations).
    mutating func addRow(line: Int, cells: [(column: String, cell: SourceCell)], issues: [Diagnostic]) {
        var aligned: [SourceCell?] = []
        for (name, cell) in cells {
            let index = column(named: name)
            if aligned.count <= index { aligned += Array(repeating: nil, count: index + 1 - aligned.count) }
            aligned[index] = cell
        }
        rows.append(SourceRow(line: line, cells: aligned, issues: issues.map { RecordIssue($0) }))
    }

    /// Appends an issue (a schema violation) to a row added earlier.
    mutating func addIssue(_ issue: Diagnostic, toRow index: Int) {
        rows[index].issues.append(RecordIssue(issue))
    }

    /// The table, every row padded to the header; with `columnOrder`, columns are sorted by
    /// their place in it.
    func table(columnOrder: [String]? = nil) -> SourceTable {
        var order = Array(header.indices)
        if let columnOrder {
            let rank = Dictionary(uniqueKeysWithValues: columnOrder.enumerated().map { ($1, $0) })
            order.sort { (rank[header[$0]] ?? Int.max, $0) < (rank[header[$1]] ?? Int.max, $1) }
        }
        let padded = rows.map { row in
            var row = row
            row.cells = order.map { $0 < row.cells.count ? row.cells[$0] : nil }
            return row
        }
        return SourceTable(header: order.map { header[$0] }, line: line, model: model, rows: padded)
    }

    private mutating func column(named name: String) -> Int {
        if let index = columns[name] { return index }
        header.append(name)
        columns[name] = header.count - 1
        return header.count - 1
    }
}
