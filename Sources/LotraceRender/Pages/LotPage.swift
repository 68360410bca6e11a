import LotraceCore

/// The view model of a lot or serial page (`templates/lot.mustache`): its facts, where its
/// stock is after its last move up to the site's date, its history coloured in/out, its
/// upstream and downstream trees and tables, and its graph as inline SVG.
struct LotPage: Sendable, Encodable {
    var frame: PageFrame
    var lot: String
    var product: String
    var productHref: String
    var tracking: String
    var isSerial: Bool
    var internalReference: String?
    var company: String?
    var createdOn: String?
    var dates: [DateRow]
    var stock: [StockRow]
    var hasStock: Bool
    var onHand: String
    /// The date of the last move the stock counts ("2025-01-07 10:05"), nil before the first.
    var stockSince: String?
    var history: TableExcerpt<HistoryRow>
    var upstreamTree: TableExcerpt<TreeRow>
    var receipts: TableExcerpt<ReceiptRow>
    var downstreamTree: TableExcerpt<TreeRow>
    var deliveries: TableExcerpt<DeliveryRow>
    /// Inline SVG markup built by `LotGraphPicture` (every text in it escaped).
    var graph: String
    /// The lot's pre-built recall page, or the command that makes its report.
    var recall: RecallLink

    /// A lot date, flagged when reached by the site's date.
    struct DateRow: Sendable, Encodable {
        var label: String
        var value: String
        var reached: Bool
        /// Where the date came from: "lots export (stock.lot.csv line 12)" or the formula (`LotDateRows`).
        var origin: String
    }

    /// Stock in one internal location.
    struct StockRow: Sendable, Encodable {
        var location: String
        var quantity: String
    }

    /// One done line; `direction` is "in" (into stock from outside), "out" or "internal".
    struct HistoryRow: Sendable, Encodable {
        var reference: String
        var referenceHref: String?
        var product: String
        var date: String
        var lot: String
        var from: String
        var to: String
        var quantity: String
        var direction: String
    }

    /// A node of the upstream or downstream tree.
    struct TreeRow: Sendable, Encodable {
        var indent: Int
        var product: String
        var lot: String
        var href: String?
        var reference: String
        var quantity: String
        var repeated: Bool
    }

    /// A receipt of the lot or of an ancestor.
    struct ReceiptRow: Sendable, Encodable {
        var reference: String
        var partner: String
        var date: String
        var product: String
        var lot: String
        var href: String?
        var quantity: String
    }

    /// A delivery of the lot or of a descendant, net of returns.
    struct DeliveryRow: Sendable, Encodable {
        var reference: String
        var referenceHref: String?
        var partner: String
        var date: String
        var product: String
        var lot: String
        var href: String?
        var delivered: String
        var returned: String
        var quantity: String
    }

