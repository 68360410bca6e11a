import LotraceCore
import LotraceRender

/// The split-supplier-lot scenario: supplier lot GM-1 (flour lot F1, 100 kg) is split across
/// two manufacturing orders (60 kg into biscuits B1, 30 kg with 20 kg of another flour lot F2
/// into biscuits B2); B1 goes to two customers, one returns part of it, some is scrapped, some
/// moved to the cold room; B2 goes to one customer; a count takes 2 kg of F1.
enum RecallFixture {
    typealias F = ScenarioFixture
    static let scrap = "Virtual Locations/Scrap"
    static let coldRoom = "WH/Stock/Cold Room"
    static let flour = "[FL-001] Flour"
    static let biscuits = "[BI-001] Biscuits"

    /// The move lines; `removing` leaves out the lines with that reference.
    static func moveLines(removing reference: String? = nil) -> [[String]] {
        [
            F.line("2025-02-03 08:00:00", "WH/IN/00001", flour, "F1", F.vendors, F.stock, "100", transfer: "WH/IN/00001"),
            F.line("2025-02-03 09:00:00", "WH/IN/00002", flour, "F2", F.vendors, F.stock, "50", transfer: "WH/IN/00002"),
            F.line("2025-02-04 06:00:00", "WH/MO/00001", flour, "F1", F.stock, F.production, "60"),
            F.line("2025-02-04 06:00:00", "WH/MO/00001", biscuits, "B1", F.production, F.stock, "120"),
            F.line("2025-02-05 06:00:00", "WH/MO/00002", flour, "F1", F.stock, F.production, "30"),
            F.line("2025-02-05 06:00:00", "WH/MO/00002", flour, "F2", F.stock, F.production, "20"),
            F.line("2025-02-05 06:00:00", "WH/MO/00002", biscuits, "B2", F.production, F.stock, "60"),
            F.line("2025-02-06 10:00:00", "WH/OUT/00001", biscuits, "B1", F.stock, F.customers, "50", transfer: "WH/OUT/00001"),
            F.line("2025-02-06 11:00:00", "WH/OUT/00002", biscuits, "B1", F.stock, F.customers, "40", transfer: "WH/OUT/00002"),
            F.line("2025-02-07 09:00:00", "WH/RET/00001", biscuits, "B1", F.customers, F.stock, "10", transfer: "WH/RET/00001"),
            F.line("2025-02-07 10:00:00", "SP/00001", biscuits, "B1", F.stock, scrap, "5"),
            F.line("2025-02-07 12:00:00", "WH/INT/00001", biscuits, "B1", F.stock, coldRoom, "10", transfer: "WH/INT/00001"),
            F.line("2025-02-08 10:00:00", "WH/OUT/00003", biscuits, "B2", F.stock, F.customers, "20", transfer: "WH/OUT/00003"),
            F.line("2025-02-10 07:00:00", "Product Quantity Updated", flour, "F1", F.stock, F.adjustment, "2"),
        ].filter { $0[1] != reference }
    }

    /// The data folder; `onHand` adds the lots file's On Hand Quantity column (Odoo's quants).
    static func files(removing reference: String? = nil, onHand: Bool = true) -> [InputData] {
        let lotHeader = ["Lot/Serial Number", "Product", "Internal Reference"] + (onHand ? ["On Hand Quantity"] : [])
        let lots = [["F1", flour, "GM-1", "8"], ["F2", flour, "GM-2", "30"], ["B1", biscuits, "", "35"], ["B2", biscuits, "", "40"]]
        return [
            F.csv(
                "product.product.csv", ["Name", "Internal Reference", "Tracking", "Unit of Measure"],
                [["Flour", "FL-001", "By Lots", "kg"], ["Biscuits", "BI-001", "By Lots", "Units"]]),
            F.csv("stock.lot.csv", lotHeader, lots.map { onHand ? $0 : Array($0.prefix(3)) }),
            F.csv(
                "res.partner.csv", ["Name", "Related Company", "Street", "City", "Zip", "Country", "Email", "Phone"],
                [
                    ["Alpine Foods", "", "1 Lake Road", "Lucerne", "6003", "Switzerland", "orders@alpine.example", ""],
                    ["Jana Novak", "Alpine Foods", "1 Lake Road", "Lucerne", "6003", "Switzerland", "jana@alpine.example", "+41 41 000 00 00"],
                    ["Brook Cafe", "", "5 High Street", "Leeds", "LS1 4AP", "United Kingdom", "hello@brook.example", ""],
                    ["Greenfield Mills", "", "Mill Lane", "Ely", "CB7 4AA", "United Kingdom", "sales@greenfield.example", ""],
                ]),
            F.transfers([
                F.transfer("WH/IN/00001", origin: "P00001", contact: "Greenfield Mills", date: "2025-02-03 08:00:00", type: "WH: Receipts"),
                F.transfer("WH/IN/00002", origin: "P00002", contact: "Greenfield Mills", date: "2025-02-03 09:00:00", type: "WH: Receipts"),
                F.transfer("WH/OUT/00001", origin: "S00001", contact: "Alpine Foods, Jana Novak", date: "2025-02-06 10:00:00", type: "WH: Delivery Orders"),
                F.transfer("WH/OUT/00002", origin: "S00002", contact: "Brook Cafe", date: "2025-02-06 11:00:00", type: "WH: Delivery Orders"),
                F.transfer("WH/RET/00001", origin: "Return of WH/OUT/00002", contact: "Brook Cafe", date: "2025-02-07 09:00:00", type: "WH: Returns"),
                F.transfer("WH/INT/00001", date: "2025-02-07 12:00:00", type: "WH: Internal Transfers"),
                F.transfer("WH/OUT/00003", origin: "S00003", contact: "Alpine Foods, Jana Novak", date: "2025-02-08 10:00:00", type: "WH: Delivery Orders"),
            ]),
            F.moveLines(moveLines(removing: reference)),
        ]
    }

    /// The generation time every test uses.
    static let generated = LocalDateTime(year: 2025, month: 3, day: 1, hour: 12)!

    /// The recall of `selection` in `files`.
    static func report(_ files: [InputData], _ selection: RecallSelection) throws(RecallSelectionError) -> RecallReport {
        let graph = F.graph(files)
        return try RecallReport(
            graph: graph, selection: selection, company: "Hartwell Bakery Ltd", timeZone: "Europe/London",
            generated: generated)
    }

    /// A JSON member of the report, compact.
    static func member(_ report: RecallReport, _ key: String) -> String {
        guard case .object(let members) = report.json, let value = members.first(where: { $0.0 == key })?.1 else {
            return "missing \(key)"
        }
        return value.serialized(pretty: false)
    }
}
