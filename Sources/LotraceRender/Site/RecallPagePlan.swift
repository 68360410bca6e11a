import LotraceCore

/// Which lots get a pre-built recall page on the site (`RecallPagesStep`), and how far the recall
/// of every lot reaches (lot pages say it).
///
/// A recall usually starts from a supplier's lot (a lot received from a vendor) or from a
/// finished lot that reached customers (a lot made by a manufacturing order and delivered), so
/// those are the candidates, when their recall is small (`RecallLink.Size.isSmall`). At most
/// `limit` of them get a page, the most recently moved first: a year of data holds hundreds of
/// thousands of lots, and a recall page repeats much of its lot page. Every other lot page shows
/// the `lotrace recall` command that writes the report.
struct RecallPagePlan: Sendable {
    /// The most pre-built recall pages a site holds.
    static let limit = 1_000

    /// How far a recall of each lot reaches, by lot index.
    let sizes: [RecallLink.Size]
    /// The lots with a page, in the order they were chosen.
    let lots: [LotID]
    /// By lot index: true when the lot has a page.
    private let chosen: [Bool]

    /// The plan for `graph`'s lots, with at most `limit` pages.
    init(graph: TraceGraph, limit: Int = RecallPagePlan.limit) {
        let count = graph.dataset.lots.count
        sizes = (0..<count).map { RecallLink.size(of: LotID($0), graph: graph) }
        var candidates: [(lot: LotID, last: LocalDateTime)] = []
        for index in 0..<count where sizes[index].isSmall {
            let lot = LotID(index)
            let received = !graph.receipts(of: lot).isEmpty
            let finished = !graph.links(into: lot).isEmpty && !graph.deliveries(of: lot).isEmpty
            guard received || finished, let last = graph.lines(of: lot).last else { continue }
            candidates.append((lot, graph.dataset.moveLines[last].date))
        }
        let dataset = graph.dataset
        let ordered = candidates.sorted { a, b in
            if a.last != b.last { return a.last > b.last }
            return ExactText(dataset[dataset[a.lot].product].key + "\u{0}" + dataset[a.lot].name)
                < ExactText(dataset[dataset[b.lot].product].key + "\u{0}" + dataset[b.lot].name)
        }
        lots = ordered.prefix(limit).map(\.lot)
        var chosen = [Bool](repeating: false, count: count)
        for lot in lots { chosen[Int(lot.index)] = true }
        self.chosen = chosen
    }

    /// True when `lot` has a pre-built page.
    func hasPage(_ lot: LotID) -> Bool { chosen[Int(lot.index)] }
}