    /// The page of `report`, the trace of lot `id` of `graph`, with its `stock` after its move of
    /// `stockSince` (the last one dated up to the site's as-of moment), its dates' rows,
    /// how far its recall reaches, framed by `frame` (titled `title(of:)`), linking through `link`
    /// (its long tables to `LotTablesCSV` files beside it).
    init(
        report: TraceReport, lot id: LotID, graph: TraceGraph, stock: [StockBalance], stockSince: LocalDateTime?,
        dates: [DateRow],
        recall: RecallLink.Size, hasRecallPage: Bool, frame: PageFrame, links link: PageLinks
    ) {
        let whole = { (table: LotTablesCSV.Table) in link.to(LotTablesCSV.path(of: table, page: link.path)) }
        let dataset = graph.dataset
        let lot = dataset[id]
        self.frame = frame
        self.lot = report.lot
        product = report.productName
        productHref = link.product(lot.product)
        tracking = Self.trackingText(report.tracking)
        isSerial = report.tracking == .serial
        internalReference = lot.reference
        company = report.company.isEmpty ? nil : report.company
        createdOn = lot.createdOn.map(DisplayFormat.dateTime)
        self.dates = dates
        let unit = report.unit
        self.stock = stock.map {
            StockRow(location: dataset[$0.location].fullName, quantity: DisplayFormat.quantity($0.quantity, unit: unit))
        }.sorted { ExactText($0.location) < ExactText($1.location) }
        hasStock = !stock.isEmpty
        onHand = DisplayFormat.quantity(stock.reduce(Quantity.zero) { $0 + $1.quantity }, unit: unit)
        self.stockSince = stockSince.map(DisplayFormat.dateTime)
        let lines = graph.history(of: id)
        history = TableExcerpt(total: report.history.count, moreHref: whole(.history)) { index in
            let row = report.history[index]
            return HistoryRow(
                reference: row.reference, referenceHref: link.slip(row.reference), product: row.product,
                date: DisplayFormat.dateTime(row.date), lot: row.lot, from: row.from, to: row.to,
                quantity: DisplayFormat.quantity(row.quantity, unit: row.unit),
                direction: Self.direction(dataset.moveLines[lines[index]], dataset: dataset))
        }
        upstreamTree = TableExcerpt(total: report.upstream.tree.count, moreHref: whole(.upstream)) {
            Self.treeRow(report.upstream.tree[$0], links: link)
        }
        downstreamTree = TableExcerpt(total: report.downstream.tree.count, moreHref: whole(.downstream)) {
            Self.treeRow(report.downstream.tree[$0], links: link)
        }
        receipts = TableExcerpt(total: report.upstream.receipts.count, moreHref: whole(.receipts)) { index in
            let receipt = report.upstream.receipts[index]
            return ReceiptRow(
                reference: receipt.reference, partner: receipt.partner ?? "", date: DisplayFormat.dateTime(receipt.date),
                product: receipt.product, lot: receipt.lot, href: link.lot(receipt.product, receipt.lot),
                quantity: DisplayFormat.quantity(receipt.quantity, unit: receipt.unit))
        }
        deliveries = TableExcerpt(total: report.downstream.deliveries.count, moreHref: whole(.deliveries)) { index in
            let delivery = report.downstream.deliveries[index]
            return DeliveryRow(
                reference: delivery.reference, referenceHref: link.slip(delivery.reference), partner: delivery.partner ?? "",
                date: DisplayFormat.dateTime(delivery.date), product: delivery.product, lot: delivery.lot,
                href: link.lot(delivery.product, delivery.lot),
                delivered: DisplayFormat.quantity(delivery.delivered, unit: delivery.unit),
                returned: delivery.returned.isZero ? "" : DisplayFormat.quantity(delivery.returned, unit: delivery.unit),
                quantity: DisplayFormat.quantity(delivery.quantity, unit: delivery.unit))
        }
        self.graph = LotGraphPicture(lot: id, graph: graph, links: link).svg
        self.recall = RecallLink(lot: id, size: recall, hasPage: hasRecallPage, dataset: dataset, links: link)
    }

    /// "Lot F1", "Serial SN-1".
    static func title(of report: TraceReport) -> String {
        "\(report.tracking == .serial ? "Serial" : "Lot") \(report.lot)"
    }

    /// A tree row of a trace report.
    private static func treeRow(_ row: TraceReport.TreeRow, links: PageLinks) -> TreeRow {
        TreeRow(
            indent: (row.depth - 1) * 20, product: row.product, lot: row.lot, href: links.lot(row.product, row.lot),
            reference: row.reference, quantity: DisplayFormat.quantity(row.quantity, unit: row.unit),
            repeated: row.repeated)
    }

    /// Odoo's colours: "in" when entering an internal location from outside, "internal"
    /// between internal locations, "out" otherwise.
    static func direction(_ line: MoveLine, dataset: Dataset) -> String {
        let fromInternal = dataset[line.from].usage == .internal
        let toInternal = dataset[line.to].usage == .internal
        return toInternal ? (fromInternal ? "internal" : "in") : "out"
    }

    private static func trackingText(_ tracking: Tracking?) -> String {
        switch tracking {
        case .serial: "By unique serial number"
        case .lot: "By lots"
        case .some(.none): "Not tracked"
        case nil: "Unknown (no products file)"
        }
    }
}
