/// Turns a stored cell into the text a CSV export would hold, so every row decoder reads
/// workbooks and CSV files alike. The cell's own type (`t`) decides text versus number, never
/// its number format: shared and inline strings and `str` results are text as stored (`000123`
/// stays `000123`); numbers are their stored digits (`1E-05` written out as `0.00001`), or,
/// with a date format, `YYYY-MM-DD HH:MM:SS`; booleans are `True`/`False`; a formula is its text
/// with `=` (and braces for an array formula), never its cached value, which is what Odoo held
/// when xlsxwriter turned a text starting with `=` into a formula.
struct SheetCellText {
    let styles: CellStyles
    /// nil when the workbook has no shared-strings part.
    let sharedStrings: SharedStrings?
    let uses1904: Bool
    let sheetName: String

    /// The text of `cell` in row `row`, or why the row is rejected (`bad_value`). Throws when the
    /// cell refers to a shared-strings part the workbook lacks: the file is refused.
    func text(_ cell: SheetCell, row: Int) throws(WorkbookError) -> Result<String, CellValues.Failure> {
        if let formula = cell.formula {
            guard !(formula.isEmpty && cell.formulaType == "shared") else {
                return problem("the cell holds a shared formula whose text is in another cell (a formula's text is read, never its cached value)")
            }
            let text = "=" + OOXMLEscapes.decode(formula).replacingOccurrences(of: "_xlfn.", with: "")
                .replacingOccurrences(of: "_xlws.", with: "")
            return .success(cell.formulaType == "array" && !cell.dynamicArray ? "{" + text + "}" : text)
        }
        switch cell.type {
        case "s":
            guard let sharedStrings else {
                let reference = CellReference(row: row, column: cell.column)
                throw .malformed("\(sheetName)!\(reference) refers to a shared string, but the workbook has no shared-strings part")
            }
            guard let index = Int(cell.value), let bytes = sharedStrings.bytes(index) else {
                return problem("shared string \(CellValues.quoted(cell.value)) does not exist (the table holds \(sharedStrings.count) strings)")
            }
            return .success(String(decoding: bytes, as: UTF8.self))
        case "inlineStr", "str": return .success(OOXMLEscapes.decode(cell.value))
        case "b":
            switch cell.value {
            case "1": return .success("True")
            case "0": return .success("False")
            default: return problem("the boolean cell holds \(CellValues.quoted(cell.value)), not 1 or 0")
            }
        case "e": return problem("the cell holds the error \(cell.value)")
        case nil, "n": return number(cell)
        case "d": return problem("the cell holds an ISO 8601 date (t=\"d\"), which Lotrace does not read; save the workbook again with Excel or LibreOffice")
        case let type?: return problem("the cell type t=\(CellValues.quoted(type)) is not a spreadsheet cell type")
        }
    }

    private func number(_ cell: SheetCell) -> Result<String, CellValues.Failure> {
        guard !cell.value.isEmpty else { return .success("") }
        guard let number = ExcelNumber(cell.value.utf8) else {
            return problem("the number cell holds \(CellValues.quoted(cell.value)), which is not a number")
        }
        if styles.isDate(cell.style), let date = ExcelSerialDate.text(number, uses1904: uses1904) { return .success(date) }
        return .success(number.scientific ? number.plainText : cell.value)
    }

    private func problem(_ message: String) -> Result<String, CellValues.Failure> {
        .failure(CellValues.Failure(reason: .badValue, message: message))
    }
}
