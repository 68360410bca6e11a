import LotraceDiagnostics

/// The first look at an input file: is it text at all, CSV, XML or an .xlsx workbook, and which
/// role does its header (or XML model) give it (docs/input-rules.md rules 1-2, 6, 13, 28, 30-31).
enum FileExamination {
    /// A file's tables, or why it is refused.
    enum Outcome {
        /// The file's tables (role, XML model, column mapping, rows) and, for an Odoo data file,
        /// its top-level elements that are not records.
        case tables(InputFile.Format, [(Role?, String?, ColumnMapping?, Table.Content)], ignored: [String])
        /// An Odoo data file, read but not placed yet: its refs are resolved across the folder
        /// first (`OdooRecordLinker`), then it is placed with `place(_:fileName:)`.
        case odooDocument(XMLInputDocument)
        case refused(FileRefusal)
    }

    /// `kind`: what `kind(of:)` says `input` is.
    static func examine(_ input: InputData, kind: Kind, schemasDirectory: String?) -> Outcome {
        switch kind {
        case .workbook: examineWorkbook(input)
        case .xml: examineXML(input, schemasDirectory: schemasDirectory)
        case .csv: examineCSV(input)
        case .refused(let refusal): .refused(refusal)
        }
    }

    /// What a file's bytes say it is, before its header is read.
    enum Kind {
        case workbook
        case xml
        case csv
        case refused(FileRefusal)
    }

    /// An .xlsx workbook (a ZIP archive), XML (the first non-blank byte is `<`), else CSV; or
    /// refused: empty, UTF-16, binary, another binary workbook, a header that is not UTF-8.
    static func kind(of input: InputData) -> Kind {
        let bytes = input.bytes
        let refuse = { (reason: RefusalReason, message: String) in
            Kind.refused(FileRefusal(at: SourcePosition(file: input.name), reason: reason, message: message))
        }
        guard !bytes.isEmpty else { return refuse(.emptyFile, "the file is empty (0 bytes)") }
        if WorkbookDetection.isZip(bytes) { return .workbook }
        if let refusal = WorkbookDetection.compoundFileRefusal(bytes) { return refuse(refusal.reason, refusal.message) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return refuse(.notUTF8Text, "the file is UTF-16 text; export it as UTF-8")
        }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = bytes[(hasBOM ? 3 : 0)...]
        let firstLine = body.prefix { $0 != UInt8(ascii: "\n") }
        if firstLine.contains(0) {
            return refuse(.notText, "the file holds NUL bytes: it is binary, not a text export")
        }
        if firstLine.allSatisfy({ $0 == UInt8(ascii: "\r") }) && body.allSatisfy({ $0 == 10 || $0 == 13 }) {
            return refuse(.emptyFile, "the file holds no header")
        }
        if body.first(where: { $0 != 32 && $0 != 9 && $0 != 10 && $0 != 13 }) == UInt8(ascii: "<") { return .xml }
        let header = Array(firstLine)
        let problem = header.withUnsafeBufferPointer { TextValidation.firstProblem(in: $0) }
        if case .invalidUTF8(let offset) = problem {
            return .refused(FileRefusal(
                at: SourcePosition(file: input.name, line: 1, column: 0), reason: .notUTF8Text,
                message: "the header is not UTF-8 (byte \(offset + 1)); export as UTF-8"))
        }
        return .csv
    }

    private static func examineCSV(_ input: InputData) -> Outcome {
        guard let (delimiter, names) = CSVHeader.read(input.bytes) else {
            return .refused(FileRefusal(
                at: SourcePosition(file: input.name, line: 1, column: 0), reason: .unplacedFile,
                message: "the header line is not valid CSV (check its quotes)"))
        }
        let values = { (column: Int) in
            CSVColumnValues.read(input.bytes, delimiter: delimiter, column: column, columnCount: names.count)
        }
        switch HeaderPlacement.place(header: names, columnValues: values) {
        case .placed(let role, let mapping):
            return .tables(.csv, [(role, nil, mapping, .csv(input.bytes, delimiter: delimiter))], ignored: [])
        case .refused(let reason, let message):
            return .refused(FileRefusal(at: SourcePosition(file: input.name, line: 1, column: 0), reason: reason, message: message))
        }
    }

