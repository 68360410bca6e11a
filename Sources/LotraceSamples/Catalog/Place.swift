/// The stock locations the sample company uses, with Odoo 17 default names.
enum Place: Int, CaseIterable {
    case stock, coldRoom, vendors, customers, production, adjustment, scrap

    /// Internal places hold on-hand stock; they come first so they can index arrays.
    static let internalPlaces: [Place] = [.stock, .coldRoom]

    var isInternal: Bool { self == .stock || self == .coldRoom }

    /// Odoo's Full Location Name.
    var fullName: String {
        switch self {
        case .stock: "WH/Stock"
        case .coldRoom: "WH/Stock/Cold Room"
        case .vendors: "Partners/Vendors"
        case .customers: "Partners/Customers"
        case .production: "Virtual Locations/Production"
        case .adjustment: "Virtual Locations/Inventory adjustment"
        case .scrap: "Virtual Locations/Scrap"
        }
    }

    /// Where a product is kept once put away.
    static func home(of item: Item) -> Place {
        item.spec.cold ? .coldRoom : .stock
    }

    /// Every location of the export, used or parent: (Full Location Name, Location Type label).
    static let locationRows: [(String, String)] = [
        ("Partners", "View"),
        ("Partners/Vendors", "Vendor Location"),
        ("Partners/Customers", "Customer Location"),
        ("Virtual Locations", "View"),
        ("Virtual Locations/Production", "Production"),
        ("Virtual Locations/Inventory adjustment", "Inventory Loss"),
        ("Virtual Locations/Scrap", "Inventory Loss"),
        ("Physical Locations", "View"),
        ("Physical Locations/Inter-warehouse transit", "Transit Location"),
        ("WH", "View"),
        ("WH/Stock", "Internal Location"),
        ("WH/Stock/Cold Room", "Internal Location"),
    ]
}
