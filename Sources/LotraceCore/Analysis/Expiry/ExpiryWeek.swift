/// The stock whose expiration falls in one week after an expiry list's moment: the bars of the
/// timeline picture.
public struct ExpiryWeek: Sendable, Hashable {
    /// Quantity in one unit of measure (units are never added together).
    public struct UnitQuantity: Sendable, Hashable {
        public var unit: String
        public var quantity: Quantity
    }

    /// 1-based week number after the moment.
    public var number: Int
    /// The week is (start, end]: start excluded, end included.
    public var start: LocalDateTime
    public var end: LocalDateTime
    /// Lots coming due in the week.
    public var lots: Int
    /// Their on-hand quantity per unit, units in byte order.
    public var quantities: [UnitQuantity]
}
