import LotraceDiagnostics

/// A list of lots to recall as a supplier or an authority sends it (`lotrace recall
/// --lots-file`, docs/input-rules.md rule 39): a CSV file or an .xlsx workbook (told apart by
/// content) whose header names a lot column and usually a product column, read by the exports'
/// rules for bytes, quoting and cells. Every data row is accounted for: it names a lot or a
/// product (`rows`), holds neither (`blank`), or is rejected as an export's row would be.
public struct LotList: Sendable, Hashable {
    /// A data row that names a lot or a product.
    public struct Row: Sendable, Hashable {
        /// Physical line (a workbook's row number).
        public var line: Int
        /// The product cell; nil without a product column or when the cell is empty.
        public var product: String?
        /// The lot cell, exactly as written ("" when empty).
        public var lot: String
    }

    /// The file as the user named it.
    public var name: String
    public var format: InputFile.Format
    /// The sheet read from a workbook.
    public var sheet: String?
    /// The product column's header and 1-based column; nil when the file has none.
    public var productHeader: String?
    public var productColumn: Int?
    /// The lot column's header and 1-based column.
    public var lotHeader: String
    public var lotColumn: Int
    /// The rows that name a lot or a product, in file order.
    public var rows: [Row] = []
    /// Rows whose product and lot cells are both empty.
    public var blank = 0
    /// Rows that could not be split into cells (broken quoting, wrong column count, bad bytes).
    public var rejected: [RowRejection] = []
    /// What the workbook holds that was not read (its other sheets).
    public var notes: [String] = []

    /// Data rows read (records, not counting the header or empty lines).
    public var read: Int { rows.count + blank + rejected.count }

    /// Reads the file at `path`.
    /// - Throws: `FileRefusal` when it cannot be read or used as a whole.
    public init(path: String) throws(FileRefusal) {
        guard let bytes = FileReading.bytes(atPath: path) else {
            throw FileRefusal(at: SourcePosition(file: path), reason: .unreadable, message: "the file cannot be read")
        }
        try self.init(reading: InputData(name: path, bytes: bytes, path: path))
    }

    /// Reads `input`.
    /// - Throws: `FileRefusal`: the refusals of an export's file (empty, not UTF-8 text, a
    ///   broken or unsupported workbook), an XML file, a header without a lot column or naming
    ///   one twice.
    public init(reading input: InputData) throws(FileRefusal) {
        switch FileExamination.kind(of: input) {
        case .refused(let refusal): throw refusal
        case .xml:
            throw FileRefusal(
                at: SourcePosition(file: input.name), reason: .unplacedFile,
                message: "an XML file is no lots list; give a CSV or .xlsx file with a Lot/Serial Number column")
        case .csv: try self.init(csv: input)
        case .workbook: try self.init(workbook: input)
        }
    }

    private init(csv input: InputData) throws(FileRefusal) {
        guard let (delimiter, header) = CSVHeader.read(input.bytes) else {
            throw FileRefusal(
                at: SourcePosition(file: input.name, line: 1, column: 0), reason: .unplacedFile,
                message: "the header line is not valid CSV (check its quotes)")
        }
        try self.init(name: input.name, format: .csv, header: header, headerLine: 1)
        var unreported = RowProgress(nil)
        input.bytes.withUnsafeBufferPointer { buffer in
            CSVRows.read(buffer: buffer, delimiter: delimiter, columnCount: header.count, progress: &unreported) { add($0) }
        }
    }

    private init(workbook input: InputData) throws(FileRefusal) {
        let sheet: WorkbookSheet
        do {
            sheet = try WorkbookSheet(bytes: input.bytes, path: input.path)
        } catch {
            throw FileRefusal(at: SourcePosition(file: input.name), reason: error.reason, message: error.message)
        }
        try self.init(name: input.name, format: .xlsx, header: sheet.header, headerLine: sheet.headerRow, sheet: sheet.sheetName)
        let end = XLSXRows.read(sheet, fileName: input.name, columnCount: sheet.header.count) { add($0) }
        if let refusal = end.refusal { throw refusal }
        notes = end.notes
    }

    /// An empty list of the columns `header` names.
    private init(name: String, format: InputFile.Format, header: [String], headerLine: Int, sheet: String? = nil) throws(FileRefusal) {
        switch LotListColumns.find(header: header) {
        case .refused(let reason, let message):
            let prefix = sheet.map { "\($0): " } ?? ""
            throw FileRefusal(at: SourcePosition(file: name, line: headerLine, column: 0), reason: reason, message: prefix + message)
        case .found(let columns):
            self.name = name
            self.format = format
            self.sheet = sheet
            productHeader = columns.product.map { header[$0] }
            productColumn = columns.product.map { $0 + 1 }
            lotHeader = header[columns.lot]
            lotColumn = columns.lot + 1
        }
    }

    /// Accounts for one row the table reader hands over.
    private mutating func add(_ outcome: RowOutcome) {
        switch outcome {
        case .rejected(let rejection): rejected.append(rejection)
        case .cells(let cells):
            let lot = cells.text(lotColumn - 1)
            let product = productColumn.map { cells.text($0 - 1) } ?? ""
            if lot.isEmpty && product.isEmpty {
                blank += 1
            } else {
                rows.append(Row(line: cells.line, product: product.isEmpty ? nil : product, lot: lot))
            }
        }
    }

    /// Where a cell of the list stands, as reports print it: `lots.csv:14:2`, or for a
    /// workbook `lots.xlsx: Sheet1!B14` (`lots.xlsx: Sheet1 row 14` for a whole row).
    public func place(line: Int, column: Int) -> String {
        guard format == .xlsx else { return "\(name):\(line):\(column)" }
        return cell(line: line, column: column).map { "\(name): \(sheet ?? "Sheet1")!\($0)" }
            ?? "\(name): \(sheet ?? "Sheet1") row \(line)"
    }

    /// The A1 reference of a workbook cell (`B14`); nil for a CSV file.
    public func cell(line: Int, column: Int) -> String? {
        guard format == .xlsx, line > 0, column > 0 else { return nil }
        return CellReference(row: line, column: column).description
    }
}
