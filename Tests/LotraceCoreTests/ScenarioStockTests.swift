import Testing

import LotraceCore
import LotraceRender

/// On hand through CSV: exact decimal sums, a lot name shared by two products, and the
/// `onhand` report's order and shape.
@Suite("Scenario: stock on hand and shared lot names")
struct ScenarioStockTests {
    typealias F = ScenarioFixture

    private static let files = [
        F.products([("Flour", "FL-001", "By Lots"), ("Sugar", "SU-002", "By Lots"), ("Salt", "SA-003", "No Tracking")]),
        F.moveLines([
            F.line("2024-02-01 08:00:00", "WH/IN/00001", "[FL-001] Flour", "0001", F.vendors, F.stock, "0.75"),
            F.line("2024-02-01 08:00:00", "WH/IN/00001", "[FL-001] Flour", "0001", F.vendors, F.stock, "999999999999999"),
            F.line("2024-02-01 09:00:00", "WH/IN/00002", "[SU-002] Sugar", "0001", F.vendors, F.stock, "5"),
            F.line("2024-02-02 09:00:00", "WH/OUT/00001", "[SU-002] Sugar", "0001", F.stock, F.customers, "5"),
            F.line("2024-02-01 10:00:00", "WH/IN/00003", "[SA-003] Salt", "", F.vendors, "WH/Stock/Shelf 1", "2.5"),
        ]),
    ]

    @Test("quantities sum exactly: 0.75 + 999999999999999")
    func exactSum() throws {
        let json = try F.traceJSON(F.graph(Self.files), lot: "0001", product: "FL-001")
        #expect(json.hasPrefix(#"{"product":"FL-001","lot":"0001","onHand":[{"location":"WH/Stock","quantity":999999999999999.75}],"#))
        #expect(json.contains(#""receipts":[{"reference":"WH/IN/00001","partner":null,"date":"2024-02-01 08:00:00","product":"FL-001","lot":"0001","quantity":999999999999999.75}]"#))
    }

    @Test("a lot name of two products is ambiguous without --product, and each resolves with it")
    func sharedLotName() throws {
        let dataset = F.graph(Self.files).dataset
        #expect(throws: LotLookupError.ambiguous(lot: "0001", candidates: ["[FL-001] Flour", "[SU-002] Sugar"])) {
            try dataset.resolveLot(named: "0001")
        }
        #expect(
            LotLookupError.ambiguous(lot: "0001", candidates: ["[FL-001] Flour", "[SU-002] Sugar"]).description
                == "lot 0001 exists for several products: [FL-001] Flour, [SU-002] Sugar; pass --product")
        #expect(dataset[dataset[try dataset.resolveLot(named: "0001", product: "SU-002")].product].key == "SU-002")
        #expect(throws: LotLookupError.notFound(lot: "0001", product: "SA-003", others: ["[FL-001] Flour", "[SU-002] Sugar"])) {
            try dataset.resolveLot(named: "0001", product: "SA-003")
        }
        #expect(throws: LotLookupError.notFound(lot: "9999", product: nil, others: [])) { try dataset.resolveLot(named: "9999") }
    }

    @Test("the onhand report: non-zero internal stock by location, product, lot")
    func onHandReport() {
        let report = OnHandReport(graph: F.graph(Self.files))
        #expect(
            report.json.serialized(pretty: false) == """
                [{"product":"FL-001","lot":"0001","location":"WH/Stock","quantity":999999999999999.75},\
                {"product":"SA-003","lot":"","location":"WH/Stock/Shelf 1","quantity":2.5}]
                """)
        #expect(
            report.text == """
                  Location          Product  Lot/Serial            Quantity  Unit
                  WH/Stock          FL-001   0001        999999999999999.75  Units
                  WH/Stock/Shelf 1  SA-003                              2.5  Units

                """)
    }
}
