/// Records of Odoo itself that a module's data files refer to without defining them
/// (`ref="stock.stock_location_suppliers"`), and what Lotrace knows of them. A `ref` to any
/// other record the folder does not define is unresolved.
enum OdooKnownRecords {
    /// A known record: its model and the text Lotrace needs (a location's full name, a unit's
    /// or company's name).
    struct Record: Sendable {
        var model: String
        var name: String
    }

    static func record(_ id: String) -> Record? {
        if let name = DefaultLocations.externalIDs[id] { return Record(model: "stock.location", name: name) }
        if let name = units[id] { return Record(model: "uom.uom", name: name) }
        // Odoo's first company, whose name is the database's own: the records keep no company
        // name, as an export of a database without a Company column.
        if id == "base.main_company" { return Record(model: "res.company", name: "") }
        return nil
    }

    /// The units of Odoo's `uom` module (`uom/data/uom_data.xml`, English names).
    static let units: [String: String] = [
        "uom.product_uom_unit": "Units", "uom.product_uom_dozen": "Dozens", "uom.product_uom_kgm": "kg",
        "uom.product_uom_gram": "g", "uom.product_uom_ton": "t", "uom.product_uom_lb": "lb", "uom.product_uom_oz": "oz",
        "uom.product_uom_litre": "L", "uom.product_uom_cubic_meter": "m³", "uom.product_uom_meter": "m",
        "uom.product_uom_km": "km", "uom.product_uom_cm": "cm", "uom.product_uom_day": "Days",
        "uom.product_uom_hour": "Hours",
    ]
}
