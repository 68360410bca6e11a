/// Reads typed values out of cells (docs/input-rules.md rules 15-19). Text is never trimmed: " True" is not a
/// boolean and " 12" is not a number.
enum CellValues {
    /// Why a cell could not be read: the rejection reason and what was expected.
    struct Failure: Error {
        var reason: RejectionReason
        var message: String
    }

    /// The cell's text, nil when empty.
    static func optionalText(_ cells: RowCells, _ index: Int?) -> String? {
        guard let index, !cells[index].isEmpty else { return nil }
        return cells.text(index)
    }

    /// A datetime `YYYY-MM-DD HH:MM:SS`; nil when the cell is empty.
    static func optionalDate(_ cells: RowCells, _ index: Int?) -> Result<LocalDateTime?, Failure> {
        guard let index, !cells[index].isEmpty else { return .success(nil) }
        guard let date = LocalDateTime.parse(cells[index]) else {
            return .failure(badDate(cells.text(index)))
        }
        return .success(date)
    }

    static func badDate(_ text: String) -> Failure {
        Failure(reason: .badDate, message: "\(MessageText.quoted(text)) is not a date and time YYYY-MM-DD HH:MM:SS that exists")
    }

    /// `True`/`False`/`1`/`0`; nil when empty.
    static func optionalBool(_ cells: RowCells, _ index: Int?, column: String) -> Result<Bool?, Failure> {
        guard let text = optionalText(cells, index) else { return .success(nil) }
        switch text {
        case "True", "1": return .success(true)
        case "False", "0": return .success(false)
        default:
            return .failure(Failure(reason: .badBoolean, message: "\(column) \(MessageText.quoted(text)) is not True, False, 1 or 0"))
        }
    }

    /// A whole number of days (ASCII digits, optional leading minus); nil when empty.
    static func optionalInteger(_ cells: RowCells, _ index: Int?, column: String) -> Result<Int?, Failure> {
        guard let text = optionalText(cells, index) else { return .success(nil) }
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.count <= 9, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let value = Int(text)
        else {
            return .failure(Failure(reason: .badInteger, message: "\(column) \(MessageText.quoted(text)) is not a whole number"))
        }
        return .success(value)
    }

    /// A decimal quantity (docs/input-rules.md rules 15-16), negative allowed (Odoo's negative quants); nil when
    /// the cell is empty.
    static func optionalQuantity(_ cells: RowCells, _ index: Int?, column: String) -> Result<Quantity?, Failure> {
        guard let index, !cells[index].isEmpty else { return .success(nil) }
        let bytes = cells[index]
        let negative = bytes.first == UInt8(ascii: "-")
        switch Quantity.parse(negative ? bytes.dropFirst() : bytes[...]) {
        case .success(let value): return .success(negative ? -value : value)
        case .failure(.outOfRange):
            let text = MessageText.quoted(cells.text(index))
            return .failure(
                Failure(reason: .quantityOutOfRange, message: "\(column) \(text) has more than 15 digits before or after the point"))
        case .failure:
            let text = MessageText.quoted(cells.text(index))
            return .failure(Failure(reason: .nonNumericQuantity, message: "\(column) \(text) is not a decimal number"))
        }
    }
}
