/// How a product is tracked: by quantity (no identity), by lots, or by unique serial numbers.
public enum Tracking: String, Sendable, Hashable, CaseIterable, Encodable {
    case none
    case lot
    case serial

    /// Reads an Odoo 17/18/19 label ("By Lots", "No Tracking", "By Quantity") or key ("lot").
    public init?(odooValue: String) {
        switch odooValue {
        case "By Unique Serial Number", "serial": self = .serial
        case "By Lots", "lot": self = .lot
        case "No Tracking", "By Quantity", "none": self = .none
        default: return nil
        }
    }

    /// True for lot and serial tracking.
    public var isTracked: Bool { self != .none }
}
