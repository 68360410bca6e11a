extension InputFile {
    /// The A1 reference of a rejected workbook cell (`D17`); nil for a text file, or for a
    /// rejection of a whole row (column 0).
    public func cell(of rejection: RowRejection) -> String? {
        guard format == .xlsx, rejection.position.line > 0, rejection.position.column > 0 else { return nil }
        return CellReference(row: rejection.position.line, column: rejection.position.column).description
    }

    /// Where a rejection stands, as the text reports print it: `moves.csv:5:7`, or for a
    /// workbook `moves.xlsx: Sheet1!D17` (`moves.xlsx: Sheet1 row 17` for a whole row).
    public func place(of rejection: RowRejection) -> String {
        guard format == .xlsx else { return "\(name):\(rejection.position.line):\(rejection.position.column)" }
        let sheet = self.sheet ?? "Sheet1"
        return cell(of: rejection).map { "\(name): \(sheet)!\($0)" } ?? "\(name): \(sheet) row \(rejection.position.line)"
    }
}
