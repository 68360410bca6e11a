/// The groups of an expiry alert list, most severe first. A lot appears once, in the first
/// group whose condition holds as of the list's moment D.
public enum ExpiryGroup: String, Sendable, Hashable, CaseIterable {
    /// Expiration date <= D: the goods may be dangerous; Odoo's "Expired".
    case expired
    /// Removal date <= D (not expired): FEFO no longer reserves it; take it off the shelves.
    case toRemove
    /// Alert date <= D (not to remove): Odoo's "Alert Date Reached" activity.
    case alert
    /// Expiration within the next 90 days (no date reached yet), bucketed 30, 60 or 90.
    case upcoming

    /// The JSON key of the group (`expired`, `toRemove`, `alert`, `upcoming`).
    public var jsonKey: String { rawValue }

    /// A heading for people.
    public var title: String {
        switch self {
        case .expired: "Expired"
        case .toRemove: "To remove"
        case .alert: "Alert reached"
        case .upcoming: "Coming due in 90 days"
        }
    }

    /// The date that puts a lot in this group (upcoming lots are ordered by expiration).
    public var governingDate: LotDateKind {
        switch self {
        case .expired, .upcoming: .expiration
        case .toRemove: .removal
        case .alert: .alert
        }
    }
}
