/// A lot's traceability report (docs/data-contract.md section 6.2): its facts, where its
/// stock is now, its history, and what it came from and went into, as plain stored values.
///
/// Orders: `onHand` by location full name; `history` newest first (date, then sequence,
/// descending); upstream/downstream `lots` by (product key, lot name); `receipts` and
/// `deliveries` by (date, reference, product key, lot name); tree rows depth first, siblings
/// by (product key, lot name, reference). Texts compare by UTF-8 bytes.
public struct TraceReport: Sendable, Hashable {
    /// `Product.key`: Internal Reference, else display name.
    public var product: String
    /// The product's display name ("[FL-001] Flour").
    public var productName: String
    public var tracking: Tracking?
    /// The lot or serial number's name.
    public var lot: String
    /// "" without a company column.
    public var company: String
    /// The unit quantities of the product are shown in ("" when unknown).
    public var unit: String
    public var expirationDate: LocalDateTime?
    public var bestBeforeDate: LocalDateTime?
    public var removalDate: LocalDateTime?
    public var alertDate: LocalDateTime?
    /// Non-zero stock per internal location.
    public var onHand: [ReportRow.LocationStock]
    public var history: [HistoryRow]
    public var upstream: Upstream
    public var downstream: Downstream

    /// The report of `lot`.
    public init(graph: TraceGraph, lot id: LotID) {
        let dataset = graph.dataset
        let lot = dataset[id]
        let product = dataset[lot.product]
        let names = ReportNames(graph: graph)
        self.product = product.key
        productName = product.displayName
        tracking = product.tracking
        self.lot = lot.name
        company = lot.company
        unit = names.units[lot.product]
        expirationDate = lot.expirationDate
        bestBeforeDate = lot.bestBeforeDate
        removalDate = lot.removalDate
        alertDate = lot.alertDate
        onHand = graph.onHand(of: id)
            .map { ReportRow.LocationStock(location: dataset[$0.location].fullName, quantity: $0.quantity) }
            .sorted { ByteOrder.less($0.location, $1.location) }
        history = graph.history(of: id).map { names.historyRow(line: $0) }
        let upstream = graph.upstream(of: id)
        self.upstream = Upstream(
            lots: names.lotRows(upstream.lots),
            receipts: MovementOrder.sorted(upstream.receipts, in: dataset).map(names.receiptRow),
            tree: TraceTree(graph: graph, names: names, direction: .upstream).rows(from: id))
        let downstream = graph.downstream(of: id)
        self.downstream = Downstream(
            lots: names.lotRows(downstream.lots),
            deliveries: MovementOrder.sorted(downstream.deliveries, in: dataset).map(names.deliveryRow),
            tree: TraceTree(graph: graph, names: names, direction: .downstream).rows(from: id))
    }
}
