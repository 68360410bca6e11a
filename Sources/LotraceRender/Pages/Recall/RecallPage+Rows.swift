import LotraceCore

extension RecallPage {
    /// A lot: product key and name, lot name.
    struct LotCell: Sendable, Encodable {
        var product: String
        var productName: String
        var lot: String

        init(_ row: ReportRow.Lot) {
            product = row.product
            productName = row.productName
            lot = row.lot
        }
    }

    /// A receipt of a recalled lot.
    struct SourceRow: Sendable, Encodable {
        var reference: String
        var partner: String
        var date: String
        var product: String
        var lot: String
        var quantity: String

        init(_ row: ReportRow.Receipt) {
            reference = row.reference
            partner = row.partner ?? ""
            date = DisplayFormat.dateTime(row.date)
            product = row.product
            lot = row.lot
            quantity = DisplayFormat.quantity(row.quantity, unit: row.unit)
        }
    }

    /// A headline figure.
    struct SummaryCount: Sendable, Encodable {
        var value: String
        var label: String

        init(value: Int, label: String) {
            self.value = DisplayFormat.grouped(value)
            self.label = label
        }
    }

    /// The recall's recovery.
    struct RecoveryText: Sendable, Encodable {
        var percent: String
        var quantityIn: String
        var accounted: String
        var unaccounted: String
        var flaggedLots: String
        /// True when some quantity is unaccounted.
        var flagged: Bool

        init(_ recovery: RecallReport.Recovery) {
            percent = recovery.percent.map { "\(DisplayFormat.quantity($0)) %" } ?? "n/a"
            quantityIn = DisplayFormat.quantity(recovery.quantityIn)
            accounted = DisplayFormat.quantity(recovery.accounted)
            unaccounted = DisplayFormat.quantity(recovery.unaccounted)
            flaggedLots = DisplayFormat.count(recovery.flaggedLots, "lot")
            flagged = recovery.flaggedLots > 0
        }
    }

    /// An affected lot and the chain that makes it affected.
    struct AffectedRow: Sendable, Encodable {
        var product: String
        var lot: String
        var depth: Int
        var path: [Step]

        /// One link of the chain: the order (nil for the first) then the lot.
        struct Step: Sendable, Encodable {
            var order: String?
            var product: String
            var lot: String
        }

        init(_ row: RecallReport.AffectedLot) {
            product = row.lot.product
            lot = row.lot.lot
            depth = row.depth
            path = row.path.map { Step(order: $0.order, product: $0.product, lot: $0.lot) }
        }
    }

    /// A customer: contact details for the recall letter, its deliveries and quantities.
    struct CustomerBlock: Sendable, Encodable {
        var name: String
        var address: String?
        var email: String?
        var phone: String?
        var notInPartnersFile: Bool
        var deliveries: String
        var lots: [Line]

        /// What the customer received of one lot.
        struct Line: Sendable, Encodable {
            var product: String
            var lot: String
            var delivered: String
            var returned: String
            var quantity: String
        }

        init(_ customer: RecallReport.Customer) {
            let party = customer.party
            name = party?.name ?? "Deliveries without a customer"
            address = party.map(\.address).flatMap { $0.isEmpty ? nil : $0 }
            email = party?.email
            phone = party?.phone
            notInPartnersFile = party.map { !$0.inPartnersFile } ?? false
            deliveries = customer.deliveries.joined(separator: ", ")
            lots = customer.lots.map { lot in
                Line(
                    product: lot.product, lot: lot.lot, delivered: DisplayFormat.quantity(lot.delivered, unit: lot.unit),
                    returned: lot.returned.isZero ? "" : DisplayFormat.quantity(lot.returned, unit: lot.unit),
                    quantity: DisplayFormat.quantity(lot.quantity, unit: lot.unit))
            }
        }
    }

    /// A delivery of an affected lot.
    struct DeliveryLine: Sendable, Encodable {
        var reference: String
        var order: String
        var partner: String
        var date: String
        var product: String
        var lot: String
        var delivered: String
        var returned: String
        var quantity: String

        init(_ row: RecallReport.DeliveryRow) {
            let delivery = row.delivery
            reference = delivery.reference
            order = row.order ?? ""
            partner = delivery.partner ?? ""
            date = DisplayFormat.dateTime(delivery.date)
            product = delivery.product
            lot = delivery.lot
            delivered = DisplayFormat.quantity(delivery.delivered, unit: delivery.unit)
            returned = delivery.returned.isZero ? "" : DisplayFormat.quantity(delivery.returned, unit: delivery.unit)
            quantity = DisplayFormat.quantity(delivery.quantity, unit: delivery.unit)
        }
    }

