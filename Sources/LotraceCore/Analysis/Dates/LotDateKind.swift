/// The four dates of a lot (`stock.lot`, product_expiry), in the order Odoo's lot form shows them.
public enum LotDateKind: String, Sendable, Hashable, CaseIterable {
    case expiration
    case bestBefore
    case removal
    case alert

    /// Odoo 17's field label ("Expiration Date").
    public var label: String {
        switch self {
        case .expiration: "Expiration Date"
        case .bestBefore: "Best Before Date"
        case .removal: "Removal Date"
        case .alert: "Alert Date"
        }
    }

    /// The JSON key of the date ("expirationDate").
    public var jsonKey: String { rawValue + "Date" }

    /// The product's day count for this date (16+ semantics: days after the base for the
    /// expiration, days before the expiration for the others); nil when the product does not say.
    func days(of product: Product) -> Int? {
        switch self {
        case .expiration: product.expirationDays
        case .bestBefore: product.bestBeforeDays
        case .removal: product.removalDays
        case .alert: product.alertDays
        }
    }

    /// The lots-file value of this date.
    func exported(from lot: Lot) -> LocalDateTime? {
        switch self {
        case .expiration: lot.expirationDate
        case .bestBefore: lot.bestBeforeDate
        case .removal: lot.removalDate
        case .alert: lot.alertDate
        }
    }
}
