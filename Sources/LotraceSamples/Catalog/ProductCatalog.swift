/// The product table, in `Item` order.
extension ProductSpec {
    typealias E = Expiry
    typealias P = Purchase

    static let catalog: [ProductSpec] = [
        food("FL-001", "Wheat Flour T55", "FLR", 101, .kg, E(expiration: 240, bestBefore: 30, removal: 14, alert: 30),
             buy: P(vendor: 0, pack: 25_000, lotMax: 1_000_000, reorderDays: 5, coverDays: 14)),
        food("SU-001", "Cane Sugar", "SUG", 102, .kg, E(expiration: 730, bestBefore: 60, removal: 30, alert: 60),
             buy: P(vendor: 1, pack: 25_000, lotMax: 1_000_000, reorderDays: 5, coverDays: 14)),
        food("BU-001", "Butter 82%", "BUT", 103, .kg, E(expiration: 60, bestBefore: 10, removal: 5, alert: 10),
             cold: true, buy: P(vendor: 2, pack: 10_000, lotMax: 250_000, reorderDays: 3, coverDays: 8)),
        food("MI-001", "Whole Milk", "MLK", 104, .litres, E(expiration: 10, bestBefore: 2, removal: 1, alert: 3),
             cold: true, buy: P(vendor: 2, pack: 20_000, lotMax: 500_000, reorderDays: 2, coverDays: 4)),
        food("EG-001", "Free-range Eggs", "EGG", 105, .units, E(expiration: 28, bestBefore: 7, removal: 3, alert: 7),
             cold: true, buy: P(vendor: 3, pack: 360_000, lotMax: 3_600_000, reorderDays: 3, coverDays: 7)),
        food("CO-001", "Cocoa Powder 22/24", "COC", 106, .kg, E(expiration: 540, bestBefore: 60, removal: 30, alert: 60),
             buy: P(vendor: 4, pack: 25_000, lotMax: 500_000, reorderDays: 5, coverDays: 14)),
        food("VA-001", "Bourbon Vanilla Extract", "VAN", 107, .litres,
             E(expiration: 730, bestBefore: 60, removal: 30, alert: 60),
             buy: P(vendor: 4, pack: 1_000, lotMax: 20_000, reorderDays: 5, coverDays: 20)),
        plain("SA-001", "Sea Salt", 108, .kg, buy: P(vendor: 1, pack: 25_000, lotMax: 0, reorderDays: 5, coverDays: 20)),
        food("PK-001", "Printed Biscuit Box 200 g", "BOX", 109, .units, nil,
             buy: P(vendor: 5, pack: 1_000_000, lotMax: 10_000_000, reorderDays: 5, coverDays: 15)),
        plain("PK-002", "Cake Board 24 cm", 110, .units,
              buy: P(vendor: 5, pack: 200_000, lotMax: 0, reorderDays: 5, coverDays: 15)),
        food("DG-001", "Shortbread Dough", "DGH", nil, .kg, E(expiration: 4, bestBefore: 1, removal: 1, alert: 1)),
        food("CR-001", "Chocolate Cream", "CRM", nil, .kg, E(expiration: 5, bestBefore: 1, removal: 1, alert: 2)),
        food("BA-001", "Sponge Batter", "BAT", nil, .kg, E(expiration: 2, bestBefore: 0, removal: 0, alert: 1)),
        food("BI-001", "Butter Shortbread Biscuits 200 g", "SHB", 201, .units,
             E(expiration: 120, bestBefore: 30, removal: 10, alert: 20)),
        food("BI-002", "Chocolate Sandwich Biscuits 200 g", "CSB", 202, .units,
             E(expiration: 90, bestBefore: 20, removal: 7, alert: 14)),
        food("CA-001", "Chocolate Layer Cake", "CLC", 203, .units, E(expiration: 7, bestBefore: 2, removal: 1, alert: 2),
             cold: true),
        food("CA-002", "Vanilla Sponge Cake", "VSC", 204, .units, E(expiration: 6, bestBefore: 2, removal: 1, alert: 2),
             cold: true),
        serial("EL-100", "Temperature Probe TP-1", "TP1", 301, buy: P(vendor: 6, pack: 1_000, lotMax: 1_000, reorderDays: 6, coverDays: 15)),
        serial("EL-200", "Logger Controller Board CB-2", "CB2", 302,
               buy: P(vendor: 6, pack: 1_000, lotMax: 1_000, reorderDays: 6, coverDays: 15)),
        serial("EL-300", "ColdTrack Data Logger CT-3", "CT3", 303, buy: nil),
        serial("EL-400", "Display Thermometer DT-4", "DT4", 304,
               buy: P(vendor: 6, pack: 1_000, lotMax: 1_000, reorderDays: 6, coverDays: 15)),
    ]

    private static func food(_ code: String, _ name: String, _ prefix: String, _ gtin: Int?, _ unit: Unit,
                             _ expiry: Expiry?, cold: Bool = false, buy: Purchase? = nil) -> ProductSpec {
        ProductSpec(code: code, name: name, lotPrefix: prefix, gtinItem: gtin, tracking: .lot, unit: unit,
                    expiry: expiry, cold: cold, purchase: buy, electronics: false)
    }

    private static func plain(_ code: String, _ name: String, _ gtin: Int, _ unit: Unit, buy: Purchase) -> ProductSpec {
        ProductSpec(code: code, name: name, lotPrefix: "", gtinItem: gtin, tracking: .none, unit: unit,
                    expiry: nil, cold: false, purchase: buy, electronics: false)
    }

    private static func serial(_ code: String, _ name: String, _ prefix: String, _ gtin: Int,
                               buy: Purchase?) -> ProductSpec {
        ProductSpec(code: code, name: name, lotPrefix: prefix, gtinItem: gtin, tracking: .serial, unit: .units,
                    expiry: nil, cold: false, purchase: buy, electronics: true)
    }
}
