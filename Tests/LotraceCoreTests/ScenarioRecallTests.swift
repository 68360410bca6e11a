import Testing

import LotraceCore
import LotraceRender

/// Odoo's S8 (`test_last_delivery_traceability`): SubA -> CompA -> EndA through two MOs, EndA
/// delivered by Picking A; every lot's downstream deliveries are exactly [Picking A].
@Suite("Scenario S8: recall through two manufacturing orders")
struct ScenarioRecallTests {
    typealias F = ScenarioFixture

    private let files = F.s8

    @Test("every lot's downstream deliveries are [Picking A]")
    func deliveries() throws {
        let graph = F.graph(files)
        for lot in ["lot SubA", "lot CompA", "lot EndA"] {
            let id = try graph.dataset.resolveLot(named: lot)
            let references = graph.downstream(of: id).deliveries.map { graph.dataset.references[Int($0.reference)] }
            #expect(references == ["WH/OUT/00001"], "\(lot)")
        }
    }

    @Test("the trace of the first lot, exactly")
    func traceJSON() throws {
        let json = try F.traceJSON(F.graph(files), lot: "lot SubA")
        #expect(
            json == """
                {"product":"SUB-A","lot":"lot SubA","onHand":[],"history":[\
                {"reference":"WH/MO/00001","date":"2024-03-02 10:00:00","from":"WH/Stock","to":"Virtual Locations/Production","quantity":1},\
                {"reference":"WH/IN/00001","date":"2024-03-01 09:00:00","from":"Partners/Vendors","to":"WH/Stock","quantity":1}],\
                "upstream":{"lots":[],"receipts":[{"reference":"WH/IN/00001","partner":"Wood Corner","date":"2024-03-01 09:00:00","product":"SUB-A","lot":"lot SubA","quantity":1}]},\
                "downstream":{"lots":[{"product":"COMP-A","lot":"lot CompA"},{"product":"END-A","lot":"lot EndA"}],\
                "deliveries":[{"reference":"WH/OUT/00001","partner":"Deco Addict","date":"2024-03-04 15:00:00","product":"END-A","lot":"lot EndA","delivered":1,"returned":0,"quantity":1}]}}
                """)
    }

    @Test("the end lot's upstream reaches the vendor receipt of the first lot")
    func upstream() throws {
        let graph = F.graph(files)
        let json = try F.traceJSON(graph, lot: "lot EndA")
        #expect(
            json.contains(
                """
                "upstream":{"lots":[{"product":"COMP-A","lot":"lot CompA"},{"product":"SUB-A","lot":"lot SubA"}],\
                "receipts":[{"reference":"WH/IN/00001","partner":"Wood Corner","date":"2024-03-01 09:00:00","product":"SUB-A","lot":"lot SubA","quantity":1}]}
                """))
        let text = TraceReport(graph: graph, lot: try graph.dataset.resolveLot(named: "lot EndA")).text
        #expect(
            text == """
                Lot lot EndA of [END-A] EndA
                  Product     [END-A] EndA
                  Lot/Serial  lot EndA
                  Tracking    By Lots

                Where it is now
                  Nothing on hand.

                History (newest first)
                  Reference     Date                 Product  Lot/Serial  From                          To                  Quantity  Unit
                  WH/OUT/00001  2024-03-04 15:00:00  END-A    lot EndA    WH/Stock                      Partners/Customers         1  Units
                  WH/MO/00002   2024-03-03 10:00:00  END-A    lot EndA    Virtual Locations/Production  WH/Stock                   1  Units

                Upstream: made from
                  Lot                 Order        Quantity  Unit
                  COMP-A / lot CompA  WH/MO/00002         1  Units
                    SUB-A / lot SubA  WH/MO/00001         1  Units

                Receipts
                  Reference    Partner      Date                 Product  Lot/Serial  Quantity  Unit
                  WH/IN/00001  Wood Corner  2024-03-01 09:00:00  SUB-A    lot SubA           1  Units

                Downstream: went into
                  No other lots.

                Deliveries
                  Reference     Partner      Date                 Product  Lot/Serial  Delivered  Returned  Net  Unit
                  WH/OUT/00001  Deco Addict  2024-03-04 15:00:00  END-A    lot EndA            1         0    1  Units

                """)
    }
}
