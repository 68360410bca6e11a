/// A recall report (docs/data-contract.md section 6.3): the recalled lots and every lot made from them with
/// the chain that makes it affected, every customer delivery (by delivery and by customer, the
/// contact list for the recall letter), the stock to quarantine, a mass balance per lot with
/// the recovery of the whole recall, the FSMA 204 critical tracking events, and where the
/// answers come from. Plain stored values, except the events, worked out when read; renderers
/// format them.
///
/// Orders (texts by UTF-8 bytes): `recalled` and `sources` by (product key, lot name);
/// `affected` and `massBalance` by (depth, product key, lot name); `deliveries` by (date,
/// reference, product, lot); `customers` by name (deliveries without a customer last), their
/// lots by (product, lot); `onHand` by (product, lot, location).
public struct RecallReport: Sendable {
    /// What was asked.
    public var selection: RecallSelection
    /// The company the report is for (`lotrace.json`).
    public var company: String
    /// The lots the selection named (for `--upstream`, the complained-about lots).
    public var selected: [ReportRow.Lot]
    /// The lots recalled: the selected ones, or their sources with `--upstream`.
    public var recalled: [ReportRow.Lot]
    /// Receipts of the recalled lots (which vendor, when, how much).
    public var sources: [ReportRow.Receipt]
    public var affected: [AffectedLot]
    public var deliveries: [DeliveryRow]
    public var customers: [Customer]
    public var onHand: [ReportRow.Stock]
    public var massBalance: [BalanceRow]
    public var recovery: Recovery
    /// The critical tracking events, worked out on each reading (only the FSMA 204 spreadsheet
    /// shows them; a JSON or HTML report never pays for them).
    public var events: [TraceabilityEvent] { eventSource.events }
    private let eventSource: RecallEvents
    public var provenance: RecallProvenance
    /// How the rows of the selection's lots list resolved: the lots, duplicates and rows naming
    /// no lot; nil without a list.
    public var lotList: LotListResolution?

    /// The recall of `selection` in `graph`, made at `generated` (wall clock in `timeZone`).
    /// - Throws: `RecallSelectionError` when the selection names no lot.
    public init(
        graph: TraceGraph, selection: RecallSelection, company: String, timeZone: String, generated: LocalDateTime
    ) throws(RecallSelectionError) {
        let resolved = try selection.resolved(in: graph)
        self.init(
            graph: graph, selection: selection, selected: resolved.lots, company: company, timeZone: timeZone,
            generated: generated)
        lotList = resolved.lotList
    }

    /// The recall of lots already resolved (`selected`, sorted by product key and lot name),
    /// which `selection` describes.
    public init(
        graph: TraceGraph, selection: RecallSelection, selected selectedLots: [LotID], company: String, timeZone: String,
        generated: LocalDateTime
    ) {
        let dataset = graph.dataset
        let names = ReportNames(graph: graph)
        let recalledLots = selection.upstream ? Self.sorted(RecallClosure.sources(of: selectedLots, in: graph), dataset) : selectedLots
        let closure = RecallClosure(graph: graph, recalled: recalledLots)
        let lots = closure.lots.sorted { a, b in
            let (depthA, depthB) = (closure.depths[a]!, closure.depths[b]!)
            return depthA != depthB ? depthA < depthB : ByteOrder.less(Self.key(a, dataset), Self.key(b, dataset))
        }
        let lotRow = names.lotRow
        self.selection = selection
        self.company = company
        selected = selectedLots.map(lotRow)
        recalled = recalledLots.map(lotRow)
        sources = MovementOrder.sorted(recalledLots.flatMap(graph.receipts(of:)), in: dataset).map(names.receiptRow)
        affected = lots.map { lot in
            AffectedLot(
                lot: lotRow(lot), depth: closure.depths[lot]!,
                path: closure.path(to: lot).map { step in
                    PathStep(
                        product: dataset[dataset[step.lot].product].key, lot: dataset[step.lot].name,
                        order: step.order.map { dataset.references[Int($0)] })
                })
        }
        let deliveries = MovementOrder.sorted(lots.flatMap(graph.deliveries(of:)), in: dataset)
        self.deliveries = deliveries.map { delivery in
            DeliveryRow(
                delivery: names.deliveryRow(delivery),
                order: delivery.transfer.flatMap { dataset.transfers[Int($0.index)].origin })
        }
        customers = RecallCustomers.group(deliveries, names: names)
        onHand = ByteOrder.sorted(
            lots.flatMap(graph.onHand(of:)).map(names.stockRow),
            by: { [$0.product, $0.lot, $0.location] })
        let scrap = LotMassBalance.scrapLocations(of: dataset)
        var balances: [LotID: LotMassBalance] = [:]
        for lot in lots { balances[lot] = LotMassBalance(graph: graph, lot: lot, scrap: scrap) }
        massBalance = lots.map { lot in
            let balance = balances[lot]!
            return BalanceRow(
                lot: lotRow(lot), balance: balance, recovery: Self.percent(balance.accounted, of: balance.quantityIn))
        }
        let quantityIn = massBalance.reduce(Quantity.zero) { $0 + $1.balance.quantityIn }
        let accounted = massBalance.reduce(Quantity.zero) { $0 + $1.balance.accounted }
        recovery = Recovery(
            quantityIn: quantityIn, accounted: accounted, unaccounted: quantityIn - accounted,
            percent: Self.percent(accounted, of: quantityIn),
            flaggedLots: massBalance.filter { !$0.balance.unaccounted.isZero }.count)
        eventSource = RecallEvents(graph: graph, names: names, company: company, balances: balances, scrap: scrap, lots: lots)
        provenance = RecallProvenance(graph: graph, generated: generated, timeZone: timeZone)
    }

    /// `part / whole` in percent, rounded half away from zero to 2 decimals; nil for a zero whole.
    static func percent(_ part: Quantity, of whole: Quantity) -> Quantity? {
        guard !whole.isZero else { return nil }
        let numerator = part.scaled * 20_000
        var doubled = numerator / whole.scaled
        doubled += doubled < 0 ? -1 : 1
        return Quantity(scaled: doubled / 2 * 10_000_000_000_000)
    }

    private static func key(_ lot: LotID, _ dataset: Dataset) -> [String] {
        [dataset[dataset[lot].product].key, dataset[lot].name]
    }

    private static func sorted(_ lots: [LotID], _ dataset: Dataset) -> [LotID] {
        ByteOrder.sorted(lots) { key($0, dataset) }
    }
}
