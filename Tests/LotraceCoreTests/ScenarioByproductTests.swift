import Testing

import LotraceCore

/// Odoo's S9 (`test_tracking_on_byproducts`): a serial finished product with two serial raw
/// materials and two serial byproducts, made in two batches (the second a backorder MO). Each
/// batch's raw serials are parents of that batch's finished and byproduct serials only.
@Suite("Scenario S9: byproducts in two batches")
struct ScenarioByproductTests {
    typealias F = ScenarioFixture

    private static let files: [InputData] = {
        var lines: [[String]] = []
        for batch in 1...2 {
            for raw in ["Raw 1", "Raw 2"] {
                let code = raw.replacingOccurrences(of: " ", with: "")
                lines.append(
                    F.line("2024-06-01 08:00:00", "WH/IN/00001", "[\(code)] \(raw)", "\(code)_lot_\(batch)", F.vendors, F.stock, "1",
                        transfer: "WH/IN/00001"))
            }
        }
        for batch in 1...2 {
            let mo = batch == 1 ? "WH/MO/00001" : "WH/MO/00001-002"
            let date = "2024-06-0\(batch + 1) 10:00:00"
            for (code, name) in [("Raw1", "Raw 1"), ("Raw2", "Raw 2")] {
                lines.append(F.line(date, mo, "[\(code)] \(name)", "\(code)_lot_\(batch)", F.stock, F.production, "1"))
            }
            for (code, name, lot) in [("FIN", "Finished Product", "Final_lot"), ("BY1", "Byproduct 1", "Byproduct_1_lot"), ("BY2", "Byproduct 2", "Byproduct_2_lot")] {
                lines.append(F.line(date, mo, "[\(code)] \(name)", "\(lot)_\(batch)", F.production, F.stock, "1"))
            }
        }
        let serial = "By Unique Serial Number"
        return [
            F.products([
                ("Finished Product", "FIN", serial), ("Raw 1", "Raw1", serial), ("Raw 2", "Raw2", serial),
                ("Byproduct 1", "BY1", serial), ("Byproduct 2", "BY2", serial),
            ]),
            F.transfers([F.transfer("WH/IN/00001", contact: "Wood Corner", date: "2024-06-01 08:00:00", type: "WH: Receipts")]),
            F.moveLines(lines),
        ]
    }()

    @Test("raw lot 1 goes into final lot 1 and byproduct lots 1 only")
    func batches() throws {
        let graph = F.graph(Self.files)
        for batch in 1...2 {
            for raw in ["Raw1", "Raw2"] {
                let lot = try graph.dataset.resolveLot(named: "\(raw)_lot_\(batch)")
                #expect(
                    F.names(graph, graph.downstreamLots(of: lot))
                        == ["FIN/Final_lot_\(batch)", "BY1/Byproduct_1_lot_\(batch)", "BY2/Byproduct_2_lot_\(batch)"])
            }
            let final = try graph.dataset.resolveLot(named: "Final_lot_\(batch)")
            #expect(F.names(graph, graph.upstreamLots(of: final)) == ["Raw1/Raw1_lot_\(batch)", "Raw2/Raw2_lot_\(batch)"])
        }
    }

    @Test("a byproduct's upstream receipts are the raw serials' receipt, once per lot")
    func receipts() throws {
        let graph = F.graph(Self.files)
        let json = try F.traceJSON(graph, lot: "Byproduct_1_lot_2")
        #expect(
            json.contains(
                """
                "upstream":{"lots":[{"product":"Raw1","lot":"Raw1_lot_2"},{"product":"Raw2","lot":"Raw2_lot_2"}],"receipts":[\
                {"reference":"WH/IN/00001","partner":"Wood Corner","date":"2024-06-01 08:00:00","product":"Raw1","lot":"Raw1_lot_2","quantity":1},\
                {"reference":"WH/IN/00001","partner":"Wood Corner","date":"2024-06-01 08:00:00","product":"Raw2","lot":"Raw2_lot_2","quantity":1}]}
                """))
    }
}
