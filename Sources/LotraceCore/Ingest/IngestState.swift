import LotraceDiagnostics

/// The Dataset under construction and the lookups the row decoders share: external ids, which
/// roles have files (a present role is authoritative), and the keys of rejected master rows (so a
/// cascade says where its cause is).
struct IngestState {
    var dataset = Dataset()
    /// Roles with at least one readable file.
    var presentRoles: Set<Role> = []
    var externalIDs: [Role: [ExactText: Int32]] = [:]
    /// Role -> key text of a rejected row -> "file:line" of that row.
    var rejectedKeys: [Role: [ExactText: String]] = [:]
    /// (product, lot name) -> lots-file lots that carry a company, to match move lines exported
    /// without a Company column.
    var listedLotsByProductAndName: [LotKey: [LotID]] = [:]

    /// What became of one row.
    enum RowResult {
        case used
        case skipped(String)
        case rejected(RowRejection)
    }

    /// A rejection of `cells`' column `index`.
    static func reject(_ cells: RowCells, _ index: Int?, _ failure: CellValues.Failure) -> RowResult {
        let (line, column) = index.map { cells.position($0) } ?? (cells.line, 0)
        return .rejected(RowRejection(at: SourcePosition(line: line, column: column), reason: failure.reason, message: failure.message))
    }

    /// The rejection of a master row whose key an earlier row already defined (the first wins).
    static func alreadyDefined(_ what: String, _ key: String, at first: SourcePosition?) -> CellValues.Failure {
        let place = first.map { "line \($0.line)" } ?? "earlier"
        return .init(reason: .badValue, message: "\(what) \(MessageText.quoted(key)) is already defined (\(place)); the first row wins")
    }

    /// Makes room for `rows` more records of `role` at once: a transfers file of four million rows
    /// would otherwise be copied again each time its array grows.
    mutating func reserve(rows: Int, of role: Role) {
        switch role {
        case .transfers: dataset.transfers.reserveCapacity(dataset.transfers.count + rows)
        case .lots: dataset.lots.reserveCapacity(dataset.lots.count + rows)
        case .partners: dataset.partners.reserveCapacity(dataset.partners.count + rows)
        case .products, .locations, .operationTypes, .moveLines: break
        }
    }

    /// Remembers that the master row keyed `key` of `role` was rejected at `where`.
    mutating func noteRejected(_ role: Role, key: String, at place: String) {
        rejectedKeys[role, default: [:]][ExactText(key)] = rejectedKeys[role]?[ExactText(key)] ?? place
    }

    /// Remembers an external id for a master record.
    mutating func noteExternalID(_ role: Role, _ id: String?, index: Int) {
        guard let id, !id.isEmpty else { return }
        externalIDs[role, default: [:]][ExactText(id)] = Int32(index)
    }

    /// A sentence for a reference that matched nothing, pointing at a rejected row if that is why.
    func unknownMessage(_ role: Role, _ what: String, _ value: String) -> String {
        let file = role == .products ? "products" : "locations"
        if let place = rejectedKeys[role]?[ExactText(value)] {
            return "\(what) \(MessageText.quoted(value)) was rejected in the \(file) file (\(place))"
        }
        if value.isEmpty { return "the \(what) is empty" }
        if presentRoles.contains(role) { return "\(what) \(MessageText.quoted(value)) is not in the \(file) file" }
        return "\(what) \(MessageText.quoted(value)) is neither one of Odoo's default locations nor under a warehouse"
    }

    // MARK: Products

    /// The product a cell names: by external id when given, else by display name; learnt from the
    /// cell when no products file was given.
    mutating func product(display: String, externalID: String?) -> Result<ProductID, CellValues.Failure> {
        if let externalID, !externalID.isEmpty {
            guard let index = externalIDs[.products]?[ExactText(externalID)] else {
                return .failure(CellValues.Failure(
                    reason: .unknownProduct, message: "product external id \(MessageText.quoted(externalID)) is not known"))
            }
            return .success(ProductID(Int(index)))
        }
        if let id = dataset.productByDisplayName[ExactText(display)] { return .success(id) }
        guard !presentRoles.contains(.products), !display.isEmpty, rejectedKeys[.products]?[ExactText(display)] == nil else {
            return .failure(CellValues.Failure(reason: .unknownProduct, message: unknownMessage(.products, "product", display)))
        }
        let (code, name) = DisplayNames.parseProduct(display)
        let id = ProductID(dataset.products.count)
        dataset.products.append(Product(id: id, displayName: display, name: name, code: code))
        dataset.productByDisplayName[ExactText(display)] = id
        return .success(id)
    }

    // MARK: Locations

    /// The location a cell names: by external id, else by full name; inferred from Odoo's default
    /// names, the move line's usage column or a warehouse path when no locations file was given.
    /// One of Odoo's own default locations named by its XML id exists in every database, so it
    /// is known even when a locations file (a module's data files) does not list it.
    mutating func location(name: String, externalID: String?, usageHint: LocationUsage?) -> Result<
        LocationID, CellValues.Failure
    > {
        var name = name
        var odooDefault = false
        if let externalID, !externalID.isEmpty {
            if let index = externalIDs[.locations]?[ExactText(externalID)] { return .success(LocationID(Int(index))) }
            guard let known = DefaultLocations.externalIDs[externalID] else {
                return .failure(CellValues.Failure(
                    reason: .unknownLocation, message: "location external id \(MessageText.quoted(externalID)) is not known"))
            }
            name = known
            odooDefault = true
        }
        if let id = dataset.locationByName[ExactText(name)] { return .success(id) }
        let inferred = usageHint.map { ($0, LocationUsageSource.moveLineColumn) } ?? DefaultLocations.infer(name)
        guard !presentRoles.contains(.locations) || odooDefault, let (usage, source) = inferred,
            rejectedKeys[.locations]?[ExactText(name)] == nil
        else {
            return .failure(CellValues.Failure(reason: .unknownLocation, message: unknownMessage(.locations, "location", name)))
        }
        let id = LocationID(dataset.locations.count)
        dataset.locations.append(Location(id: id, fullName: name, usage: usage, usageSource: source))
        dataset.locationByName[ExactText(name)] = id
        return .success(id)
    }

    // MARK: Lots

    /// The lot (product, name, company), created when the lots file did not list it. A move
    /// line without a company matches a lots-file lot of the same product and name when there
    /// is exactly one (whatever its company).
    mutating func lot(product: ProductID, name: String, company: String) -> LotID {
        let key = LotKey(product: product, name: name, company: company)
        if let id = dataset.lotByKey[key] { return id }
        if company.isEmpty, let listed = listedLotsByProductAndName[key], listed.count == 1 { return listed[0] }
        if !company.isEmpty, let shared = dataset.lotByKey[LotKey(product: product, name: name, company: "")] {
            return shared
        }
        return addLot(Lot(id: LotID(dataset.lots.count), product: product, name: name, company: company))
    }

    /// Adds a lot and indexes it.
    mutating func addLot(_ lot: Lot) -> LotID {
        dataset.lots.append(lot)
        dataset.lotByKey[LotKey(product: lot.product, name: lot.name, company: lot.company)] = lot.id
        if lot.position != nil, !lot.company.isEmpty {
            listedLotsByProductAndName[LotKey(product: lot.product, name: lot.name, company: ""), default: []].append(lot.id)
        }
        return lot.id
    }
}
