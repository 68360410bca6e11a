import LotraceCore
import Testing

/// FEFO order: removal date, then incoming date, then first appearance; lots without removal
/// date last; lot stock before untracked stock (Odoo's S6); pick next skips removed lots.
@Suite struct FEFOOrderTests {
    static let apple = AnalysisFixture.ProductRow(name: "Apple", code: "APL", days: ["", "", "", ""])

    static func order(_ fixture: AnalysisFixture, asOf: String) -> (FEFOOrder, TraceGraph) {
        let (graph, dates) = fixture.analysed()
        return (FEFOOrder(graph: graph, dates: dates, asOf: AnalysisFixture.date(asOf)), graph)
    }

    static func entries(_ order: FEFOOrder, _ graph: TraceGraph) -> [String] {
        order.products.flatMap { stock in
            stock.entries.map { entry in
                (entry.lot.map { graph.dataset[$0].name } ?? "(no lot)") + "@" + graph.dataset[entry.location].fullName
            }
        }
    }

    @Test func removalThenIncomingThenFirstAppearanceMissingDatesAndUntrackedLast() {
        var fixture = AnalysisFixture(products: [Self.apple], lotsHeader: AnalysisFixture.lotsHeader)
        let lots: [(String, String, String)] = [
            ("A", "2025-03-20 00:00:00", "2025-03-01 08:00:00"), ("NONE", "", "2025-02-01 08:00:00"),
            ("B-LATE", "2025-03-15 00:00:00", "2025-03-02 08:00:00"), ("B", "2025-03-15 00:00:00", "2025-03-01 08:00:00"),
            ("OLD", "2025-03-05 00:00:00", "2025-03-01 08:00:00"),
        ]
        for (name, removal, received) in lots {
            fixture.lots.append([name, Self.apple.display, "", "", removal, ""])
            fixture.line(received, "WH/IN/\(name)", Self.apple.display, name, ScenarioFixture.vendors, ScenarioFixture.stock, "10")
        }
        fixture.line("2025-01-01 08:00:00", "Product Quantity Updated", Self.apple.display, "", ScenarioFixture.adjustment,
                     ScenarioFixture.stock, "100")
        let (order, graph) = Self.order(fixture, asOf: "2025-03-10")
        #expect(Self.entries(order, graph) == [
            "OLD@WH/Stock", "B@WH/Stock", "B-LATE@WH/Stock", "A@WH/Stock", "NONE@WH/Stock", "(no lot)@WH/Stock",
        ])
        let next = order.products[0].pickNext
        #expect(next.map { graph.dataset[$0.lot!].name } == "B")
        #expect(order.products[0].entries.map(\.reservable) == [false, true, true, true, true, true])
    }

    @Test func sameIncomingDateFallsBackToFirstAppearance() {
        var fixture = AnalysisFixture(products: [Self.apple], lotsHeader: AnalysisFixture.lotsHeader)
        for name in ["Z", "Y"] {
            fixture.lots.append([name, Self.apple.display, "", "", "2025-04-01 00:00:00", ""])
            fixture.line("2025-03-01 08:00:00", "WH/IN/00001", Self.apple.display, name, ScenarioFixture.vendors, ScenarioFixture.stock, "1")
        }
        let (order, graph) = Self.order(fixture, asOf: "2025-03-10")
        #expect(Self.entries(order, graph) == ["Z@WH/Stock", "Y@WH/Stock"])
    }

    @Test func s6LotStockIsPickedBeforeUntrackedStockAndAClearedLotStaysReservable() {
        var fixture = AnalysisFixture(products: [Self.apple], lotsHeader: AnalysisFixture.lotsHeader)
        fixture.lots = [["LOT001", Self.apple.display, "", "", "", ""]]
        fixture.line("2025-03-01 08:00:00", "Product Quantity Updated", Self.apple.display, "", ScenarioFixture.adjustment,
                     ScenarioFixture.stock, "100")
        fixture.line("2025-03-02 08:00:00", "Product Quantity Updated", Self.apple.display, "LOT001", ScenarioFixture.adjustment,
                     ScenarioFixture.stock, "100")
        let (order, graph) = Self.order(fixture, asOf: "2025-03-10")
        #expect(Self.entries(order, graph) == ["LOT001@WH/Stock", "(no lot)@WH/Stock"])
        #expect(order.products[0].pickNext?.lot.map { graph.dataset[$0].name } == "LOT001")
    }
}
