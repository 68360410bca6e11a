extension TraceGraph {
    /// Where a lot went: every lot made from it, recursively, and the deliveries of it and them.
    public struct Downstream: Sendable, Hashable {
        /// Descendant lots, breadth-first (nearest first), without the lot itself.
        public var lots: [LotID]
        /// Deliveries (net of returns) of the lot itself, then of each descendant in `lots`
        /// order; one per (reference, product, lot).
        public var deliveries: [Delivery]
    }

    /// Every lot made from `lot`, recursively (cycle-safe), breadth-first, without `lot`.
    public func downstreamLots(of lot: LotID) -> [LotID] {
        LotClosure.lots(from: lot) { links(outOf: $0).map(\.child) }
    }

    /// The downstream of `lot`: its descendant lots and the deliveries of it and them.
    public func downstream(of lot: LotID) -> Downstream {
        let lots = downstreamLots(of: lot)
        return Downstream(lots: lots, deliveries: ([lot] + lots).flatMap { deliveries(of: $0) })
    }
}
