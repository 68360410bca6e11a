import LotraceCore

extension RecallReport {
    /// The report as JSON (keys in this order; products by `Product.key`, quantities exact):
    /// `{"selection", "company", "selected", "recalled": [{"product", "lot"}], "sources":
    /// [receipts], "affected": [{"product", "lot", "depth", "path": [{"product", "lot",
    /// "order"}]}], "deliveries": [{"reference", "order", "partner", "date", "product", "lot",
    /// "delivered", "returned", "quantity", "unit"}], "customers": [{"partner", address...,
    /// "deliveries", "lots"}], "onHand": [{"product", "lot", "location", "quantity"}],
    /// "massBalance": [{"product", "lot", "unit", "in", "received", "produced", "found",
    /// "delivered", "consumed", "onHand", "onHandSource", "scrapped", "adjusted",
    /// "returnedToVendor", "transit", "unaccounted", "recovery"}], "recovery", "provenance"}`,
    /// with `"lotsFile"` after `"selection"`: null, or how the rows of `--lots-file` resolved
    /// (README.md, "lotrace recall"). The lists of rows are made as they are written.
    public var json: JSONValue {
        .object([
            ("selection", selectionJSON),
            ("lotsFile", lotList.map(Self.json) ?? .null),
            ("company", .string(company)),
            ("selected", .lazyArray(selected, \.json)),
            ("recalled", .lazyArray(recalled, \.json)),
            ("sources", .lazyArray(sources, \.json)),
            ("affected", .lazyArray(affected, Self.json)),
            ("deliveries", .lazyArray(deliveries, Self.json)),
            ("customers", .lazyArray(customers, Self.json)),
            ("onHand", .lazyArray(onHand, \.json)),
            ("massBalance", .lazyArray(massBalance, Self.json)),
            ("recovery", recoveryJSON),
            ("provenance", provenanceJSON),
        ])
    }

    private var selectionJSON: JSONValue {
        .object([
            ("lots", .array(selection.lots.map(JSONValue.string))),
            ("product", .optional(selection.product)),
            ("received", .optional(selection.received?.description)),
            ("supplierLot", .optional(selection.supplierLot)),
            ("upstream", .bool(selection.upstream)),
        ])
    }

    /// `{"name", "format", "sheet", "productColumn", "lotColumn", "rows": {"read", "used",
    /// "duplicate", "blank", "unresolved"}, "duplicates": [{"line", "product", "lot",
    /// "firstLine"}], "unresolved": [{"line", "column", "cell" (workbooks), "product", "lot",
    /// "reason", "message"}]}`: the columns by their headers, the rows' accounting, the rows.
    private static func json(_ resolution: LotListResolution) -> JSONValue {
        let list = resolution.list
        return .object([
            ("name", .string(list.name)), ("format", .string(list.format.rawValue)), ("sheet", .optional(list.sheet)),
            ("productColumn", .optional(list.productHeader)), ("lotColumn", .string(list.lotHeader)),
            (
                "rows",
                .object([
                    ("read", .integer(resolution.read)), ("used", .integer(resolution.lots.count)),
                    ("duplicate", .integer(resolution.duplicates.count)), ("blank", .integer(resolution.blank)),
                    ("unresolved", .integer(resolution.unresolved.count)),
                ])
            ),
            (
                "duplicates",
                .array(
                    resolution.duplicates.map { row in
                        .object([
                            ("line", .integer(row.line)), ("product", .optional(row.product)), ("lot", .string(row.lot)),
                            ("firstLine", .integer(row.firstLine)),
                        ])
                    })
            ),
            (
                "unresolved",
                .array(
                    resolution.unresolved.map { problem in
                        var members: [(String, JSONValue)] = [("line", .integer(problem.line)), ("column", .integer(problem.column))]
                        if let cell = list.cell(line: problem.line, column: problem.column) { members.append(("cell", .string(cell))) }
                        members += [
                            ("product", .optional(problem.product)), ("lot", .optional(problem.lot)),
                            ("reason", .string(problem.reason.keyword)), ("message", .string(problem.message)),
                        ]
                        return .object(members)
                    })
            ),
        ])
    }

