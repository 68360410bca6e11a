import Testing

@testable import LotraceCore

/// Products found by the GTIN on a label, and the lot names offered when a label's lot is unknown.
@Suite("GTIN index and lot suggestions")
struct GTINIndexTests {
    @Test func barcodesOfEveryGTINLengthAreFoundAs14Digits() {
        var builder = DatasetBuilder()
        let ean13 = builder.product("FL-1", "Flour")
        let ean8 = builder.product("SU-1", "Sugar")
        let butter = builder.product("BU-1", "Butter")
        var dataset = builder.dataset
        dataset.products[Int(ean13.index)].barcode = "9506000134352"
        dataset.products[Int(ean8.index)].barcode = "95010014"
        dataset.products[Int(butter.index)].barcode = "BU-0001"
        let index = GTINIndex(dataset: dataset)
        #expect(index.products(gtin: "09506000134352") == [ean13])
        #expect(index.products(gtin: "9506000134352") == [ean13])
        #expect(index.products(gtin: "00000095010014") == [ean8])
        #expect(index.products(gtin: "09506000134353").isEmpty)
        #expect(index.products(gtin: "BU-0001").isEmpty)
    }

    @Test func closestLotsAreOfTheSameProductBestFirst() {
        var builder = DatasetBuilder()
        let flour = builder.product("FL-1", "Flour")
        let sugar = builder.product("SU-1", "Sugar")
        for name in ["L-2501-A", "L-2501-B", "L-2502-A", "ZZZ-9"] { _ = builder.lot(name, of: flour) }
        _ = builder.lot("L-2501-C", of: sugar)
        let dataset = builder.dataset
        #expect(dataset.lotNames(closestTo: "L-2501-C", product: flour) == ["L-2501-A", "L-2501-B", "L-2502-A"])
        #expect(dataset.lotNames(closestTo: "L-2501-C", product: flour, limit: 1) == ["L-2501-A"])
        #expect(dataset.lotNames(closestTo: "Q", product: sugar).isEmpty)
    }

    @Test func editDistanceCountsScalars() {
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("LOT-é", "LOT-e") == 1)
        #expect(EditDistance.between("same", "same") == 0)
    }
}
