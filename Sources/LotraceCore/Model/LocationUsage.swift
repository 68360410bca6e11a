/// Odoo's Location Type (`stock.location.usage`).
public enum LocationUsage: String, Sendable, Hashable, CaseIterable {
    case supplier
    case view
    case `internal`
    case customer
    case inventory
    case production
    case transit

    /// Reads a label ("Internal Location", "Vendor Location") or a key ("internal").
    public init?(odooValue: String) {
        switch odooValue {
        case "Vendor Location", "supplier": self = .supplier
        case "View", "view": self = .view
        case "Internal Location", "internal": self = .internal
        case "Customer Location", "customer": self = .customer
        case "Inventory Loss", "inventory": self = .inventory
        case "Production", "production": self = .production
        case "Transit Location", "transit": self = .transit
        default: return nil
        }
    }

    /// Stock held here counts as on hand.
    public var holdsStock: Bool { self == .internal }
}

/// Where a location's usage was learnt, so answers can say how sure they are.
public enum LocationUsageSource: String, Sendable, Hashable {
    /// The locations file's Location Type column.
    case locationsFile
    /// One of Odoo's default location names (Partners/Vendors, Virtual Locations/Production...).
    case defaultName
    /// A path under a warehouse code ("WH/Stock/Shelf 1").
    case warehousePath
    /// The move-line export's Source/Destination Location Type column.
    case moveLineColumn
}
