import Testing

import LotraceCore

/// Odoo's S7 (`test_tracking_types_on_mo`): components tracked by quantity, lot and serial go
/// into three MOs, one per finished tracking type. Untracked lines make no lot node; the lot and
/// serial components are parents of the tracked finished lots. The two tracked finished
/// products share the lot name "Serial or Lot finished".
@Suite("Scenario S7: tracking types on a manufacturing order")
struct ScenarioTrackingTypesTests {
    typealias F = ScenarioFixture
    static let finished = "Serial or Lot finished"

    private static let files: [InputData] = {
        var lines = [
            F.line("2024-05-01 08:00:00", "Product Quantity Updated", "[C-NONE] Component none", "", F.adjustment, F.stock, "3"),
            F.line("2024-05-01 08:00:00", "Product Quantity Updated", "[C-LOT] Component lot", "L1", F.adjustment, F.stock, "3"),
        ]
        for serial in ["S1", "S2", "S3"] {
            lines.append(
                F.line("2024-05-01 08:00:00", "Product Quantity Updated", "[C-SERIAL] Component serial", serial, F.adjustment, F.stock, "1"))
        }
        for (index, (product, lot)) in [("[F-NONE] Finished none", ""), ("[F-LOT] Finished lot", finished), ("[F-SERIAL] Finished serial", finished)]
            .enumerated()
        {
            let mo = "WH/MO/0000\(index + 1)"
            let date = "2024-05-02 1\(index):00:00"
            lines += [
                F.line(date, mo, "[C-NONE] Component none", "", F.stock, F.production, "1"),
                F.line(date, mo, "[C-LOT] Component lot", "L1", F.stock, F.production, "1"),
                F.line(date, mo, "[C-SERIAL] Component serial", "S\(index + 1)", F.stock, F.production, "1"),
                F.line(date, mo, product, lot, F.production, F.stock, "1"),
            ]
        }
        return [
            F.products([
                ("Component none", "C-NONE", "No Tracking"), ("Component lot", "C-LOT", "By Lots"),
                ("Component serial", "C-SERIAL", "By Unique Serial Number"), ("Finished none", "F-NONE", "No Tracking"),
                ("Finished lot", "F-LOT", "By Lots"), ("Finished serial", "F-SERIAL", "By Unique Serial Number"),
            ]),
            F.moveLines(lines),
        ]
    }()

    @Test("tracked finished lots have the lot and serial components as parents, one unit each")
    func parents() throws {
        let graph = F.graph(Self.files)
        let finishedLot = try graph.dataset.resolveLot(named: Self.finished, product: "F-LOT")
        let finishedSerial = try graph.dataset.resolveLot(named: Self.finished, product: "F-SERIAL")
        #expect(F.names(graph, graph.upstreamLots(of: finishedLot)) == ["C-LOT/L1", "C-SERIAL/S2"])
        #expect(F.names(graph, graph.upstreamLots(of: finishedSerial)) == ["C-LOT/L1", "C-SERIAL/S3"])
        let tree = TraceReport(graph: graph, lot: finishedLot).upstream.tree
        #expect(tree.map { "\($0.product)/\($0.lot) \($0.reference) \($0.quantity)" } == ["C-LOT/L1 WH/MO/00002 1", "C-SERIAL/S2 WH/MO/00002 1"])
    }

    @Test("an untracked finished product makes no node; its serial component has no downstream")
    func untracked() throws {
        let graph = F.graph(Self.files)
        let s1 = try graph.dataset.resolveLot(named: "S1")
        let l1 = try graph.dataset.resolveLot(named: "L1")
        #expect(graph.downstreamLots(of: s1).isEmpty)
        #expect(F.names(graph, graph.downstreamLots(of: l1)) == ["F-LOT/\(Self.finished)", "F-SERIAL/\(Self.finished)"])
        #expect(graph.productionLinks.count == 4)
    }

    @Test("the component lot's history and stock, exactly")
    func componentTrace() throws {
        let json = try F.traceJSON(F.graph(Self.files), lot: "L1")
        #expect(
            json == """
                {"product":"C-LOT","lot":"L1","onHand":[],"history":[\
                {"reference":"WH/MO/00003","date":"2024-05-02 12:00:00","from":"WH/Stock","to":"Virtual Locations/Production","quantity":1},\
                {"reference":"WH/MO/00002","date":"2024-05-02 11:00:00","from":"WH/Stock","to":"Virtual Locations/Production","quantity":1},\
                {"reference":"WH/MO/00001","date":"2024-05-02 10:00:00","from":"WH/Stock","to":"Virtual Locations/Production","quantity":1},\
                {"reference":"Product Quantity Updated","date":"2024-05-01 08:00:00","from":"Virtual Locations/Inventory adjustment","to":"WH/Stock","quantity":3}],\
                "upstream":{"lots":[],"receipts":[]},\
                "downstream":{"lots":[{"product":"F-LOT","lot":"Serial or Lot finished"},{"product":"F-SERIAL","lot":"Serial or Lot finished"}],"deliveries":[]}}
                """)
    }

    @Test("a lot name shared by two products needs --product")
    func sharedName() throws {
        let dataset = F.graph(Self.files).dataset
        #expect(throws: LotLookupError.self) { try dataset.resolveLot(named: Self.finished) }
        do {
            _ = try dataset.resolveLot(named: Self.finished)
        } catch {
            #expect(
                error.description
                    == "lot Serial or Lot finished exists for several products: [F-LOT] Finished lot, [F-SERIAL] Finished serial; pass --product")
        }
        #expect(dataset[try dataset.resolveLot(named: Self.finished, product: "[F-SERIAL] Finished serial")].name == Self.finished)
    }
}
