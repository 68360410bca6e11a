import Testing

@testable import LotraceCore

@Suite("TraceGraph: customer returns netted against deliveries")
struct GraphReturnTests {
    /// Flour lot 0001 delivered to Shop (OUT/1, 3 units; OUT/2, 2 units) and to Bar (OUT/3, 4 units).
    private func deliveries() -> (DatasetBuilder, ProductID, LotID) {
        var b = DatasetBuilder()
        let flour = b.product("FL-001", "Flour")
        let lot = b.lot("0001", of: flour)
        _ = b.transfer("WH/OUT/1", contact: "Shop")
        _ = b.transfer("WH/OUT/2", contact: "Shop")
        _ = b.transfer("WH/OUT/3", contact: "Bar")
        b.line("2024-01-01 10:00:00", "WH/IN/1", flour, lot, from: b.vendors, to: b.stock, "20")
        b.line("2024-01-02 10:00:00", "WH/OUT/1", flour, lot, from: b.stock, to: b.customers, "3")
        b.line("2024-01-03 10:00:00", "WH/OUT/2", flour, lot, from: b.stock, to: b.customers, "2")
        b.line("2024-01-04 10:00:00", "WH/OUT/3", flour, lot, from: b.stock, to: b.customers, "4")
        return (b, flour, lot)
    }

    private func returned(_ graph: TraceGraph, _ lot: LotID) -> [String: Quantity] {
        Dictionary(
            uniqueKeysWithValues: graph.deliveries(of: lot).map { (graph.dataset.references[Int($0.reference)], $0.returned) })
    }

    @Test("a return of <ref> nets against that delivery only")
    func returnOf() {
        var (b, flour, lot) = deliveries()
        _ = b.transfer("WH/RET/1", contact: "Shop", origin: "Return of WH/OUT/1")
        b.line("2024-01-05 10:00:00", "WH/RET/1", flour, lot, from: b.customers, to: b.stock, "1")
        let graph = TraceGraph(dataset: b.dataset)
        #expect(returned(graph, lot) == ["WH/OUT/1": Quantity(1), "WH/OUT/2": .zero, "WH/OUT/3": .zero])
        #expect(graph.unmatchedReturns.isEmpty)
    }

    @Test("a return without origin nets against the same contact's deliveries, latest first")
    func byContact() {
        var (b, flour, lot) = deliveries()
        _ = b.transfer("WH/RET/1", contact: "Shop")
        b.line("2024-01-05 10:00:00", "WH/RET/1", flour, lot, from: b.customers, to: b.stock, "3")
        let graph = TraceGraph(dataset: b.dataset)
        #expect(returned(graph, lot) == ["WH/OUT/1": Quantity(1), "WH/OUT/2": Quantity(2), "WH/OUT/3": .zero])
        #expect(graph.deliveries(of: lot).map(\.quantity) == [Quantity(2), .zero, Quantity(4)])
    }

    @Test("only deliveries dated at or before the return count; a remainder is unmatched")
    func overReturn() {
        var (b, flour, lot) = deliveries()
        _ = b.transfer("WH/RET/1", contact: "Bar")
        let early = b.line("2024-01-03 12:00:00", "WH/RET/1", flour, lot, from: b.customers, to: b.stock, "1")
        _ = b.transfer("WH/RET/2", contact: "Shop")
        let over = b.line("2024-01-06 10:00:00", "WH/RET/2", flour, lot, from: b.customers, to: b.stock, "7")
        let graph = TraceGraph(dataset: b.dataset)
        #expect(returned(graph, lot) == ["WH/OUT/1": Quantity(3), "WH/OUT/2": Quantity(2), "WH/OUT/3": .zero])
        #expect(
            graph.unmatchedReturns == [
                UnmatchedReturn(line: early, quantity: Quantity(1)), UnmatchedReturn(line: over, quantity: Quantity(2)),
            ])
    }

    @Test("returns without a transfer match deliveries without a contact; a return of an unknown delivery stays unmatched")
    func noContact() {
        var b = DatasetBuilder()
        let flour = b.product("FL-001", "Flour")
        let lot = b.lot("0001", of: flour)
        b.line("2024-01-02 10:00:00", "WH/OUT/1", flour, lot, from: b.stock, to: b.customers, "3")
        b.line("2024-01-03 10:00:00", "Return", flour, lot, from: b.customers, to: b.stock, "3")
        _ = b.transfer("WH/RET/9", origin: "Return of WH/OUT/404")
        let stray = b.line("2024-01-04 10:00:00", "WH/RET/9", flour, lot, from: b.customers, to: b.stock, "1")
        let graph = TraceGraph(dataset: b.dataset)
        #expect(graph.deliveries(of: lot).map(\.returned) == [Quantity(3)])
        #expect(graph.deliveries(of: lot).map(\.quantity) == [.zero])
        #expect(graph.unmatchedReturns == [UnmatchedReturn(line: stray, quantity: Quantity(1))])
    }
}
