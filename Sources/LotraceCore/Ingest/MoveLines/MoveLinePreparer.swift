import LotraceDiagnostics

/// The first phase of decoding move lines, which needs no master data and so runs on a second
/// core while the masters are read: every row tokenised, checked for clean text, compared with
/// earlier files (`duplicate_row`), its cells interned and its date, quantity and status parsed.
struct MoveLinePreparer {
    private(set) var cells = MoveLineCells()
    private var fingerprints: RowFingerprints
    private var columns = Columns()
    private var fileNames: [Int: String] = [:]
    /// The current table's selection reader, and per header language what each interned status
    /// text is.
    private var values = SelectionValues(language: .english)
    private var statusesByLanguage: [HeaderLanguage: [StatusReading]] = [:]
    private var statuses: [StatusReading] = []
    private let progress: LoadProgress?

    /// Column indices of the current table.
    private struct Columns {
        var date = 0, reference = 0, quantity = 0, status = 0
        /// nil when the file gives only external ids (an Odoo XML data file's `ref` fields).
        var product: Int?, lot: Int?, lotName: Int?, from: Int?, to: Int?, unit: Int?, transfer: Int?, company: Int?
        var productExternalID: Int?, lotExternalID: Int?, fromExternalID: Int?, toExternalID: Int?
        var transferExternalID: Int?, fromUsage: Int?, toUsage: Int?, lineID: Int?, consumes: Int?, produces: Int?

        var hasExternalIDs: Bool {
            [productExternalID, lotExternalID, fromExternalID, toExternalID, transferExternalID, fromUsage, toUsage, lineID]
                .contains { $0 != nil }
        }
    }

    /// `compareFiles`: several move-line files, so rows are checked against earlier files;
    /// rows and bytes read are passed on to `progress`.
    init(compareFiles: Bool, progress: LoadProgress?) {
        fingerprints = RowFingerprints(enabled: compareFiles)
        self.progress = progress
    }

    /// Prepares every row of `table`.
    mutating func prepare(_ table: Table) -> PreparedMoveLineTable {
        let mapping = table.columns
        columns = Columns(
            date: mapping.index(.date)!, reference: mapping.index(.reference)!, quantity: mapping.index(.quantity)!,
            status: mapping.index(.status)!, product: mapping.index(.product), lot: mapping.index(.lot),
            lotName: mapping.index(.lotName), from: mapping.index(.from), to: mapping.index(.to),
            unit: mapping.index(.unit), transfer: mapping.index(.transfer), company: mapping.index(.company),
            productExternalID: mapping.index(.productExternalID), lotExternalID: mapping.index(.lotExternalID),
            fromExternalID: mapping.index(.fromExternalID), toExternalID: mapping.index(.toExternalID),
            transferExternalID: mapping.index(.transferExternalID), fromUsage: mapping.index(.fromUsage),
            toUsage: mapping.index(.toUsage), lineID: mapping.index(.externalID), consumes: mapping.index(.consumeLines),
            produces: mapping.index(.produceLines))
        fileNames[table.fileIndex] = table.fileName
        values = mapping.values
        statuses = statusesByLanguage[mapping.language] ?? []
        let number = { (index: Int?) in (0, (index ?? -1) + 1) }
        var prepared = PreparedMoveLineTable(
            fileIndex: table.fileIndex, fileName: table.fileName,
            columns: ReferencePositions(
                product: number(columns.product), from: number(columns.from), to: number(columns.to),
                lot: number(columns.lot ?? columns.lotExternalID)))
        prepared.rows.reserveCapacity(table.estimatedRowCount)
        fingerprints.beginFile(table.fileIndex)
        let end = table.forEachRow(progress: progress) { outcome in
            prepared.read += 1
            switch outcome {
            case .rejected(let rejection):
                prepared.add(Self.rejectedRow(rejection), problem: PreparedProblem(check: .row, rejection: rejection))
            case .cells(let cells):
                if let earlier = fingerprints.check(cells, mapping: mapping) {
                    let rejection = RowRejection(
                        at: SourcePosition(line: cells.line, column: 0), reason: .duplicateRow,
                        message: "the row is identical in every column to line \(earlier.line) of \(fileNames[earlier.file] ?? "an earlier file")")
                    prepared.add(Self.rejectedRow(rejection), problem: PreparedProblem(check: .row, rejection: rejection))
                } else {
                    prepare(cells, into: &prepared)
                }
            }
        }
        fingerprints.endFile()
        statusesByLanguage[mapping.language] = statuses
        prepared.statuses = statuses
        prepared.end = end
        return prepared
    }

