import Testing

@testable import LotraceCore

@Suite("TraceGraph: order, kinds, on hand")
struct GraphTests {
    @Test("chronological order is (date, sequence); history is its reverse")
    func chronology() {
        var b = DatasetBuilder()
        let flour = b.product("FL-001", "Flour")
        let lot = b.lot("0001", of: flour)
        b.line("2024-01-02 10:00:00", "WH/IN/2", flour, lot, from: b.vendors, to: b.stock, "1")
        b.line("2024-01-01 10:00:00", "WH/IN/1", flour, lot, from: b.vendors, to: b.stock, "1")
        b.line("2024-01-02 10:00:00", "WH/OUT/1", flour, lot, from: b.stock, to: b.customers, "1")
        let graph = TraceGraph(dataset: b.dataset)
        #expect(graph.chronologicalLines == [1, 0, 2])
        #expect(graph.lines(of: lot) == [1, 0, 2])
        #expect(graph.history(of: lot) == [2, 0, 1])
    }

    @Test("sequences not in reading order are still honoured")
    func sequenceOrder() {
        var b = DatasetBuilder()
        let flour = b.product("FL-001", "Flour")
        b.line("2024-01-01 10:00:00", "A", flour, nil, from: b.vendors, to: b.stock, "1", sequence: 9)
        b.line("2024-01-01 10:00:00", "B", flour, nil, from: b.vendors, to: b.stock, "1", sequence: 3)
        b.line("2023-12-31 10:00:00", "C", flour, nil, from: b.vendors, to: b.stock, "1", sequence: 5)
        #expect(TraceGraph(dataset: b.dataset).chronologicalLines == [2, 1, 0])
    }

    @Test("line kinds follow location usages")
    func kinds() {
        var b = DatasetBuilder()
        let flour = b.product("FL-001", "Flour")
        let shelf = b.location("WH/Stock/Shelf 1", .internal)
        let pairs = [
            (b.vendors, b.stock), (b.stock, b.customers), (b.customers, b.stock), (b.stock, b.vendors),
            (b.stock, b.production), (b.production, b.stock), (b.stock, b.inventory), (b.inventory, b.stock),
            (b.stock, shelf), (b.vendors, b.customers),
        ]
        for (from, to) in pairs { b.line("2024-01-01 10:00:00", "R", flour, nil, from: from, to: to, "1") }
        let graph = TraceGraph(dataset: b.dataset)
        #expect(
            pairs.indices.map { graph.kind(ofLine: $0) } == [
                .receipt, .delivery, .customerReturn, .vendorReturn, .consumption, .production, .inventoryLoss,
                .inventoryGain, .internal, .receipt,
            ])
    }

    @Test("on hand: internal locations only, in minus out, non-zero, as of a date")
    func onHand() {
        var b = DatasetBuilder()
        let flour = b.product("FL-001", "Flour")
        let lot = b.lot("0001", of: flour)
        let shelf = b.location("WH/Stock/Shelf 1", .internal)
        b.line("2024-01-01 10:00:00", "WH/IN/1", flour, lot, from: b.vendors, to: b.stock, "10")
        b.line("2024-01-02 10:00:00", "WH/INT/1", flour, lot, from: b.stock, to: shelf, "4")
        b.line("2024-01-03 10:00:00", "WH/OUT/1", flour, lot, from: shelf, to: b.customers, "4")
        b.line("2024-01-03 11:00:00", "WH/IN/2", flour, nil, from: b.vendors, to: shelf, "2.5")
        let graph = TraceGraph(dataset: b.dataset)
        #expect(
            graph.onHand == [
                StockBalance(product: flour, lot: lot, location: b.stock, quantity: Quantity(6)),
                StockBalance(product: flour, lot: nil, location: shelf, quantity: Quantity(scaled: 2_500_000_000_000_000)),
            ])
        #expect(graph.onHand(of: lot) == [StockBalance(product: flour, lot: lot, location: b.stock, quantity: Quantity(6))])
        let asOf = LocalDateTime(year: 2024, month: 1, day: 2, hour: 10)!
        #expect(
            graph.onHand(asOf: asOf) == [
                StockBalance(product: flour, lot: lot, location: b.stock, quantity: Quantity(6)),
                StockBalance(product: flour, lot: lot, location: shelf, quantity: Quantity(4)),
            ])
        #expect(graph.onHand(asOf: nil) == graph.onHand)
    }

    @Test("quantities are summed exactly")
    func exactSums() {
        var b = DatasetBuilder()
        let flour = b.product("FL-001", "Flour")
        let lot = b.lot("0001", of: flour)
        b.line("2024-01-01 10:00:00", "WH/IN/1", flour, lot, from: b.vendors, to: b.stock, "0.75")
        b.line("2024-01-01 10:00:00", "WH/IN/1", flour, lot, from: b.vendors, to: b.stock, "999999999999999")
        let graph = TraceGraph(dataset: b.dataset)
        #expect(graph.onHand(of: lot).map(\.quantity.description) == ["999999999999999.75"])
        #expect(graph.receipts(of: lot).map(\.quantity.description) == ["999999999999999.75"])
    }

    @Test("an empty dataset makes an empty graph")
    func empty() {
        let graph = TraceGraph(dataset: Dataset())
        #expect(graph.chronologicalLines.isEmpty && graph.onHand.isEmpty && graph.productionLinks.isEmpty)
    }
}