    private var recoveryJSON: JSONValue {
        .object([
            ("in", .quantity(recovery.quantityIn)),
            ("accounted", .quantity(recovery.accounted)),
            ("unaccounted", .quantity(recovery.unaccounted)),
            ("percent", recovery.percent.map(JSONValue.quantity) ?? .null),
            ("flaggedLots", .integer(recovery.flaggedLots)),
        ])
    }

    private var provenanceJSON: JSONValue {
        .object([
            ("generated", .string(provenance.generated.description)),
            ("timeZone", .string(provenance.timeZone)),
            ("elapsedSeconds", provenance.elapsedSeconds.map(JSONValue.number) ?? .null),
            ("moveLines", .integer(provenance.moveLines)),
            ("lastMoveDate", .optional(provenance.lastMoveDate?.description)),
            (
                "files",
                .array(
                    provenance.files.map { file in
                        .object([
                            ("name", .string(file.name)), ("role", .string(file.role)), ("read", .integer(file.read)),
                            ("used", .integer(file.used)), ("skipped", .integer(file.skipped)),
                            ("rejected", .integer(file.rejected)),
                        ])
                    })
            ),
        ])
    }

    private static func json(_ row: AffectedLot) -> JSONValue {
        .object([
            ("product", .string(row.lot.product)), ("lot", .string(row.lot.lot)), ("depth", .integer(row.depth)),
            (
                "path",
                .array(
                    row.path.map { step in
                        .object([("product", .string(step.product)), ("lot", .string(step.lot)), ("order", .optional(step.order))])
                    })
            ),
        ])
    }

    /// The delivery's shared members with the sales order after the reference and the unit last.
    private static func json(_ row: DeliveryRow) -> JSONValue {
        var members = row.delivery.jsonMembers
        members.insert(("order", .optional(row.order)), at: 1)
        members.append(("unit", .string(row.delivery.unit)))
        return .object(members)
    }

    private static func json(_ customer: Customer) -> JSONValue {
        let party = customer.party
        return .object([
            ("partner", .optional(party?.name)), ("street", .optional(party?.street)),
            ("street2", .optional(party?.street2)), ("city", .optional(party?.city)), ("zip", .optional(party?.zip)),
            ("state", .optional(party?.state)), ("country", .optional(party?.country)),
            ("email", .optional(party?.email)), ("phone", .optional(party?.phone)),
            ("deliveries", .array(customer.deliveries.map(JSONValue.string))),
            (
                "lots",
                .array(
                    customer.lots.map { lot in
                        .object([
                            ("product", .string(lot.product)), ("lot", .string(lot.lot)),
                            ("delivered", .quantity(lot.delivered)), ("returned", .quantity(lot.returned)),
                            ("quantity", .quantity(lot.quantity)), ("unit", .string(lot.unit)),
                        ])
                    })
            ),
        ])
    }

    private static func json(_ row: BalanceRow) -> JSONValue {
        let balance = row.balance
        return .object([
            ("product", .string(row.lot.product)), ("lot", .string(row.lot.lot)), ("unit", .string(row.lot.unit)),
            ("in", .quantity(balance.quantityIn)), ("received", .quantity(balance.received)),
            ("produced", .quantity(balance.produced)), ("found", .quantity(balance.found)),
            ("delivered", .quantity(balance.delivered)), ("consumed", .quantity(balance.consumed)),
            ("onHand", .quantity(balance.onHand)),
            ("onHandSource", .string(balance.onHandFromLotsFile ? "lots file" : "move lines")),
            ("scrapped", .quantity(balance.scrapped)), ("adjusted", .quantity(balance.adjusted)),
            ("returnedToVendor", .quantity(balance.returnedToVendor)), ("transit", .quantity(balance.transit)),
            ("unaccounted", .quantity(balance.unaccounted)),
            ("recovery", row.recovery.map(JSONValue.quantity) ?? .null),
        ])
    }
}