    private mutating func prepare(_ row: RowCells, into table: inout PreparedMoveLineTable) {
        let c = columns
        var problem: PreparedProblem?
        let note = { (check: MoveLineCheck, column: Int, failure: CellValues.Failure) in
            guard problem == nil else { return }
            let (line, columnNumber) = row.position(column)
            problem = PreparedProblem(
                check: check,
                rejection: RowRejection(at: SourcePosition(line: line, column: columnNumber), reason: failure.reason, message: failure.message))
        }
        let date = LocalDateTime.parse(row[c.date])
        if date == nil { note(.date, c.date, CellValues.badDate(row.text(c.date))) }
        var quantity = Quantity.zero
        switch Quantity.parse(row[c.quantity]) {
        case .success(let value): quantity = value
        case .failure(let error): note(.quantity, c.quantity, Self.quantityFailure(error, row.text(c.quantity)))
        }
        let status = cells.statuses.intern(row[c.status])
        if statuses.count <= Int(status) { statuses += Array(repeating: .unread, count: Int(status) + 1 - statuses.count) }
        if statuses[Int(status)] == .unread { statuses[Int(status)] = StatusReading(values.status(row.text(c.status), .moveStatus)) }
        if statuses[Int(status)] == .invalid {
            note(.status, c.status, IngestState.badStatus(row.text(c.status), values, .moveStatus))
        }
        var lotCell = row.bytes(c.lot)
        if lotCell.isEmpty { lotCell = row.bytes(c.lotName) }
        let transferColumn = c.transfer.flatMap { row[$0].isEmpty ? nil : $0 } ?? c.reference
        var prepared = PreparedMoveLine(
            line: Int32(row.line), date: date ?? LocalDateTime(seconds: 0), quantity: quantity,
            product: cells.products.intern(row.bytes(c.product)), lot: lotCell.isEmpty ? -1 : cells.lots.intern(lotCell),
            from: cells.locations.intern(row.bytes(c.from)), to: cells.locations.intern(row.bytes(c.to)),
            reference: cells.references.intern(row[c.reference]), unit: c.unit.map { cells.units.intern(row[$0]) } ?? -1,
            status: status, transfer: cells.transfers.intern(row[transferColumn]),
            company: c.company.map { cells.companies.intern(row[$0]) } ?? -1, problem: -1, extra: -1)
        if c.hasExternalIDs || row.cellLines != nil {
            prepared.extra = Int32(table.extras.count)
            table.extras.append(extras(row))
        }
        table.add(prepared, problem: problem)
    }

    private func extras(_ row: RowCells) -> MoveLineExtras {
        let c = columns
        let text = { (index: Int?) in CellValues.optionalText(row, index) }
        let list = { (index: Int?) in text(index)?.split(separator: ",").map(String.init) ?? [] }
        let usage = { (text: String) in self.values.usages(text).count == 1 ? self.values.usages(text)[0] : nil }
        return MoveLineExtras(
            productExternalID: text(c.productExternalID), lotExternalID: text(c.lotExternalID),
            fromExternalID: text(c.fromExternalID), toExternalID: text(c.toExternalID),
            transferExternalID: text(c.transferExternalID),
            fromUsage: text(c.fromUsage).flatMap(usage), toUsage: text(c.toUsage).flatMap(usage), lineID: text(c.lineID),
            consumes: list(c.consumes), produces: list(c.produces),
            positions: ReferencePositions(
                product: position(row, c.product, c.productExternalID), from: position(row, c.from, c.fromExternalID),
                to: position(row, c.to, c.toExternalID), lot: position(row, c.lot, c.lotExternalID)))
    }

    /// Where a reference was read: its external-id cell when filled, else its display cell.
    private func position(_ row: RowCells, _ display: Int?, _ external: Int?) -> (line: Int, column: Int) {
        if let external, !row[external].isEmpty || display == nil { return row.position(external) }
        return display.map(row.position) ?? (row.line, 0)
    }

    private static func rejectedRow(_ rejection: RowRejection) -> PreparedMoveLine {
        PreparedMoveLine(
            line: Int32(rejection.position.line), date: LocalDateTime(seconds: 0), quantity: .zero, product: -1, lot: -1, from: -1,
            to: -1, reference: -1, unit: -1, status: -1, transfer: -1, company: -1, problem: -1, extra: -1)
    }

    static func quantityFailure(_ error: Quantity.ParseError, _ text: String) -> CellValues.Failure {
        switch error {
        case .nonNumeric:
            return .init(
                reason: .nonNumericQuantity,
                message: "Quantity \(MessageText.quoted(text)) is not a decimal number (ASCII digits, optionally a point and digits)")
        case .negative:
            return .init(reason: .negativeQuantity, message: "Quantity \(MessageText.quoted(text)) is negative")
        case .outOfRange:
            return .init(
                reason: .quantityOutOfRange,
                message: "Quantity \(MessageText.quoted(text)) has more than 15 digits before or after the point")
        }
    }
}

extension PreparedMoveLineTable {
    /// Appends a row and, when it has one, its problem.
    mutating func add(_ row: PreparedMoveLine, problem: PreparedProblem?) {
        var row = row
        if let problem {
            row.problem = Int32(problems.count)
            problems.append(problem)
        }
        rows.append(row)
    }
}
