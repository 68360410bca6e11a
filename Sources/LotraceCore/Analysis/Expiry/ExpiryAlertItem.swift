/// One lot of an expiry alert list: its dates, how far the expiration is, and its stock.
public struct ExpiryAlertItem: Sendable, Hashable {
    public var productID: ProductID
    public var lotID: LotID
    /// `Product.key` (Internal Reference, else display name).
    public var product: String
    /// The product's display name ("[FL-001] Wheat Flour T55").
    public var productName: String
    public var lot: String
    public var expirationDate: LocalDateTime?
    public var bestBeforeDate: LocalDateTime?
    public var removalDate: LocalDateTime?
    public var alertDate: LocalDateTime?
    /// Where each date came from (export or computed).
    public var dates: LotDates
    public var group: ExpiryGroup
    /// Calendar days from the as-of day to the expiration day: positive = left, 0 = today,
    /// negative = overdue; nil without an expiration date.
    public var daysLeft: Int?
    /// For upcoming lots: 30, 60 or 90 (the first bucket the expiration falls in); nil otherwise.
    public var dueWithin: Int?
    /// Positive stock per internal location as of the list's moment, by location full name.
    public var onHand: [ReportRow.LocationStock]
    /// The sum of `onHand`.
    public var total: Quantity
    /// The product's unit.
    public var unit: String

    /// "12 days left", "due today", "3 days overdue", "" without an expiration date.
    public var daysText: String {
        guard let daysLeft else { return "" }
        switch daysLeft {
        case 0: return "due today"
        case 1: return "1 day left"
        case -1: return "1 day overdue"
        case ..<0: return "\(-daysLeft) days overdue"
        default: return "\(daysLeft) days left"
        }
    }
}
