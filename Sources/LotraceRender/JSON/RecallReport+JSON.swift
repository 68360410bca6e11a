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
    /// (README.md, "lotrace recall"). The lists of rows are written straight into the bytes as
    /// the document is written.
    public var json: JSONValue {
        .object([
            ("selection", selectionJSON),
            ("lotsFile", lotList.map(Self.json) ?? .null),
            ("company", .string(company)),
            ("selected", Self.rows(selected) { $0.write(into: &$1) }),
            ("recalled", Self.rows(recalled) { $0.write(into: &$1) }),
            ("sources", Self.rows(sources) { $0.write(into: &$1) }),
            ("affected", Self.rows(affected, Self.write)),
            ("deliveries", Self.rows(deliveries, Self.write)),
            ("customers", Self.rows(customers, Self.write)),
            ("onHand", Self.rows(onHand) { $0.write(into: &$1) }),
            ("massBalance", Self.rows(massBalance, Self.write)),
            ("recovery", recoveryJSON),
            ("provenance", provenanceJSON),
        ])
    }

    /// The array of `rows`, each written by `write` when the document is written, read where it
    /// is (an array's element would be copied first: 342,008 delivery rows' strings retained
    /// and released).
    private static func rows<Row: Sendable>(
        _ rows: [Row], _ write: @escaping @Sendable (borrowing Row, inout JSONWriter) -> Void
    ) -> JSONValue {
        .written { writer in
            rows.withUnsafeBufferPointer { rows in
                nonisolated(unsafe) let rows = rows
                writer.elements(count: rows.count) { write(rows[$0], &$1) }
            }
        }
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

    private static func write(_ row: borrowing AffectedLot, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("product", row.lot.product)
        writer.member("lot", row.lot.lot)
        writer.member("depth", row.depth)
        writer.key("path")
        writer.array(count: row.path.count) { index, writer in
            let step = row.path[index]
            writer.beginObject()
            writer.member("product", step.product)
            writer.member("lot", step.lot)
            writer.member("order", step.order)
            writer.endObject()
        }
        writer.endObject()
    }

    /// The delivery's shared members with the sales order after the reference and the unit last.
    private static func write(_ row: borrowing DeliveryRow, into writer: inout JSONWriter) {
        writer.beginObject()
        row.delivery.writeMembers(into: &writer) { $0.member("order", row.order) }
        writer.member("unit", row.delivery.unit)
        writer.endObject()
    }

    private static func write(_ customer: borrowing Customer, into writer: inout JSONWriter) {
        let party = customer.party
        writer.beginObject()
        writer.member("partner", party?.name)
        writer.member("street", party?.street)
        writer.member("street2", party?.street2)
        writer.member("city", party?.city)
        writer.member("zip", party?.zip)
        writer.member("state", party?.state)
        writer.member("country", party?.country)
        writer.member("email", party?.email)
        writer.member("phone", party?.phone)
        writer.key("deliveries")
        writer.array(count: customer.deliveries.count) { index, writer in writer.string(customer.deliveries[index]) }
        writer.key("lots")
        writer.array(count: customer.lots.count) { index, writer in
            let lot = customer.lots[index]
            writer.beginObject()
            writer.member("product", lot.product)
            writer.member("lot", lot.lot)
            writer.member("delivered", lot.delivered)
            writer.member("returned", lot.returned)
            writer.member("quantity", lot.quantity)
            writer.member("unit", lot.unit)
            writer.endObject()
        }
        writer.endObject()
    }

    private static func write(_ row: borrowing BalanceRow, into writer: inout JSONWriter) {
        let balance = row.balance
        writer.beginObject()
        writer.member("product", row.lot.product)
        writer.member("lot", row.lot.lot)
        writer.member("unit", row.lot.unit)
        writer.member("in", balance.quantityIn)
        writer.member("received", balance.received)
        writer.member("produced", balance.produced)
        writer.member("found", balance.found)
        writer.member("delivered", balance.delivered)
        writer.member("consumed", balance.consumed)
        writer.member("onHand", balance.onHand)
        writer.member("onHandSource", balance.onHandFromLotsFile ? "lots file" : "move lines")
        writer.member("scrapped", balance.scrapped)
        writer.member("adjusted", balance.adjusted)
        writer.member("returnedToVendor", balance.returnedToVendor)
        writer.member("transit", balance.transit)
        writer.member("unaccounted", balance.unaccounted)
        writer.member("recovery", row.recovery)
        writer.endObject()
    }
}