    private static func examineWorkbook(_ input: InputData) -> Outcome {
        let sheet: WorkbookSheet
        do {
            sheet = try WorkbookSheet(bytes: input.bytes, path: input.path)
        } catch {
            return .refused(FileRefusal(at: SourcePosition(file: input.name), reason: error.reason, message: error.message))
        }
        let values = { (column: Int) in XLSXColumnValues.read(sheet, fileName: input.name, column: column) }
        switch HeaderPlacement.place(header: sheet.header, columnValues: values) {
        case .placed(let role, let mapping):
            return .tables(.xlsx, [(role, nil, mapping, .workbook(sheet))], ignored: [])
        case .refused(let reason, let message):
            return .refused(FileRefusal(at: SourcePosition(file: input.name, line: sheet.headerRow, column: 0), reason: reason, message: "\(sheet.sheetName): \(message)"))
        }
    }

    private static func examineXML(_ input: InputData, schemasDirectory: String?) -> Outcome {
        let document: XMLInputDocument
        do {
            document = try XMLInput.read(bytes: input.bytes, fileName: input.name, schemasDirectory: schemasDirectory)
        } catch {
            return .refused(FileRefusal(at: error.position.inFile(input.name), reason: .malformedXML, message: error.message))
        }
        return document.format == .odooXML ? .odooDocument(document) : place(document, fileName: input.name)
    }

    /// The tables of an XML document: each model's role and column mapping.
    static func place(_ document: XMLInputDocument, fileName: String) -> Outcome {
        var tables: [(Role?, String?, ColumnMapping?, Table.Content)] = []
        for table in document.tables {
            guard let role = table.model.flatMap(Role.init(odooModel:)) else {
                tables.append((nil, table.model ?? "unknown", nil, .xml(table)))
                continue
            }
            switch HeaderPlacement.place(header: table.header, role: role) {
            case .placed(let role, let mapping):
                tables.append((role, table.model, mapping, .xml(table)))
            case .refused(let reason, let message):
                return .refused(FileRefusal(
                    at: SourcePosition(file: fileName, line: table.line, column: 0), reason: reason,
                    message: "\(table.model ?? "records"): \(message)"))
            }
        }
        return .tables(document.format, tables, ignored: document.ignoredElements.map(\.name))
    }
}

extension Role {
    /// The role of an Odoo model's records.
    init?(odooModel: String) {
        switch odooModel {
        case "stock.move.line": self = .moveLines
        case "stock.lot", "stock.production.lot": self = .lots
        case "product.product", "product.template": self = .products
        case "stock.picking": self = .transfers
        case "stock.picking.type": self = .operationTypes
        case "res.partner": self = .partners
        case "stock.location": self = .locations
        default: return nil
        }
    }
}

extension FileExamination.Outcome {
    /// The tables of a placed file (those with a role), as file `fileIndex` of `Dataset.files`.
    func tables(fileIndex: Int, fileName: String) -> [Table] {
        guard case .tables(_, let found, _) = self else { return [] }
        return found.compactMap { role, _, mapping, content in
            guard let role, let mapping else { return nil }
            return Table(fileIndex: fileIndex, fileName: fileName, role: role, columns: mapping, content: content)
        }
    }

    /// True for a CSV file whose rows will be read: its bytes are counted as they are read
    /// (`LoadProgress`); every other file's are counted once examined.
    var readsBytesAsRows: Bool {
        guard case .tables(_, let found, _) = self else { return false }
        return found.contains { role, _, mapping, content in
            guard role != nil, mapping != nil, case .csv = content else { return false }
            return true
        }
    }
}
