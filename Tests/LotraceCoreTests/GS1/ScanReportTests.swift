import Testing

@testable import LotraceCore

/// How a scan picks its lot: the serial number for serial-tracked products, the lot otherwise,
/// and one lot name shared by several companies.
@Suite("Scan report lookups")
struct ScanReportTests {
    static func dataset(tracking: Tracking, lots: [(String, String)]) -> Dataset {
        var builder = DatasetBuilder()
        let product = builder.product("EL-1", "Scale", tracking: tracking)
        for (name, company) in lots { _ = builder.lot(name, of: product, company: company) }
        var dataset = builder.dataset
        dataset.products[Int(product.index)].barcode = "09501101530003"
        return dataset
    }

    @Test func serialTrackedProductsAreFoundByTheirSerial() {
        let graph = TraceGraph(dataset: Self.dataset(tracking: .serial, lots: [("S1", ""), ("B7", "")]))
        let report = ScanReport(scanning: "(01)09501101530003(10)B7(21)S1", graph: graph, referenceYear: 2026)
        #expect(report.problems.isEmpty)
        #expect(report.trace?.lot == "S1")
        let lots = TraceGraph(dataset: Self.dataset(tracking: .lot, lots: [("S1", ""), ("B7", "")]))
        #expect(ScanReport(scanning: "(01)09501101530003(10)B7(21)S1", graph: lots, referenceYear: 2026).trace?.lot == "B7")
    }

    @Test func aLotNameOfSeveralCompaniesIsAmbiguous() {
        let graph = TraceGraph(dataset: Self.dataset(tracking: .lot, lots: [("L1", "North Ltd"), ("L1", "South Ltd")]))
        let report = ScanReport(scanning: "(01)09501101530003(10)L1", graph: graph, referenceYear: 2026)
        #expect(report.trace == nil)
        #expect(report.problems.map(\.description) == [
            "lot L1 of product EL-1 exists in several companies (North Ltd, South Ltd): the label cannot tell them apart"
        ])
    }
}
