import LotraceCore

/// The XLSX reader, through a load of one workbook (ZIP archive, workbook, relationships, shared
/// strings, styles, the sheet). A position is a sheet's row and column, inside Excel's limits.
enum XLSXHarness {
    static let harness = FuzzHarness(name: "xlsx") { input in
        LoadCheck.check([InputData(name: "book.xlsx", bytes: input)]) { _, position in
            (0...1_048_576).contains(position.line) && (0...16_384).contains(position.column)
        }
    }
}
