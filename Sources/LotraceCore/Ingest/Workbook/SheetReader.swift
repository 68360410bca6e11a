import LotraceXML

/// Streams a worksheet part's rows (`<sheetData>`) in order, checking their structure: row and
/// column numbers within Excel's limits and increasing (rows and cells without `r` follow the
/// previous one), cells in their row. Anything else is a `WorkbookError`: the file is refused.
struct SheetReader {
    let sheetName: String
    /// The last row of `<dimension ref="A1:I330">`, when the sheet gives one.
    private(set) var dimensionLastRow: Int?
    private let part: WorkbookPartReader

    init(_ archive: WorkbookArchive, path: String, sheetName: String) throws(WorkbookError) {
        self.sheetName = sheetName
        part = try WorkbookPartReader(archive, path)
    }

    /// Calls `body` with each row until it returns false or the rows end; when they end, reads
    /// the rest of the part (so its end is checked too).
    mutating func forEachRow(_ body: (SheetRow) throws(WorkbookError) -> Bool) throws(WorkbookError) {
        var row = SheetRow(number: 0, cells: [])
        var cell: SheetCell?
        var text: String?
        var inlineDepth = 0
        var phoneticDepth = 0
        var inSheetData = false
        while let event = try part.next() {
            switch event {
            case .startElement(let element):
                switch element.localName {
                case "c" where inSheetData:
                    cell = try startCell(element, row: row)
                case "v", "f":
                    guard cell != nil else { continue }
                    text = ""
                    if element.localName == "f" { cell?.formulaType = element.attribute("t") }
                case "is": inlineDepth += 1
                case "rPh": phoneticDepth += 1
                case "t" where inlineDepth > 0 && phoneticDepth == 0: text = ""
                case "row" where inSheetData:
                    row = SheetRow(number: try rowNumber(element, after: row.number), cells: row.cells)
                    row.cells.removeAll(keepingCapacity: true)
                case "sheetData": inSheetData = true
                case "dimension": dimensionLastRow = try dimension(element.attribute("ref"))
                default: continue
                }
            case .text(let value):
                text? += value
            case .endElement(let name, _, _, _):
                switch name {
                case "v":
                    if let value = text { cell?.value = value }
                    text = nil
                case "f":
                    cell?.formula = text
                    text = nil
                case "t" where inlineDepth > 0 && phoneticDepth == 0:
                    cell?.value += text ?? ""
                    text = nil
                case "is": inlineDepth -= 1
                case "rPh": phoneticDepth -= 1
                case "c":
                    if let done = cell { row.cells.append(done) }
                    cell = nil
                case "row" where inSheetData:
                    guard try body(row) else { return }
                case "sheetData": inSheetData = false
                default: continue
                }
            }
        }
    }

    private func rowNumber(_ element: XMLStartElement, after previous: Int) throws(WorkbookError) -> Int {
        guard let attribute = element.attribute("r") else { return previous + 1 }
        guard let number = Int(attribute), number >= 1, number <= CellReference.lastRow else {
            throw .malformed("\(sheetName): row number \"\(attribute)\" is not a row of a sheet (1 to 1,048,576)")
        }
        guard number > previous else {
            throw .malformed("\(sheetName): row \(number) comes after row \(previous) (rows out of order)")
        }
        return number
    }

    private func startCell(_ element: XMLStartElement, row: SheetRow) throws(WorkbookError) -> SheetCell {
        let previous = row.cells.last?.column ?? 0
        var column = previous + 1
        if let reference = element.attribute("r") {
            guard let parsed = CellReference(reference) else {
                throw .malformed("\(sheetName): row \(row.number) holds a cell at \"\(reference)\", which is no cell of a sheet")
            }
            guard parsed.row == row.number else {
                throw .malformed("\(sheetName): row \(row.number) holds the cell \(reference) of another row")
            }
            column = parsed.column
        }
        guard column > previous, column <= CellReference.lastColumn else {
            throw .malformed("\(sheetName): cell \(CellReference(row: row.number, column: column)) is out of order in its row")
        }
        return SheetCell(
            column: column, type: element.attribute("t"), style: element.attribute("s").flatMap(Int.init) ?? 0, value: "",
            formula: nil, formulaType: nil, dynamicArray: element.attribute("cm") != nil)
    }

    /// The last row of a dimension (`A1:I330`, `A1`); refuses one beyond Excel's limits.
    private func dimension(_ reference: String?) throws(WorkbookError) -> Int? {
        guard let reference else { return nil }
        let corners = reference.split(separator: ":", omittingEmptySubsequences: false)
        let parsed = corners.map { CellReference(String($0)) }
        guard corners.count <= 2, let last = parsed.last, let corner = last, parsed.allSatisfy({ $0 != nil }) else {
            throw .malformed("\(sheetName): the sheet's dimension \"\(reference)\" is beyond Excel's limits (A1:XFD1048576)")
        }
        return corner.row
    }
}