    /// Stock to quarantine (negative: flagged as a data problem).
    struct StockLine: Sendable, Encodable {
        var product: String
        var lot: String
        var location: String
        var quantity: String
        var negative: Bool

        init(_ row: ReportRow.Stock) {
            product = row.product
            lot = row.lot
            location = row.location
            quantity = DisplayFormat.quantity(row.quantity, unit: row.unit)
            negative = row.quantity.isNegative
        }
    }

    /// The mass balance of one lot.
    struct BalanceLine: Sendable, Encodable {
        var product: String
        var lot: String
        var quantityIn: String
        var inDetail: String
        var delivered: String
        var consumed: String
        var onHand: String
        var onHandSource: String
        var scrapped: String
        var adjusted: String
        var other: String
        var unaccounted: String
        var recovery: String
        var flagged: Bool

        init(_ row: RecallReport.BalanceRow) {
            let balance = row.balance
            let show = { (quantity: Quantity) in DisplayFormat.quantity(quantity, unit: row.lot.unit) }
            product = row.lot.product
            lot = row.lot.lot
            quantityIn = show(balance.quantityIn)
            inDetail = [("received", balance.received), ("produced", balance.produced), ("found", balance.found)]
                .filter { !$0.1.isZero }.map { "\($0.0) \(DisplayFormat.quantity($0.1))" }.joined(separator: ", ")
            delivered = show(balance.delivered)
            consumed = show(balance.consumed)
            onHand = show(balance.onHand)
            onHandSource = balance.onHandFromLotsFile
                ? "lots file (move lines: \(DisplayFormat.quantity(balance.onHandFromMoves)))" : "move lines"
            scrapped = show(balance.scrapped)
            adjusted = show(balance.adjusted)
            other = [("returned to vendor", balance.returnedToVendor), ("in transit", balance.transit)]
                .filter { !$0.1.isZero }.map { "\($0.0) \(DisplayFormat.quantity($0.1))" }.joined(separator: ", ")
            unaccounted = show(balance.unaccounted)
            recovery = row.recovery.map { "\(DisplayFormat.quantity($0)) %" } ?? "n/a"
            flagged = !balance.unaccounted.isZero
        }
    }

    /// The lots file of the selection: how its rows resolved, and the rows that name no lot.
    struct LotsFileBlock: Sendable, Encodable {
        var name: String
        var accounting: String
        var unresolved: [Row]
        var hasUnresolved: Bool

        /// A row not recalled: its line (a workbook's cell), cells and why.
        struct Row: Sendable, Encodable {
            var line: String
            var product: String
            var lot: String
            var message: String
        }

        init(_ resolution: LotListResolution) {
            let list = resolution.list
            name = list.name
            accounting = resolution.accounting
            unresolved = resolution.unresolved.map { problem in
                Row(
                    line: list.cell(line: problem.line, column: problem.column) ?? String(problem.line),
                    product: problem.product ?? "", lot: problem.lot ?? "", message: problem.message)
            }
            hasUnresolved = !unresolved.isEmpty
        }
    }

    /// Where the answers come from.
    struct ProvenanceText: Sendable, Encodable {
        var generated: String
        var timeZone: String
        var elapsed: String?
        var moveLines: String
        var lastMoveDate: String
        var files: [File]

        /// One input file and its row accounting.
        struct File: Sendable, Encodable {
            var name: String
            var role: String
            var read: String
            var used: String
            var skipped: String
            var rejected: String
            var hasRejected: Bool
        }

        init(_ provenance: RecallProvenance) {
            generated = DisplayFormat.dateTime(provenance.generated)
            timeZone = provenance.timeZone
            elapsed = provenance.elapsedSeconds.map { "\($0) s" }
            moveLines = DisplayFormat.grouped(provenance.moveLines)
            lastMoveDate = provenance.lastMoveDate.map(DisplayFormat.dateTime) ?? "none"
            files = provenance.files.map { file in
                File(
                    name: file.name, role: file.role, read: DisplayFormat.grouped(file.read),
                    used: DisplayFormat.grouped(file.used), skipped: DisplayFormat.grouped(file.skipped),
                    rejected: DisplayFormat.grouped(file.rejected), hasRejected: file.rejected > 0)
            }
        }
    }
}
