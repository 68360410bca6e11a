/// The traceability graph of a `Dataset`, built once: lines in chronological order, each lot's
/// lines, on-hand stock, receipts, deliveries net of customer returns, and manufacturing links
/// between lots.
///
/// Chronological order is (date, sequence) ascending; a lot's history is its reverse (date
/// descending, then sequence descending: of two lines with the same date, the later-read one
/// comes first). Building is linear apart from one sort of the line indices, uses flat arrays
/// and integer ids only, and does no per-line string work.
public struct TraceGraph: Sendable {
    /// The data the graph was built from.
    public let dataset: Dataset
    /// Indices into `dataset.moveLines`, chronological.
    public let chronologicalLines: [Int32]
    /// Every non-zero balance of an internal location, grouped by item (lots in id order, then
    /// each product's lot-less stock), each item's locations in id order.
    public var onHand: [StockBalance] { balances.elements }
    /// Customer return quantities no delivery absorbed, in chronological order of their lines.
    public let unmatchedReturns: [UnmatchedReturn]
    /// Manufacturing links between lots, sorted by (parent, child, reference), without duplicates.
    public let productionLinks: [ProductionLink]

    let items: StockItems
    /// Each product's unit (its own, else that of its first move line).
    let units: ProductUnits
    let usages: [LocationUsage]
    let kinds: [LineKind]
    /// Chronological line indices per item.
    let itemLines: Grouped<Int32>
    let balances: Grouped<StockBalance>
    let receiptGroups: Grouped<Receipt>
    let deliveryGroups: Grouped<Delivery>
    /// Indices into `productionLinks` per parent lot and per child lot.
    let linksByParent: Grouped<Int32>
    let linksByChild: Grouped<Int32>

    /// Builds the graph of `dataset`. The manufacturing links are found on a second thread
    /// while this one walks every item's lines once for balances, receipts and deliveries.
    public init(dataset: Dataset) {
        let usages = dataset.locations.map(\.usage)
        let links = BackgroundWork { TraceGraph.productionLinks(dataset: dataset, usages: usages) }
        let lines = dataset.moveLines
        let items = StockItems(dataset: dataset)
        let chronological = TraceGraph.chronologicalOrder(of: lines)
        let itemLines = Grouped(
            keyCount: items.count, keys: chronological.map { Int32(items.item(of: lines[Int($0)])) },
            values: chronological)
        var balances = BalanceBuilder(usages: usages)
        var movements = MovementBuilder(dataset: dataset, usages: usages)
        for item in 0..<items.count {
            for index in itemLines[item] {
                let line = lines[Int(index)]
                balances.add(line)
                movements.add(line, index: index)
            }
            balances.closeItem(product: items.product(of: item), lot: items.lot(of: item))
            movements.closeItem()
        }

        self.dataset = dataset
        self.usages = usages
        self.items = items
        self.units = ProductUnits(dataset: dataset)
        self.chronologicalLines = chronological
        self.kinds = lines.map { LineKind(from: usages[Int($0.from.index)], to: usages[Int($0.to.index)]) }
        self.itemLines = itemLines
        self.balances = balances.balances
        self.receiptGroups = movements.receipts
        self.deliveryGroups = movements.deliveries
        self.unmatchedReturns = movements.unmatchedReturns
        let productionLinks = links.wait()
        self.productionLinks = productionLinks
        let linkIndices = productionLinks.indices.map(Int32.init)
        self.linksByParent = Grouped(
            keyCount: dataset.lots.count, keys: productionLinks.map(\.parent.index), values: linkIndices)
        self.linksByChild = Grouped(
            keyCount: dataset.lots.count, keys: productionLinks.map(\.child.index), values: linkIndices)
    }

    /// The date of the latest done line; nil when there is none.
    public var lastMoveDate: LocalDateTime? { chronologicalLines.last.map { dataset.moveLines[Int($0)].date } }

    /// The kind of the line at `index` in `dataset.moveLines`.
    public func kind(ofLine index: Int) -> LineKind { kinds[index] }

    /// The tracking events the line at `index` of `dataset.moveLines` takes part in.
    public func events(ofLine index: Int) -> TrackingEvents {
        let line = dataset.moveLines[index]
        return TrackingEvents(from: usages[Int(line.from.index)], to: usages[Int(line.to.index)])
    }

    /// A lot's done lines (indices into `dataset.moveLines`), chronological.
    public func lines(of lot: LotID) -> [Int] { itemLines[Int(lot.index)].map(Int.init) }

    /// A lot's done lines, newest first: (date, sequence) descending.
    public func history(of lot: LotID) -> [Int] { itemLines[Int(lot.index)].reversed().map(Int.init) }

    /// Where a lot is now: its non-zero balances in internal locations, in location id order.
    public func onHand(of lot: LotID) -> [StockBalance] { Array(balances[Int(lot.index)]) }

    /// Every non-zero balance of an internal location from the lines dated at or before `date`
    /// (all lines when nil), in the order of `onHand`.
    public func onHand(asOf date: LocalDateTime?) -> [StockBalance] {
        guard let date else { return onHand }
        return TraceGraph.balances(
            lines: dataset.moveLines, items: items, itemLines: itemLines, usages: usages, asOf: date
        ).elements
    }

    /// The receipts of a lot itself (its `receiving` lines), grouped per reference, in order of
    /// their first line.
    public func receipts(of lot: LotID) -> [Receipt] { Array(receiptGroups[Int(lot.index)]) }

    /// The deliveries of a lot itself (its `shipping` lines), grouped per reference, net of
    /// returns, in order of their first line.
    public func deliveries(of lot: LotID) -> [Delivery] { Array(deliveryGroups[Int(lot.index)]) }

    /// The links by which `lot` was made (it is their child).
    public func links(into lot: LotID) -> [ProductionLink] {
        linksByChild[Int(lot.index)].map { productionLinks[Int($0)] }
    }

    /// The links by which lots were made from `lot` (it is their parent).
    public func links(outOf lot: LotID) -> [ProductionLink] {
        linksByParent[Int(lot.index)].map { productionLinks[Int($0)] }
    }
}
