/// Where something stands in an input: the file, the physical line (header = 1; for a
/// workbook, the sheet's row number) and the column (1-based field number for CSV and sheets,
/// 1-based character column for XML and templates). Every report of "where" in Lotrace (a
/// rejected row, a refused file, an XML or template error, a record's origin) carries one.
public struct SourcePosition: Sendable, Hashable, Comparable, Encodable, CustomStringConvertible {
    /// The file's name or path; "" for the document being read, when its name is added later.
    public var file: String
    /// 0 when the position concerns the whole file.
    public var line: Int
    /// 0 when unknown.
    public var column: Int

    public init(file: String = "", line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The same place in `file` (for positions found before the file's name was known).
    public func inFile(_ file: String) -> SourcePosition {
        SourcePosition(file: file, line: line, column: column)
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }

    /// As compilers print it: `file:line:column`; `file` alone for the whole file; `line:column`
    /// without a file.
    public var description: String {
        if file.isEmpty { return "\(line):\(column)" }
        return line > 0 ? "\(file):\(line):\(column)" : file
    }
}
