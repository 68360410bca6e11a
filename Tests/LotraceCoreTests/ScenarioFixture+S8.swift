import LotraceCore

extension ScenarioFixture {
    /// Odoo's S8 (`test_last_delivery_traceability`) as exports: SubA -> CompA -> EndA through
    /// two MOs, EndA delivered by Picking A (WH/OUT/00001).
    static let s8: [InputData] = [
        products([("SubA", "SUB-A", "By Lots"), ("CompA", "COMP-A", "By Lots"), ("EndA", "END-A", "By Lots")]),
        transfers([
            transfer("WH/IN/00001", origin: "P00001", contact: "Wood Corner", date: "2024-03-01 09:00:00", type: "WH: Receipts"),
            transfer("WH/OUT/00001", origin: "S00001", contact: "Deco Addict", date: "2024-03-04 15:00:00", type: "WH: Delivery Orders"),
        ]),
        moveLines([
            line("2024-03-01 09:00:00", "WH/IN/00001", "[SUB-A] SubA", "lot SubA", vendors, stock, "1", transfer: "WH/IN/00001"),
            line("2024-03-02 10:00:00", "WH/MO/00001", "[SUB-A] SubA", "lot SubA", stock, production, "1"),
            line("2024-03-02 10:00:00", "WH/MO/00001", "[COMP-A] CompA", "lot CompA", production, stock, "1"),
            line("2024-03-03 10:00:00", "WH/MO/00002", "[COMP-A] CompA", "lot CompA", stock, production, "1"),
            line("2024-03-03 10:00:00", "WH/MO/00002", "[END-A] EndA", "lot EndA", production, stock, "1"),
            line("2024-03-04 15:00:00", "WH/OUT/00001", "[END-A] EndA", "lot EndA", stock, customers, "1", transfer: "WH/OUT/00001"),
        ]),
    ]
}
