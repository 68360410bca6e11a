/// Location usage without a locations file (docs/data-contract.md section 2.6): Odoo's default location names
/// (14, 17/18 and 19 variants), else internal for a path under a warehouse code.
public enum DefaultLocations {
    /// Odoo's default full names and their usage.
    public static let usages: [String: LocationUsage] = [
        // 17 and 18
        "Partners/Vendors": .supplier,
        "Partners/Customers": .customer,
        "Virtual Locations/Production": .production,
        "Virtual Locations/Inventory adjustment": .inventory,
        "Virtual Locations/Scrap": .inventory,
        "Physical Locations/Inter-warehouse transit": .transit,
        "Virtual Locations/Inter-company transit": .transit,
        // 14
        "Partner Locations/Vendors": .supplier,
        "Partner Locations/Customers": .customer,
        // 19: the same without the parent
        "Vendors": .supplier,
        "Customers": .customer,
        "Production": .production,
        "Inventory adjustment": .inventory,
        "Scrap": .inventory,
        "Inter-warehouse transit": .transit,
        "Inter-company transit": .transit,
    ]

    /// Parents of Odoo's virtual and partner locations: a path under them is not a warehouse's.
    static let virtualParents: Set<Substring> = [
        "Partners", "Partner Locations", "Virtual Locations", "Physical Locations",
    ]

    /// The usage of `fullName` and how it was inferred; nil when neither a default name nor a
    /// warehouse path (at least two non-empty segments under a warehouse code).
    public static func infer(_ fullName: String) -> (LocationUsage, LocationUsageSource)? {
        if let usage = usages[fullName] { return (usage, .defaultName) }
        let segments = fullName.split(separator: "/", omittingEmptySubsequences: false)
        guard segments.count >= 2, !segments.contains(where: \.isEmpty),
            !virtualParents.contains(segments[0])
        else { return nil }
        return (.internal, .warehousePath)
    }

    /// Odoo's own XML ids of its default locations (for `location_id/id` columns and XML refs),
    /// as `stock/data/stock_data.xml` (17/18) names them; the three views are parents only.
    public static let externalIDs: [String: String] = [
        "stock.stock_location_stock": "WH/Stock",
        "stock.stock_location_suppliers": "Partners/Vendors",
        "stock.stock_location_customers": "Partners/Customers",
        "stock.stock_location_inter_wh": "Virtual Locations/Inter-company transit",
        "stock.stock_location_locations": "Physical Locations",
        "stock.stock_location_locations_partner": "Partners",
        "stock.stock_location_locations_virtual": "Virtual Locations",
    ]
}
