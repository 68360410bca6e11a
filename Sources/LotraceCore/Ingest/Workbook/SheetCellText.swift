import LotraceDiagnostics

/// Turns a stored cell into the text a CSV export would hold, so every row decoder reads
/// workbooks and CSV files alike. The cell's own type (`t`) decides text versus number, never
/// its number format: shared and inline strings and `str` results are text as stored (`000123`
/// stays `000123`); numbers are their stored digits (`1E-05` written out as `0.00001`, a
/// double's noise past 15 significant digits rounded off) or, with a date format,
/// `YYYY-MM-DD HH:MM:SS`; booleans are `True`/`False`; a formula is its text with `=` (and braces
/// for an array formula), never its cached value: that is what Odoo held when xlsxwriter turned
/// a text starting with `=` into a formula.
struct SheetCellText {
    let styles: CellStyles
    /// nil when the workbook has no shared-strings part.
    let sharedStrings: SharedStrings?
    let uses1904: Bool
    let sheetName: String

    /// Appends the text of `cell` (of `row`) to `out`, or returns why the row is rejected
    /// (`bad_value`; nothing appended). Throws when the cell refers to a shared-strings part the
    /// workbook lacks: the file is refused.
    func append(_ cell: SheetCell, of row: SheetRow, to out: inout [UInt8]) throws(WorkbookError) -> CellValues.Failure? {
        if let formula = cell.formula {
            if formula.isEmpty, cell.formulaType == .shared {
                return problem("the cell holds a shared formula whose text is in another cell (a formula's text is read, never its cached value)")
            }
            let array = cell.formulaType == .array && !cell.dynamicArray
            out.append(contentsOf: array ? Array("{=".utf8) : [UInt8(ascii: "=")])
            var text: [UInt8] = []
            OOXMLEscapes.append(row[formula], to: &text)
            out.append(contentsOf: Self.withoutFutureFunctionPrefixes(text))
            if array { out.append(UInt8(ascii: "}")) }
            return nil
        }
        let value = row[cell.value]
        switch cell.kind {
        case .sharedString:
            guard let sharedStrings else {
                let reference = CellReference(row: row.number, column: cell.column)
                throw .malformed("\(sheetName)!\(reference) refers to a shared string, but the workbook has no shared-strings part")
            }
            guard let index = SheetReader.integer(value), let bytes = sharedStrings.bytes(index) else {
                return problem("shared string \(quoted(value)) does not exist (the table holds \(sharedStrings.count) strings)")
            }
            out.append(contentsOf: bytes)
        case .inlineString, .formulaString:
            OOXMLEscapes.append(value, to: &out)
        case .boolean:
            if value.elementsEqual([UInt8(ascii: "1")]) {
                out.append(contentsOf: "True".utf8)
            } else if value.elementsEqual([UInt8(ascii: "0")]) {
                out.append(contentsOf: "False".utf8)
            } else {
                return problem("the boolean cell holds \(quoted(value)), not 1 or 0")
            }
        case .error:
            return problem("the cell holds the error \(String(decoding: value, as: UTF8.self))")
        case .number:
            return appendNumber(value, style: cell.style, to: &out)
        case .isoDate:
            return problem("the cell holds an ISO 8601 date (t=\"d\"), which Lotrace does not read; save the workbook again with Excel or LibreOffice")
        case .other(let type):
            return problem("the cell type t=\(MessageText.quoted(type)) is not a spreadsheet cell type")
        }
        return nil
    }

    private func appendNumber(_ value: ArraySlice<UInt8>, style: Int, to out: inout [UInt8]) -> CellValues.Failure? {
        guard !value.isEmpty else { return nil }
        guard let number = ExcelNumber(value) else {
            return problem("the number cell holds \(quoted(value)), which is not a number")
        }
        if styles.isDate(style), ExcelSerialDate.append(number, uses1904: uses1904, to: &out) {
            return nil
        } else if number.scientific || number.digits.count > ExcelNumber.doubleDigits {
            out.append(contentsOf: number.roundedToDoublePrecision.plainText.utf8)
        } else {
            out.append(contentsOf: value)
        }
        return nil
    }

    /// Excel and xlsxwriter write functions newer than Excel 2007 with `_xlfn.` (and `_xlws.`)
    /// prefixes that Excel does not show: the formula's text is without them.
    private static func withoutFutureFunctionPrefixes(_ text: [UInt8]) -> [UInt8] {
        guard text.contains(UInt8(ascii: "_")) else { return text }
        let string = String(decoding: text, as: UTF8.self)
        return Array(string.replacingOccurrences(of: "_xlfn.", with: "").replacingOccurrences(of: "_xlws.", with: "").utf8)
    }

    private func quoted(_ bytes: ArraySlice<UInt8>) -> String { MessageText.quoted(String(decoding: bytes, as: UTF8.self)) }

    private func problem(_ message: String) -> CellValues.Failure {
        CellValues.Failure(reason: .badValue, message: message)
    }
}
