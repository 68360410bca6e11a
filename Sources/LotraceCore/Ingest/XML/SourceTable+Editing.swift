/// Cell-level edits of a table read from an XML file, used to resolve an Odoo data file's
/// `ref` fields once every file of the folder is read.
extension SourceTable {
    /// The index of column `name`, nil when the table has none.
    func columnIndex(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// The cell of row `row` in column `name`, nil when absent.
    func cell(_ row: Int, _ name: String) -> SourceCell? {
        guard let index = columnIndex(name), index < rows[row].cells.count else { return nil }
        return rows[row].cells[index]
    }

    /// The index of column `name`, added (empty in every row) when the table lacks it.
    @discardableResult
    mutating func addColumn(_ name: String) -> Int {
        if let index = columnIndex(name) { return index }
        header.append(name)
        for row in rows.indices { rows[row].cells.append(nil) }
        return header.count - 1
    }

    /// Sets the cell of row `row` in column `name`, adding the column when the table lacks it.
    mutating func setCell(_ cell: SourceCell, row: Int, column name: String) {
        let index = addColumn(name)
        rows[row].cells[index] = cell
    }

    /// Removes column `name` (a `ref` column once its target's name is written in a column of its own).
    mutating func removeColumn(_ name: String) {
        guard let index = columnIndex(name) else { return }
        header.remove(at: index)
        for row in rows.indices where index < rows[row].cells.count { rows[row].cells.remove(at: index) }
    }
}
