/// Decodes move-line rows, the hot path (a million rows): cells are interned as bytes and each
/// distinct product, location, status and transfer cell is resolved once.
struct MoveLineDecoder {
    private var columns = Columns()
    private var products = CellCache<ProductID>()
    private var locations = CellCache<LocationID>()
    private var statuses = CellCache<MoveStatus>()
    private var transfers = CellCache<TransferID?>()
    private var lotNames = ByteInterner()
    private var companies = ByteInterner()
    private var lotIDs: [LotCell: LotID] = [:]
    /// Interned references and units: their ids are `MoveLine.reference` and `MoveLine.unit`.
    private(set) var references = ByteInterner(capacity: 1 << 14)
    private(set) var units = ByteInterner()
    private var sequence: Int32 = 0
    /// External id of each done line (ID column), and its consume/produce link cells.
    private(set) var lineIDs: [String: Int] = [:]
    private(set) var links: [(line: Int, consumes: [String], produces: [String])] = []

    private struct LotCell: Hashable {
        var product: Int32
        var name: Int32
        var company: Int32
    }

    /// Column indices of the current file.
    private struct Columns {
        var date = 0, reference = 0, quantity = 0, status = 0
        /// nil when the file gives only external ids (an Odoo XML data file's `ref` fields).
        var product: Int?, lot: Int?, from: Int?, to: Int?
        var productExternalID: Int?, lotExternalID: Int?, lotName: Int?, fromExternalID: Int?, toExternalID: Int?
        var unit: Int?, transfer: Int?, transferExternalID: Int?, company: Int?, contact: Int?
        var fromUsage: Int?, toUsage: Int?, externalID: Int?, consumeLines: Int?, produceLines: Int?
    }

    /// Starts a new file: caches keyed by cell text stay valid, external-id columns change.
    mutating func begin(_ mapping: ColumnMapping) {
        columns = Columns(
            date: mapping.index(.date)!, reference: mapping.index(.reference)!,
            quantity: mapping.index(.quantity)!, status: mapping.index(.status)!,
            product: mapping.index(.product), lot: mapping.index(.lot), from: mapping.index(.from), to: mapping.index(.to),
            productExternalID: mapping.index(.productExternalID), lotExternalID: mapping.index(.lotExternalID),
            lotName: mapping.index(.lotName), fromExternalID: mapping.index(.fromExternalID),
            toExternalID: mapping.index(.toExternalID), unit: mapping.index(.unit), transfer: mapping.index(.transfer),
            transferExternalID: mapping.index(.transferExternalID), company: mapping.index(.company),
            contact: mapping.index(.contact), fromUsage: mapping.index(.fromUsage), toUsage: mapping.index(.toUsage),
            externalID: mapping.index(.externalID), consumeLines: mapping.index(.consumeLines),
            produceLines: mapping.index(.produceLines))
        // External-id columns resolve per file, so cached resolutions from display names only
        // hold while this file has none.
        if columns.productExternalID != nil || columns.fromExternalID != nil || columns.toExternalID != nil
            || columns.transferExternalID != nil || columns.fromUsage != nil || columns.toUsage != nil
        {
            products = CellCache()
            locations = CellCache()
            transfers = CellCache()
        }
    }

    /// Decodes one row into `state.dataset` (done lines) or its pending lines (other statuses).
    mutating func decode(_ cells: RowCells, fileIndex: Int, state: inout IngestState) -> IngestState.RowResult {
        let c = columns
        guard let date = LocalDateTime.parse(cells[c.date]) else {
            return IngestState.reject(cells, c.date, CellValues.badDate(cells.text(c.date)))
        }
        let product: ProductID
        switch resolveProduct(cells, &state) {
        case .success(let id): product = id
        case .failure(let failure): return IngestState.reject(cells, Self.column(c.product, or: c.productExternalID, in: cells), failure)
        }
        let lot = resolveLot(cells, product: product, state: &state)
        let from: LocationID
        switch resolveLocation(cells, c.from, c.fromExternalID, c.fromUsage, &state) {
        case .success(let id): from = id
        case .failure(let failure): return IngestState.reject(cells, Self.column(c.from, or: c.fromExternalID, in: cells), failure)
        }
        let to: LocationID
        switch resolveLocation(cells, c.to, c.toExternalID, c.toUsage, &state) {
        case .success(let id): to = id
        case .failure(let failure): return IngestState.reject(cells, Self.column(c.to, or: c.toExternalID, in: cells), failure)
        }
        let quantity: Quantity
        switch Quantity.parse(cells[c.quantity]) {
        case .success(let value): quantity = value
        case .failure(let error): return IngestState.reject(cells, c.quantity, Self.quantityFailure(error, cells.text(c.quantity)))
        }
        let status: MoveStatus
        switch statuses.resolve(cells[c.status], { _ in
            MoveStatus(odooValue: cells.text(c.status)).map { .success($0) } ?? .failure(IngestState.badStatus(cells.text(c.status)))
        }) {
        case .success(let value): status = value
        case .failure(let failure): return IngestState.reject(cells, c.status, failure)
        }
        let transfer = resolveTransfer(cells, state: state)
        let line = MoveLine(
            date: date, reference: references.intern(cells[c.reference]), product: product, lot: lot, from: from, to: to,
            quantity: quantity, unit: c.unit.map { units.intern(cells[$0]) } ?? -1, transfer: transfer,
            file: Int32(fileIndex), line: Int32(cells.line), sequence: sequence)
        sequence += 1
        guard status.isDone else {
            state.dataset.pendingMoveLines.append(line)
            if case .notDone(let text) = status { return .skipped(text) }
            return .skipped("not done")
        }
        noteLinks(cells, lineIndex: state.dataset.moveLines.count)
        state.dataset.moveLines.append(line)
        return .used
    }

