/// Master data of one product, as the sample company keeps it in Odoo.
struct ProductSpec {
    /// Odoo's product tracking (lots, unique serial numbers, or none).
    enum Tracking {
        case none, lot, serial
    }

    /// Odoo 17 unit-of-measure names.
    enum Unit: String {
        case units = "Units"
        case kg
        case litres = "L"

        /// Smallest quantity step in thousandths (whole units, or 10 g / 10 ml).
        var step: Int { self == .units ? 1000 : 10 }
    }

    /// Expiry day counts (Odoo's Expiration, Best Before, Removal, Alert "Date" fields).
    struct Expiry {
        let expiration: Int
        let bestBefore: Int
        let removal: Int
        let alert: Int
    }

    /// How the product is bought.
    struct Purchase {
        let vendor: Int
        /// Order multiple, thousandths.
        let pack: Int
        /// Largest quantity a vendor ships under one lot, thousandths.
        let lotMax: Int
        /// Reorder when stock covers fewer days than this.
        let reorderDays: Int
        /// Order enough to cover this many days.
        let coverDays: Int
    }

    let code: String
    let name: String
    let lotPrefix: String
    let gtinItem: Int?
    let tracking: Tracking
    let unit: Unit
    let expiry: Expiry?
    let cold: Bool
    let purchase: Purchase?
    let electronics: Bool

    /// Odoo's product display name, "[CODE] Name".
    var displayName: String { "[\(code)] \(name)" }

    /// The product's GTIN-13, if it has a barcode.
    var barcode: String { gtinItem.map { GTIN.gtin13(item: $0) } ?? "" }
}
