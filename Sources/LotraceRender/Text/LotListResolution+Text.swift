import LotraceCore

extension LotListResolution {
    /// One line per row that names no lot (`lots.csv:14:2: unknown_lot: no lot or serial
    /// number "X" of product "FL-001"`) and per duplicate row (`lots.csv:9:2: duplicate: ...`),
    /// in line order, as `lotrace recall --lots-file` prints them on stderr.
    public var rowLines: [String] {
        let problems = unresolved.map { problem in
            (problem.line, "\(list.place(line: problem.line, column: problem.column)): \(problem.reason.keyword): \(problem.message)")
        }
        let repeats = duplicates.map { row in
            (
                row.line,
                "\(list.place(line: row.line, column: list.lotColumn)): duplicate: lot \(MessageText.quoted(row.lot)) is named on line \(row.firstLine) too; recalled once"
            )
        }
        return (problems + repeats).enumerated().sorted { a, b in (a.element.0, a.offset) < (b.element.0, b.offset) }
            .map(\.element.1)
    }

    /// `lots.csv: 12 rows: 8 used, 1 duplicate, 1 blank, 2 unresolved`.
    public var summary: String { "\(list.name): \(accounting)" }

    /// `12 rows: 8 used, 1 duplicate, 1 blank, 2 unresolved`.
    public var accounting: String {
        "\(DisplayFormat.count(read, "row")): \(DisplayFormat.grouped(lots.count)) used, "
            + "\(DisplayFormat.count(duplicates.count, "duplicate")), \(DisplayFormat.grouped(blank)) blank, "
            + "\(DisplayFormat.grouped(unresolved.count)) unresolved"
    }
}
