import Testing

import LotraceCore

/// Customer returns netted against deliveries, through CSV: by "Return of <ref>", by contact
/// (latest delivery first), and more returned than delivered (an unmatched remainder).
@Suite("Scenario: customer returns")
struct ScenarioReturnTests {
    typealias F = ScenarioFixture
    static let flour = "[FL-001] Flour"

    private static func files(returns: [[String]], returnTransfers: [[String]]) -> [InputData] {
        [
            F.products([("Flour", "FL-001", "By Lots")]),
            F.transfers(
                [
                    F.transfer("WH/IN/00001", contact: "Wood Corner", date: "2024-01-01 08:00:00", type: "WH: Receipts"),
                    F.transfer("WH/OUT/00001", origin: "S00001", contact: "Deco Addict", date: "2024-01-02 10:00:00", type: "WH: Delivery Orders"),
                    F.transfer("WH/OUT/00002", origin: "S00002", contact: "Deco Addict", date: "2024-01-03 10:00:00", type: "WH: Delivery Orders"),
                    F.transfer("WH/OUT/00003", origin: "S00003", contact: "Azure Interior", date: "2024-01-04 10:00:00", type: "WH: Delivery Orders"),
                ] + returnTransfers),
            F.moveLines(
                [
                    F.line("2024-01-01 08:00:00", "WH/IN/00001", flour, "0001", F.vendors, F.stock, "20", transfer: "WH/IN/00001"),
                    F.line("2024-01-02 10:00:00", "WH/OUT/00001", flour, "0001", F.stock, F.customers, "3", transfer: "WH/OUT/00001"),
                    F.line("2024-01-03 10:00:00", "WH/OUT/00002", flour, "0001", F.stock, F.customers, "2", transfer: "WH/OUT/00002"),
                    F.line("2024-01-04 10:00:00", "WH/OUT/00003", flour, "0001", F.stock, F.customers, "4", transfer: "WH/OUT/00003"),
                ] + returns),
        ]
    }

    private static func deliveries(_ graph: TraceGraph) throws -> String {
        let json = try F.traceJSON(graph, lot: "0001")
        return String(json[json.range(of: "\"deliveries\":")!.upperBound...].dropLast(2))
    }

    @Test("a return of <ref> nets against that delivery")
    func returnOf() throws {
        let graph = F.graph(
            Self.files(
                returns: [F.line("2024-01-05 09:00:00", "WH/RET/00001", Self.flour, "0001", F.customers, F.stock, "1", transfer: "WH/RET/00001")],
                returnTransfers: [
                    F.transfer("WH/RET/00001", origin: "Return of WH/OUT/00001", contact: "Deco Addict", date: "2024-01-05 09:00:00", type: "WH: Receipts")
                ]))
        #expect(
            try Self.deliveries(graph) == """
                [{"reference":"WH/OUT/00001","partner":"Deco Addict","date":"2024-01-02 10:00:00","product":"FL-001","lot":"0001","delivered":3,"returned":1,"quantity":2},\
                {"reference":"WH/OUT/00002","partner":"Deco Addict","date":"2024-01-03 10:00:00","product":"FL-001","lot":"0001","delivered":2,"returned":0,"quantity":2},\
                {"reference":"WH/OUT/00003","partner":"Azure Interior","date":"2024-01-04 10:00:00","product":"FL-001","lot":"0001","delivered":4,"returned":0,"quantity":4}]
                """)
        #expect(graph.unmatchedReturns.isEmpty)
    }

    @Test("a return without origin nets against the contact's deliveries, latest first")
    func byContact() throws {
        let graph = F.graph(
            Self.files(
                returns: [F.line("2024-01-05 09:00:00", "WH/RET/00001", Self.flour, "0001", F.customers, F.stock, "3", transfer: "WH/RET/00001")],
                returnTransfers: [F.transfer("WH/RET/00001", contact: "Deco Addict", date: "2024-01-05 09:00:00", type: "WH: Receipts")]))
        let deliveries = try Self.deliveries(graph)
        #expect(deliveries.contains(#""reference":"WH/OUT/00002","partner":"Deco Addict","date":"2024-01-03 10:00:00","product":"FL-001","lot":"0001","delivered":2,"returned":2,"quantity":0"#))
        #expect(deliveries.contains(#""reference":"WH/OUT/00001","partner":"Deco Addict","date":"2024-01-02 10:00:00","product":"FL-001","lot":"0001","delivered":3,"returned":1,"quantity":2"#))
        #expect(deliveries.contains(#""reference":"WH/OUT/00003","partner":"Azure Interior","date":"2024-01-04 10:00:00","product":"FL-001","lot":"0001","delivered":4,"returned":0,"quantity":4"#))
    }

    @Test("more returned than delivered leaves an unmatched remainder; fully returned deliveries stay listed")
    func overReturn() throws {
        let graph = F.graph(
            Self.files(
                returns: [F.line("2024-01-05 09:00:00", "WH/RET/00001", Self.flour, "0001", F.customers, F.stock, "7.5", transfer: "WH/RET/00001")],
                returnTransfers: [F.transfer("WH/RET/00001", contact: "Deco Addict", date: "2024-01-05 09:00:00", type: "WH: Receipts")]))
        let deliveries = try Self.deliveries(graph)
        #expect(deliveries.contains(#""reference":"WH/OUT/00001","partner":"Deco Addict","date":"2024-01-02 10:00:00","product":"FL-001","lot":"0001","delivered":3,"returned":3,"quantity":0"#))
        #expect(deliveries.contains(#""reference":"WH/OUT/00002","partner":"Deco Addict","date":"2024-01-03 10:00:00","product":"FL-001","lot":"0001","delivered":2,"returned":2,"quantity":0"#))
        #expect(graph.unmatchedReturns.map(\.quantity.description) == ["2.5"])
        #expect(graph.unmatchedReturns.map { graph.dataset.reference(of: graph.dataset.moveLines[$0.line]) } == ["WH/RET/00001"])
    }
}
