/// One manufacturing edge: lot `parent` was consumed by the manufacturing order `reference`,
/// which produced lot `child`.
public struct ProductionLink: Sendable, Hashable, Comparable {
    public var parent: LotID
    public var child: LotID
    /// Index into `Dataset.references` (the manufacturing order).
    public var reference: Int32

    /// Ordered by (parent, child, reference).
    public static func < (a: ProductionLink, b: ProductionLink) -> Bool {
        (a.parent, a.child, a.reference) < (b.parent, b.child, b.reference)
    }
}
