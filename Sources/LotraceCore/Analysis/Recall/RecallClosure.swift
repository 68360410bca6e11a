/// The lots a recall reaches: the recalled lots and everything made from them, recursively
/// through manufacturing orders, each with the shortest chain of orders that makes it affected.
///
/// Breadth-first from all recalled lots at once (in the order given), each lot reached once
/// (cycle-safe); a lot's path follows the link that reached it first, so it is one of the
/// shortest, the same on every run.
public struct RecallClosure: Sendable, Hashable {
    /// How a lot was reached: from `parent` by the manufacturing order `reference`.
    public struct Step: Sendable, Hashable {
        public var parent: LotID
        /// Index into `Dataset.references`.
        public var reference: Int32
    }

    /// The recalled lots, then the lots found from them, nearest first.
    public private(set) var lots: [LotID] = []
    /// Per lot of `lots`: 0 for a recalled lot, else the number of orders on its path.
    public private(set) var depths: [LotID: Int] = [:]
    /// Per lot found downstream: the link that reached it.
    public private(set) var steps: [LotID: Step] = [:]

    /// The closure of `recalled` in `graph`.
    public init(graph: TraceGraph, recalled: [LotID]) {
        for lot in recalled where depths[lot] == nil {
            depths[lot] = 0
            lots.append(lot)
        }
        var head = 0
        while head < lots.count {
            let lot = lots[head]
            head += 1
            for link in graph.links(outOf: lot) where depths[link.child] == nil {
                depths[link.child] = depths[lot]! + 1
                steps[link.child] = Step(parent: lot, reference: link.reference)
                lots.append(link.child)
            }
        }
    }

    /// The chain from a recalled lot to `lot`: each lot with the order that made it from the
    /// one before (nil for the recalled lot that starts the chain).
    public func path(to lot: LotID) -> [(lot: LotID, order: Int32?)] {
        var chain: [(lot: LotID, order: Int32?)] = []
        var current = lot
        while let step = steps[current] {
            chain.append((current, step.reference))
            current = step.parent
        }
        chain.append((current, nil))
        return chain.reversed()
    }

    /// The source lots of `lots` for a recall from a complaint: each lot and its ancestors that
    /// were received from a vendor or made from nothing (opening stock), in the order found.
    public static func sources(of lots: [LotID], in graph: TraceGraph) -> [LotID] {
        var seen = Set<LotID>()
        var sources: [LotID] = []
        for lot in lots {
            for candidate in [lot] + graph.upstreamLots(of: lot) where seen.insert(candidate).inserted {
                if !graph.receipts(of: candidate).isEmpty || graph.links(into: candidate).isEmpty {
                    sources.append(candidate)
                }
            }
        }
        return sources
    }
}
