import LotraceDiagnostics

import LotraceXML

/// Streams a worksheet part's rows (`<sheetData>`) in order, node by node, checking their
/// structure: row and column numbers within Excel's limits and increasing (rows and cells
/// without `r` follow the previous one), cells in their row. Anything else is a
/// `WorkbookError`: the file is refused.
struct SheetReader {
    let sheetName: String
    /// The last row of `<dimension ref="A1:I330">`, when the sheet gives one.
    private(set) var dimensionLastRow: Int?
    private let part: WorkbookPartReader
    private let names: Names

    /// The element and attribute names of a worksheet, interned by its reader.
    private struct Names {
        let row, c, v, f, inline, t, phonetic, sheetData, dimension: XMLName
        let r, s, type, cm, ref: XMLName

        init(_ reader: XMLStreamReader) {
            (row, c, v, f, inline, t) = (reader.name("row"), reader.name("c"), reader.name("v"), reader.name("f"), reader.name("is"), reader.name("t"))
            (phonetic, sheetData, dimension) = (reader.name("rPh"), reader.name("sheetData"), reader.name("dimension"))
            (r, s, type, cm, ref) = (reader.name("r"), reader.name("s"), reader.name("t"), reader.name("cm"), reader.name("ref"))
        }
    }

    /// A cell's attributes, read in one pass.
    private struct Attributes {
        var names: [XMLName] = []
        var values: [UInt8] = []
        var ends: [Int] = []

        func value(_ name: XMLName) -> ArraySlice<UInt8>? {
            guard let index = names.firstIndex(of: name) else { return nil }
            return values[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
        }
    }

    init(_ archive: WorkbookArchive, path: String, sheetName: String) throws(WorkbookError) {
        self.sheetName = sheetName
        part = try WorkbookPartReader(archive, path)
        names = Names(part.reader)
    }

    /// Calls `body` with each row until it returns false or the rows end; when they end, reads
    /// the rest of the part (so its end is checked too).
    mutating func forEachRow(_ body: (SheetRow) throws(WorkbookError) -> Bool) throws(WorkbookError) {
        let reader = part.reader
        var row = SheetRow()
        var cell: SheetCell?
        var attribute: [UInt8] = []
        var cellAttributes = Attributes()
        var textStart: Int?
        var inlineDepth = 0
        var phoneticDepth = 0
        var inSheetData = false
        while let node = try part.advance() {
            switch node {
            case .startElement(let isEmpty):
                let name = reader.currentName
                if name == names.c, inSheetData {
                    reader.attributes(names: &cellAttributes.names, values: &cellAttributes.values, ends: &cellAttributes.ends)
                    let started = try startCell(row, cellAttributes)
                    if isEmpty { row.cells.append(started) } else { cell = started }
                } else if cell != nil, name == names.v || name == names.f {
                    if !isEmpty { textStart = row.bytes.count }
                    if name == names.f {
                        cell?.formulaType = reader.attribute(names.type, into: &attribute) ? FormulaType(attribute[...]) : .normal
                        if isEmpty { cell?.formula = row.bytes.count..<row.bytes.count }
                    }
                } else if cell != nil, name == names.inline, !isEmpty {
                    inlineDepth += 1
                    cell?.value = row.bytes.count..<row.bytes.count
                } else if name == names.phonetic, !isEmpty {
                    phoneticDepth += 1
                } else if name == names.t, inlineDepth > 0, phoneticDepth == 0, !isEmpty {
                    textStart = row.bytes.count
                } else if name == names.row, inSheetData {
                    row.number = try rowNumber(after: row.number, &attribute)
                    row.cells.removeAll(keepingCapacity: true)
                    row.bytes.removeAll(keepingCapacity: true)
                    if isEmpty, try !body(row) { return }
                } else if name == names.sheetData, !isEmpty {
                    inSheetData = true
                } else if name == names.dimension, reader.attribute(names.ref, into: &attribute) {
                    dimensionLastRow = try dimension(attribute)
                }
            case .text:
                if textStart != nil { reader.appendText(to: &row.bytes) }
            case .endElement:
                let name = reader.currentName
                if let start = textStart, name == names.v {
                    cell?.value = start..<row.bytes.count
                    textStart = nil
                } else if let start = textStart, name == names.f {
                    cell?.formula = start..<row.bytes.count
                    textStart = nil
                } else if name == names.t, textStart != nil {
                    let first = cell?.value.lowerBound ?? 0
                    cell?.value = first..<row.bytes.count
                    textStart = nil
                } else if name == names.inline {
                    inlineDepth -= 1
                } else if name == names.phonetic {
                    phoneticDepth -= 1
                } else if name == names.c, let done = cell {
                    row.cells.append(done)
                    cell = nil
                } else if name == names.row, inSheetData {
                    guard try body(row) else { return }
                } else if name == names.sheetData {
                    inSheetData = false
                }
            }
        }
    }

    private func rowNumber(after previous: Int, _ attribute: inout [UInt8]) throws(WorkbookError) -> Int {
        guard part.reader.attribute(names.r, into: &attribute) else { return previous + 1 }
        guard let number = Self.integer(attribute), number >= 1, number <= CellReference.lastRow else {
            let text = String(decoding: attribute, as: UTF8.self)
            throw .malformed("\(sheetName): row number \(MessageText.quoted(text)) is not a row of a sheet (1 to 1,048,576)")
        }
        guard number > previous else {
            throw .malformed("\(sheetName): row \(number) comes after row \(previous) (rows out of order)")
        }
        return number
    }

    private func startCell(_ row: SheetRow, _ attributes: Attributes) throws(WorkbookError) -> SheetCell {
        let previous = row.cells.last?.column ?? 0
        var column = previous + 1
        if let reference = attributes.value(names.r) {
            guard let parsed = CellReference(reference) else {
                let text = String(decoding: reference, as: UTF8.self)
                throw .malformed("\(sheetName): row \(row.number) holds a cell at \(MessageText.quoted(text)), which is no cell of a sheet")
            }
            guard parsed.row == row.number else {
                throw .malformed("\(sheetName): row \(row.number) holds the cell \(parsed) of another row")
            }
            column = parsed.column
        }
        guard column > previous, column <= CellReference.lastColumn else {
            throw .malformed("\(sheetName): cell \(CellReference(row: row.number, column: column)) is out of order in its row")
        }
        let end = row.bytes.count
        return SheetCell(
            column: column, kind: SheetCell.Kind(attributes.value(names.type) ?? []),
            style: attributes.value(names.s).flatMap(Self.integer) ?? 0, value: end..<end, formula: nil, formulaType: .normal,
            dynamicArray: attributes.value(names.cm) != nil)
    }

    /// The last row of a dimension (`A1:I330`, `A1`); refuses one beyond Excel's limits.
    private func dimension(_ reference: [UInt8]) throws(WorkbookError) -> Int {
        let corners = reference.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        let parsed = corners.map { CellReference($0) }
        guard corners.count <= 2, let last = parsed.last, let corner = last, parsed.allSatisfy({ $0 != nil }) else {
            let text = String(decoding: reference, as: UTF8.self)
            throw .malformed("\(sheetName): the sheet's dimension \(MessageText.quoted(text)) is beyond Excel's limits (A1:XFD1048576)")
        }
        return corner.row
    }

    /// A non-negative decimal integer of at most 9 digits.
    static func integer(_ bytes: some Collection<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9, bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - 48) }
    }
}
