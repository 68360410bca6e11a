import Foundation
import LotraceCore
import Testing

/// The split-supplier-lot scenario (`RecallFixture`) with a Barcode (GTIN 4006381333931) on the
/// flour and a lot name, X1, that both products have; and lots lists read from inline text.
enum LotListFixture {
    typealias F = ScenarioFixture
    typealias R = RecallFixture

    static let flourGTIN = "4006381333931"

    static func files() -> [InputData] {
        R.files().filter { $0.name != "product.product.csv" } + [
            F.csv(
                "product.product.csv", ["Name", "Internal Reference", "Barcode", "Tracking", "Unit of Measure"],
                [["Flour", "FL-001", flourGTIN, "By Lots", "kg"], ["Biscuits", "BI-001", "", "By Lots", "Units"]]),
            F.csv("stock.lot.shared.csv", ["Lot/Serial Number", "Product"], [["X1", R.flour], ["X1", R.biscuits]]),
        ]
    }

    static let graph = F.graph(files())

    /// The list in `text`, named `name`.
    static func list(_ text: String, name: String = "lots.csv") throws(FileRefusal) -> LotList {
        try LotList(reading: InputData(name: name, text: text))
    }

    /// How `list` resolves in the fixture; `product` is `--product`.
    static func resolution(_ list: LotList, product: String? = nil) -> LotListResolution {
        LotListResolution(list: list, finder: LotFinder(dataset: graph.dataset), product: product)
    }

    /// The refusal of `text` as `position: reason: message`; "read" when it is read.
    static func refusal(_ text: String, name: String = "lots.csv") -> String {
        do {
            _ = try list(text, name: name)
            return "read"
        } catch {
            return error.description
        }
    }

    /// The committed workbook `name` of `Fixtures/xlsx`.
    static func workbook(_ name: String) throws -> LotList {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/xlsx/\(name)", withExtension: nil))
        return try LotList(reading: InputData(name: name, bytes: [UInt8](try Data(contentsOf: url))))
    }

    /// The lots as "product/lot".
    static func names(_ lots: [LotID]) -> [String] {
        let dataset = graph.dataset
        return lots.map { "\(dataset[dataset[$0].product].key)/\(dataset[$0].name)" }
    }

    /// The unresolved rows as `line:column reason: message`.
    static func problems(_ resolution: LotListResolution) -> [String] {
        resolution.unresolved.map { "\($0.line):\($0.column) \($0.reason.keyword): \($0.message)" }
    }
}