    private mutating func resolveProduct(_ cells: RowCells, _ state: inout IngestState) -> Result<ProductID, CellValues.Failure> {
        if let index = columns.productExternalID, !cells[index].isEmpty {
            return state.product(display: cells.text(columns.product), externalID: cells.text(index))
        }
        let cell = columns.product
        return products.resolve(cells.bytes(cell)) { _ in state.product(display: cells.text(cell), externalID: nil) }
    }

    private mutating func resolveLocation(
        _ cells: RowCells, _ index: Int?, _ externalIndex: Int?, _ usageIndex: Int?, _ state: inout IngestState
    ) -> Result<LocationID, CellValues.Failure> {
        if let externalIndex, !cells[externalIndex].isEmpty {
            return state.location(name: cells.text(index), externalID: cells.text(externalIndex), usageHint: nil)
        }
        let hint = usageIndex.flatMap { LocationUsage(odooValue: cells.text($0)) }
        return locations.resolve(cells.bytes(index)) { _ in state.location(name: cells.text(index), externalID: nil, usageHint: hint) }
    }

    private mutating func resolveLot(_ cells: RowCells, product: ProductID, state: inout IngestState) -> LotID? {
        var nameCell = cells.bytes(columns.lot)
        if let externalIndex = columns.lotExternalID, !cells[externalIndex].isEmpty,
            let index = state.externalIDs[.lots]?[cells.text(externalIndex)]
        {
            return LotID(Int(index))
        }
        if nameCell.isEmpty, let lotName = columns.lotName { nameCell = cells[lotName] }
        guard !nameCell.isEmpty else { return nil }
        let key = LotCell(
            product: product.index, name: lotNames.intern(nameCell),
            company: columns.company.map { companies.intern(cells[$0]) } ?? -1)
        if let id = lotIDs[key] { return id }
        let company = columns.company.map { cells.text($0) } ?? ""
        let id = state.lot(product: product, name: String(decoding: nameCell, as: UTF8.self), company: company)
        lotIDs[key] = id
        return id
    }

    private mutating func resolveTransfer(_ cells: RowCells, state: IngestState) -> TransferID? {
        if let index = columns.transferExternalID, !cells[index].isEmpty,
            let id = state.externalIDs[.transfers]?[cells.text(index)]
        {
            return TransferID(Int(id))
        }
        let index = columns.transfer.flatMap { cells[$0].isEmpty ? nil : $0 } ?? columns.reference
        let result: Result<TransferID?, CellValues.Failure> = transfers.resolve(cells[index]) { _ in
            .success(state.dataset.transferByReference[cells.text(index)])
        }
        return (try? result.get()) ?? nil
    }

    private mutating func noteLinks(_ cells: RowCells, lineIndex: Int) {
        guard let idIndex = columns.externalID, !cells[idIndex].isEmpty else { return }
        lineIDs[cells.text(idIndex)] = lineIndex
        let list = { (index: Int?) -> [String] in
            guard let index else { return [] }
            return cells.text(index).split(separator: ",").map { String($0) }
        }
        let consumes = list(columns.consumeLines)
        let produces = list(columns.produceLines)
        if !consumes.isEmpty || !produces.isEmpty { links.append((lineIndex, consumes, produces)) }
    }

    /// The column a reference was read from: its external-id column when filled, else its
    /// display-name column.
    private static func column(_ display: Int?, or external: Int?, in cells: RowCells) -> Int? {
        if let external, !cells[external].isEmpty || display == nil { return external }
        return display
    }

    static func quantityFailure(_ error: Quantity.ParseError, _ text: String) -> CellValues.Failure {
        switch error {
        case .nonNumeric:
            return .init(
                reason: .nonNumericQuantity,
                message: "Quantity \(CellValues.quoted(text)) is not a decimal number (ASCII digits, optionally a point and digits)")
        case .negative:
            return .init(reason: .negativeQuantity, message: "Quantity \(CellValues.quoted(text)) is negative")
        case .outOfRange:
            return .init(
                reason: .quantityOutOfRange,
                message: "Quantity \(CellValues.quoted(text)) has more than 15 digits before or after the point")
        }
    }
}

/// Resolves each distinct cell content once, remembering success or failure.
struct CellCache<Value> {
    private var interner = ByteInterner()
    private var results: [Result<Value, CellValues.Failure>] = []

    mutating func resolve(
        _ bytes: UnsafeBufferPointer<UInt8>, _ compute: (Int32) -> Result<Value, CellValues.Failure>
    ) -> Result<Value, CellValues.Failure> {
        let id = interner.intern(bytes)
        if Int(id) < results.count { return results[Int(id)] }
        let result = compute(id)
        results.append(result)
        return result
    }
}
