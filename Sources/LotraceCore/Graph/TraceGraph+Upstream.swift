extension TraceGraph {
    /// Where a lot came from: every lot it was made from, recursively, and the receipts of
    /// those lots and of the lot itself.
    public struct Upstream: Sendable, Hashable {
        /// Ancestor lots, breadth-first (nearest first), without the lot itself.
        public var lots: [LotID]
        /// Receipts of the lot itself, then of each ancestor in `lots` order; one per
        /// (reference, product, lot).
        public var receipts: [Receipt]
    }

    /// Every lot `lot` was made from, recursively (cycle-safe), breadth-first, without `lot`.
    public func upstreamLots(of lot: LotID) -> [LotID] {
        LotClosure.lots(from: lot) { links(into: $0).map(\.parent) }
    }

    /// The upstream of `lot`: its ancestor lots and the receipts of it and them.
    public func upstream(of lot: LotID) -> Upstream {
        let lots = upstreamLots(of: lot)
        return Upstream(lots: lots, receipts: ([lot] + lots).flatMap { receipts(of: $0) })
    }
}
