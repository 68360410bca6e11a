import LotraceCore
import Testing

@testable import LotraceRender

/// Which lots get a pre-built recall page.
@Suite struct RecallPagePlanTests {
    private static func names(_ plan: RecallPagePlan, _ dataset: Dataset) -> [String] {
        plan.lots.map { dataset[dataset[$0].product].key + " " + dataset[$0].name }
    }

    @Test func receivedAndDeliveredFinishedLotsGetPagesMostRecentlyMovedFirst() throws {
        let (dataset, _) = try SiteFixture.load()
        let graph = TraceGraph(dataset: dataset)
        let plan = RecallPagePlan(graph: graph)
        let all = Self.names(plan, dataset)
        // The two hostile BI-001 lots were made but never delivered: no page.
        #expect(all == ["BI-001 B1", "EL-001 SN-1", "EL-001 SN-2", "FL-001 F1", "FL-001 ../../etc/x", "FL-001 A/B", "FL-001 CON"])
        for lot in plan.lots {
            let received = !graph.receipts(of: lot).isEmpty
            let delivered = !graph.links(into: lot).isEmpty && !graph.deliveries(of: lot).isEmpty
            #expect(received || delivered)
        }
        let dates = plan.lots.map { dataset.moveLines[graph.lines(of: $0).last!].date }
        #expect(dates == dates.sorted(by: >))
        let capped = RecallPagePlan(graph: graph, limit: 2)
        #expect(Self.names(capped, dataset) == Array(all.prefix(2)))
        #expect(capped.hasPage(capped.lots[0]) && !capped.hasPage(plan.lots[2]))
    }
}
