import Testing

@testable import LotraceCore

@Suite("TraceGraph: manufacturing, upstream, downstream")
struct GraphManufacturingTests {
    @Test("every lot consumed by an order is a parent of every lot it produced; untracked lines make no node")
    func crossProduct() {
        var b = DatasetBuilder()
        let flour = b.product("FL-001", "Flour")
        let sugar = b.product("SU-001", "Sugar")
        let water = b.product("WA-001", "Water", tracking: .none)
        let cake = b.product("CK-001", "Cake")
        let f1 = b.lot("F1", of: flour)
        let s1 = b.lot("S1", of: sugar)
        let c1 = b.lot("C1", of: cake)
        let c2 = b.lot("C2", of: cake)
        b.line("2024-01-05 10:00:00", "WH/MO/1", flour, f1, from: b.stock, to: b.production, "2")
        b.line("2024-01-05 10:00:00", "WH/MO/1", sugar, s1, from: b.stock, to: b.production, "1")
        b.line("2024-01-05 10:00:00", "WH/MO/1", water, nil, from: b.stock, to: b.production, "1")
        b.line("2024-01-05 10:00:00", "WH/MO/1", cake, c1, from: b.production, to: b.stock, "1")
        b.line("2024-01-05 10:00:00", "WH/MO/1", cake, c2, from: b.production, to: b.stock, "1")
        let graph = TraceGraph(dataset: b.dataset)
        let mo: Int32 = 0
        #expect(
            graph.productionLinks == [
                ProductionLink(parent: f1, child: c1, reference: mo), ProductionLink(parent: f1, child: c2, reference: mo),
                ProductionLink(parent: s1, child: c1, reference: mo), ProductionLink(parent: s1, child: c2, reference: mo),
            ])
        #expect(Set(graph.upstreamLots(of: c1)) == [f1, s1])
        #expect(Set(graph.downstreamLots(of: f1)) == [c1, c2])
    }

    @Test("explicit consume links replace the order's cross product for that produced line")
    func explicitLinks() {
        var b = DatasetBuilder()
        let flour = b.product("FL-001", "Flour")
        let cake = b.product("CK-001", "Cake")
        let f1 = b.lot("F1", of: flour)
        let f2 = b.lot("F2", of: flour)
        let c1 = b.lot("C1", of: cake)
        let c2 = b.lot("C2", of: cake)
        let consumed1 = b.line("2024-01-05 10:00:00", "WH/MO/1", flour, f1, from: b.stock, to: b.production, "1")
        b.line("2024-01-05 10:00:00", "WH/MO/1", flour, f2, from: b.stock, to: b.production, "1")
        let produced1 = b.line("2024-01-05 10:00:00", "WH/MO/1", cake, c1, from: b.production, to: b.stock, "1")
        b.line("2024-01-05 10:00:00", "WH/MO/1", cake, c2, from: b.production, to: b.stock, "1")
        b.link(produced: produced1, consumed: [consumed1])
        let graph = TraceGraph(dataset: b.dataset)
        #expect(graph.upstreamLots(of: c1) == [f1])
        #expect(Set(graph.upstreamLots(of: c2)) == [f1, f2])
    }

    @Test("upstream is recursive and cycle-safe, with receipts of the lot and its ancestors")
    func upstream() {
        var b = DatasetBuilder()
        let sub = b.product("SUB", "SubA")
        let comp = b.product("COMP", "CompA")
        let end = b.product("END", "EndA")
        let l1 = b.lot("lot SubA", of: sub)
        let l2 = b.lot("lot CompA", of: comp)
        let l3 = b.lot("lot EndA", of: end)
        _ = b.transfer("WH/IN/1", contact: "Vendor Co, Ann")
        b.line("2024-01-01 10:00:00", "WH/IN/1", sub, l1, from: b.vendors, to: b.stock, "1")
        b.line("2024-01-01 11:00:00", "WH/IN/1", sub, l1, from: b.vendors, to: b.stock, "2")
        b.line("2024-01-02 10:00:00", "MO/1", sub, l1, from: b.stock, to: b.production, "1")
        b.line("2024-01-02 10:00:00", "MO/1", comp, l2, from: b.production, to: b.stock, "1")
        b.line("2024-01-03 10:00:00", "MO/2", comp, l2, from: b.stock, to: b.production, "1")
        b.line("2024-01-03 10:00:00", "MO/2", end, l3, from: b.production, to: b.stock, "1")
        // A rework order feeding the end lot back into the component lot: a cycle.
        b.line("2024-01-04 10:00:00", "MO/3", end, l3, from: b.stock, to: b.production, "1")
        b.line("2024-01-04 10:00:00", "MO/3", comp, l2, from: b.production, to: b.stock, "1")
        let graph = TraceGraph(dataset: b.dataset)
        let upstream = graph.upstream(of: l3)
        #expect(upstream.lots == [l2, l1])
        #expect(upstream.receipts.count == 1)
        #expect(upstream.receipts.first?.quantity == Quantity(3))
        #expect(upstream.receipts.first?.date.description == "2024-01-01 11:00:00")
        #expect(upstream.receipts.first?.transfer.map { b.dataset[$0].contactName } == "Vendor Co, Ann")
        #expect(graph.upstream(of: l1) == TraceGraph.Upstream(lots: [], receipts: graph.receipts(of: l1)))
        #expect(graph.downstreamLots(of: l1) == [l2, l3])
        let tree = TraceReport(graph: graph, lot: l3).upstream.tree
        #expect(
            tree.map { "\($0.depth) \($0.product)/\($0.lot) \($0.reference) \($0.quantity)\($0.repeated ? " repeated" : "")" } == [
                "1 COMP/lot CompA MO/2 1", "2 END/lot EndA MO/3 1 repeated", "2 SUB/lot SubA MO/1 1",
            ])
    }

    @Test("downstream deliveries of every lot made from a lot")
    func downstream() {
        var b = DatasetBuilder()
        let flour = b.product("FL-001", "Flour")
        let cake = b.product("CK-001", "Cake")
        let f1 = b.lot("F1", of: flour)
        let c1 = b.lot("C1", of: cake)
        _ = b.transfer("WH/OUT/1", contact: "Shop, Bob")
        b.line("2024-01-05 10:00:00", "MO/1", flour, f1, from: b.stock, to: b.production, "1")
        b.line("2024-01-05 10:00:00", "MO/1", cake, c1, from: b.production, to: b.stock, "5")
        b.line("2024-01-06 10:00:00", "WH/OUT/1", cake, c1, from: b.stock, to: b.customers, "2")
        b.line("2024-01-06 11:00:00", "WH/OUT/1", cake, c1, from: b.stock, to: b.customers, "1")
        b.line("2024-01-06 12:00:00", "WH/OUT/2", flour, f1, from: b.stock, to: b.customers, "1")
        let graph = TraceGraph(dataset: b.dataset)
        let downstream = graph.downstream(of: f1)
        #expect(downstream.lots == [c1])
        #expect(downstream.deliveries.map { b.dataset.references[Int($0.reference)] } == ["WH/OUT/2", "WH/OUT/1"])
        #expect(downstream.deliveries.map(\.delivered) == [Quantity(1), Quantity(3)])
        #expect(downstream.deliveries.map(\.date.description) == ["2024-01-06 12:00:00", "2024-01-06 11:00:00"])
    }
}
