import LotraceDiagnostics

/// The second phase of decoding move lines, once the masters are read: each distinct product,
/// location, lot and transfer cell resolved once, then every prepared row turned into a
/// `MoveLine` or rejected with the first failing check (in `MoveLineCheck` order).
struct MoveLineResolver {
    private let cells: MoveLineCells
    private var products: [Result<ProductID, CellValues.Failure>?]
    private var locations: [Result<LocationID, CellValues.Failure>?]
    private var transfers: [TransferID??]
    /// Per lot-name cell, the lot of the first (product, company) it came with: most names
    /// belong to one product, so most rows find their lot here without hashing.
    private var firstLots: [(product: Int32, company: Int32, lot: LotID)?]
    private var lotIDs: [LotCell: LotID] = [:]
    private var sequence: Int32 = 0
    /// External id of each done line (ID column), and its consume/produce link cells.
    private(set) var lineIDs: [ExactText: Int] = [:]
    private(set) var links: [(line: Int, consumes: [String], produces: [String])] = []

    private struct LotCell: Hashable {
        var product: Int32
        var name: Int32
        var company: Int32
    }

    init(cells: MoveLineCells) {
        self.cells = cells
        products = Array(repeating: nil, count: cells.products.count)
        locations = Array(repeating: nil, count: cells.locations.count)
        transfers = Array(repeating: nil, count: cells.transfers.count)
        firstLots = Array(repeating: nil, count: cells.lots.count)
    }

    /// The interned references and units, as the Dataset keeps them.
    var references: [String] { (0..<cells.references.count).map { cells.references.string(Int32($0)) } }
    var units: [String] { (0..<cells.units.count).map { cells.units.string(Int32($0)) } }

    /// Resolves every row of a prepared table into `state`, accounting for each in `file`.
    mutating func resolve(_ table: PreparedMoveLineTable, state: inout IngestState, file: inout InputFile) {
        file.read += table.read
        state.dataset.moveLines.reserveCapacity(state.dataset.moveLines.count + table.rows.count)
        for row in table.rows {
            switch resolve(row, table, &state) {
            case .used: file.used += 1
            case .skipped(let reason):
                file.skipped += 1
                file.skipReasons[reason, default: 0] += 1
            case .rejected(let rejection): file.rejected.append(rejection)
            }
        }
    }

    private mutating func resolve(
        _ row: PreparedMoveLine, _ table: PreparedMoveLineTable, _ state: inout IngestState
    ) -> IngestState.RowResult {
        let problem = row.problem >= 0 ? table.problems[Int(row.problem)] : nil
        if let problem, problem.check <= .date { return .rejected(problem.rejection) }
        let extras = row.extra >= 0 ? table.extras[Int(row.extra)] : nil
        let product: ProductID
        switch resolveProduct(row.product, external: extras?.productExternalID, &state) {
        case .success(let id): product = id
        case .failure(let failure): return reject(row, table, .product, failure, problem)
        }
        let from: LocationID
        switch resolveLocation(row.from, external: extras?.fromExternalID, usage: extras?.fromUsage, &state) {
        case .success(let id): from = id
        case .failure(let failure): return reject(row, table, .from, failure, problem)
        }
        let to: LocationID
        switch resolveLocation(row.to, external: extras?.toExternalID, usage: extras?.toUsage, &state) {
        case .success(let id): to = id
        case .failure(let failure): return reject(row, table, .to, failure, problem)
        }
        if let problem { return .rejected(problem.rejection) }
        let lot: LotID?
        switch resolveLot(row, product: product, external: extras?.lotExternalID, &state) {
        case .success(let id): lot = id
        case .failure(let failure): return reject(row, table, .lot, failure, problem)
        }
        let line = MoveLine(
            date: row.date, reference: row.reference, product: product, lot: lot, from: from, to: to,
            quantity: row.quantity, unit: row.unit, transfer: resolveTransfer(row.transfer, external: extras?.transferExternalID, state),
            file: Int32(table.fileIndex), line: row.line, sequence: sequence)
        sequence += 1
        guard table.statuses[Int(row.status)] == .done else {
            state.dataset.pendingMoveLines.append(line)
            return .skipped(cells.statuses.string(row.status))
        }
        if let extras { noteLinks(extras, lineIndex: state.dataset.moveLines.count) }
        state.dataset.moveLines.append(line)
        return .used
    }

