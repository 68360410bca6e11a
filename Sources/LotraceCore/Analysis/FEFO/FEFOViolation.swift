/// A done delivery that broke FEFO: it shipped `shipped` from `location` while `earlier`, a lot
/// of the same product with an earlier removal date that was still reservable, sat there.
public struct FEFOViolation: Sendable, Hashable {
    /// Index of the delivery line in `Dataset.moveLines`.
    public var line: Int
    public var product: ProductID
    public var location: LocationID
    public var shipped: LotID
    /// nil when the shipped lot has no removal date (it counts as the latest).
    public var shippedRemoval: LocalDateTime?
    /// The lot that should have gone first.
    public var earlier: LotID
    public var earlierRemoval: LocalDateTime
}