    /// The rejection for a failed second-phase check, unless the first phase found an earlier one.
    private func reject(
        _ row: PreparedMoveLine, _ table: PreparedMoveLineTable, _ check: MoveLineCheck, _ failure: CellValues.Failure,
        _ problem: PreparedProblem?
    ) -> IngestState.RowResult {
        if let problem, problem.check < check { return .rejected(problem.rejection) }
        let extras = row.extra >= 0 ? table.extras[Int(row.extra)] : nil
        let (line, column) = (extras?.positions ?? table.columns).position(of: check) ?? (0, 0)
        return .rejected(RowRejection(
            at: SourcePosition(line: line > 0 ? line : Int(row.line), column: column), reason: failure.reason, message: failure.message))
    }

    private mutating func resolveProduct(
        _ cell: Int32, external: String?, _ state: inout IngestState
    ) -> Result<ProductID, CellValues.Failure> {
        if let external { return state.product(display: cells.products.string(cell), externalID: external) }
        if let known = products[Int(cell)] { return known }
        let result = state.product(display: cells.products.string(cell), externalID: nil)
        products[Int(cell)] = result
        return result
    }

    private mutating func resolveLocation(
        _ cell: Int32, external: String?, usage: LocationUsage?, _ state: inout IngestState
    ) -> Result<LocationID, CellValues.Failure> {
        let name = cells.locations.string(cell)
        if external != nil || usage != nil { return state.location(name: name, externalID: external, usageHint: usage) }
        if let known = locations[Int(cell)] { return known }
        let result = state.location(name: name, externalID: nil, usageHint: nil)
        locations[Int(cell)] = result
        return result
    }

    /// The row's lot: by external id, else by name (nil without either). An external id alone
    /// that names no lot rejects the row rather than lose the lot.
    private mutating func resolveLot(
        _ row: PreparedMoveLine, product: ProductID, external: String?, _ state: inout IngestState
    ) -> Result<LotID?, CellValues.Failure> {
        if let external, let index = state.externalIDs[.lots]?[ExactText(external)] { return .success(LotID(Int(index))) }
        guard row.lot >= 0 else {
            guard let external else { return .success(nil) }
            return .failure(CellValues.Failure(
                reason: .badValue, message: "lot external id \(MessageText.quoted(external)) is not known (no lot has it, or its row was rejected)"))
        }
        let first = firstLots[Int(row.lot)]
        if let first, first.product == product.index, first.company == row.company { return .success(first.lot) }
        let key = LotCell(product: product.index, name: row.lot, company: row.company)
        if let id = lotIDs[key] { return .success(id) }
        let company = row.company >= 0 ? cells.companies.string(row.company) : ""
        let id = state.lot(product: product, name: cells.lots.string(row.lot), company: company)
        if first == nil {
            firstLots[Int(row.lot)] = (product.index, row.company, id)
        } else {
            lotIDs[key] = id
        }
        return .success(id)
    }

    private mutating func resolveTransfer(_ cell: Int32, external: String?, _ state: IngestState) -> TransferID? {
        if let external, let index = state.externalIDs[.transfers]?[ExactText(external)] { return TransferID(Int(index)) }
        if let known = transfers[Int(cell)] { return known }
        let id = cells.transfers.withBytes(cell) { state.dataset.transferByReference[bytes: $0] }
        transfers[Int(cell)] = .some(id)
        return id
    }

    private mutating func noteLinks(_ extras: MoveLineExtras, lineIndex: Int) {
        guard let lineID = extras.lineID else { return }
        lineIDs[ExactText(lineID)] = lineIndex
        if !extras.consumes.isEmpty || !extras.produces.isEmpty {
            links.append((lineIndex, extras.consumes, extras.produces))
        }
    }
}
