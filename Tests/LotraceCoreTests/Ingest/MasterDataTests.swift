import Testing

@testable import LotraceCore

@Suite("Master data, references and cascades")
struct MasterDataTests {
    static let products = """
        "Name","Internal Reference","Barcode","Tracking","Use Expiration Date","Expiration Date"
        "Flour","FL-1","5901234123457","By Lots","True","180"
        "Sugar","SU-1","","Lots please","False",""
        "Salt","","","No Tracking","",""
        "Pepper","PE-1","","By Quantity","maybe",""

        """

    @Test func productsAreParsedAndBadRowsRejected() {
        let dataset = IngestFixtures.loadMoves([IngestFixtures.receipt], extra: ["products.csv": Self.products])
        #expect(IngestFixtures.rejections(dataset, "products.csv") == ["3:4 bad_tracking", "5:5 bad_boolean"])
        #expect(dataset.products.map(\.displayName) == ["[FL-1] Flour", "Salt"])
        #expect(dataset.products[0].tracking == .lot)
        #expect(dataset.products[0].expirationDays == 180)
        #expect(dataset.products[0].barcode == "5901234123457")
        #expect(dataset.products[1].key == "Salt")
    }

    @Test func moveLinesOfARejectedProductCascade() {
        let dataset = IngestFixtures.loadMoves(
            [#""2025-01-02 08:00:00","R","[SU-1] Sugar","S1","Partners/Vendors","WH/Stock","1","kg","Done""#],
            extra: ["products.csv": Self.products])
        #expect(IngestFixtures.rejections(dataset) == ["2:3 unknown_product"])
        #expect(dataset.files.first { $0.name == "moves.csv" }!.rejected[0].message
            == #"product "[SU-1] Sugar" was rejected in the products file (products.csv:3)"#)
    }

    @Test func productsAreLearntFromMoveLinesWithoutAProductsFile() {
        let dataset = IngestFixtures.loadMoves([
            IngestFixtures.receipt,
            #""2025-01-02 08:00:00","R","Plain bag","","Partners/Vendors","WH/Stock","1","Units","Done""#,
        ])
        #expect(dataset.products.map(\.key) == ["FL-1", "Plain bag"])
        #expect(dataset.products[0].name == "Flour")
        #expect(dataset.products[0].tracking == nil)
    }

    @Test func aLocationsFileIsAuthoritative() {
        let locations = "\"Full Location Name\",\"Location Type\"\n\"WH/Stock\",\"internal\"\n\"Partners/Vendors\",\"Vendor Location\"\n\"WH/Bad\",\"Shelf\"\n"
        let dataset = IngestFixtures.loadMoves([
            IngestFixtures.receipt,
            #""2025-01-02 08:00:00","R","[FL-1] Flour","L1","WH/Stock","WH/Stock/Shelf 1","1","kg","Done""#,
            #""2025-01-02 08:00:00","R","[FL-1] Flour","L1","WH/Stock","WH/Bad","1","kg","Done""#,
        ], extra: ["locations.csv": locations])
        #expect(IngestFixtures.rejections(dataset, "locations.csv") == ["4:2 bad_location_type"])
        #expect(IngestFixtures.rejections(dataset) == ["3:6 unknown_location", "4:6 unknown_location"])
    }

    @Test(arguments: [
        ("Partners/Vendors", "supplier", "defaultName"), ("Vendors", "supplier", "defaultName"),
        ("Partner Locations/Customers", "customer", "defaultName"), ("Customers", "customer", "defaultName"),
        ("Virtual Locations/Production", "production", "defaultName"), ("Production", "production", "defaultName"),
        ("Virtual Locations/Inventory adjustment", "inventory", "defaultName"), ("Scrap", "inventory", "defaultName"),
        ("Physical Locations/Inter-warehouse transit", "transit", "defaultName"),
        ("WH/Stock", "internal", "warehousePath"), ("SF/Stock/Shelf 1", "internal", "warehousePath"),
    ])
    func usageInference(name: String, usage: String, source: String) throws {
        let (inferredUsage, inferredSource) = try #require(DefaultLocations.infer(name))
        #expect(inferredUsage.rawValue == usage)
        #expect("\(inferredSource)" == source)
    }

    @Test(arguments: ["Stock", "wh/stock/", "WH/", "/Stock", "Partners/Elsewhere", "Virtual Locations/Other", ""])
    func unknownLocations(name: String) {
        #expect(DefaultLocations.infer(name) == nil)
    }

    @Test(arguments: [
        ("[FURN_7800] Desk Combination", "FURN_7800", "Desk Combination"), ("Desk", nil, "Desk"),
        ("[] Empty code", nil, "[] Empty code"), ("[A]NoSpace", nil, "[A]NoSpace"),
        ("[E-1] Cable [2 m]", "E-1", "Cable [2 m]"),
    ])
    func productDisplayNames(display: String, code: String?, name: String) {
        let parsed = DisplayNames.parseProduct(display)
        #expect(parsed.code == code)
        #expect(parsed.name == name)
    }

    @Test func partnersTransfersAndOperationTypesLink() throws {
        let dataset = IngestFixtures.loadMoves(
            [#""2025-01-05 10:00:00","WH/OUT/00001","[FL-1] Flour","L1","WH/Stock","Partners/Customers","2","kg","Done""#],
            extra: [
                "partners.csv": "\"Name\",\"Related Company\",\"City\",\"Email\"\n\"Bakery Ltd\",\"\",\"Lyon\",\"\"\n\"Anna\",\"Bakery Ltd\",\"Lyon\",\"anna@bakery.example\"\n",
                "types.csv": "\"Operation Type\",\"Type of Operation\",\"Create New Lots/Serial Numbers\",\"Use Existing Lots/Serial Numbers\",\"Warehouse\"\n\"Delivery Orders\",\"Delivery\",\"False\",\"True\",\"San Francisco\"\n",
                "pickings.csv": "\"Reference\",\"Source Document\",\"Contact\",\"Scheduled Date\",\"Date of Transfer\",\"Status\",\"Operation Type\"\n\"WH/OUT/00001\",\"S00001\",\"Bakery Ltd, Anna\",\"2025-01-05 09:00:00\",\"2025-01-05 10:00:00\",\"Done\",\"San Francisco: Delivery Orders\"\n",
            ])
        #expect(dataset.refusals.isEmpty)
        let transfer = try #require(dataset.moveLines.first?.transfer).map { dataset[$0] }
        #expect(transfer?.contactName == "Bakery Ltd, Anna")
        #expect(transfer.flatMap(\.contact).map { dataset[$0].email } == "anna@bakery.example")
        #expect(transfer.flatMap(\.operationType).map { dataset[$0].kind } == .outgoing)
        #expect(transfer?.operationType.map { dataset[$0].createsLots } == false)
    }

    @Test func duplicateLotKeepsTheFirstRow() {
        let lots = "\"Lot/Serial Number\",\"Product\",\"Expiration Date\"\n\"L1\",\"[FL-1] Flour\",\"2025-06-30 00:00:00\"\n\"L1\",\"[FL-1] Flour\",\"2025-07-31 00:00:00\"\n\"L2\",\"[FL-1] Flour\",\"2025-07-31\"\n"
        let dataset = IngestFixtures.loadMoves([IngestFixtures.receipt], extra: ["lots.csv": lots])
        #expect(IngestFixtures.rejections(dataset, "lots.csv") == ["3:1 duplicate_lot", "4:3 bad_date"])
        #expect(dataset.lots.count == 1)
        #expect(dataset.lots[0].expirationDate?.description == "2025-06-30 00:00:00")
        #expect(dataset.moveLines[0].lot == dataset.lots[0].id)
    }
}

@Suite("Repeated master rows")
struct RepeatedMasterRowTests {
    @Test func theFirstRowWins() {
        let locations = "\"Full Location Name\",\"Location Type\"\n\"WH/Stock\",\"Internal Location\"\n\"WH/Stock\",\"View\"\n\"Partners/Vendors\",\"supplier\"\n"
        let dataset = IngestFixtures.loadMoves([IngestFixtures.receipt], extra: ["locations.csv": locations])
        #expect(IngestFixtures.rejections(dataset, "locations.csv") == ["3:1 bad_value"])
        #expect(dataset.files.first { $0.name == "locations.csv" }!.rejected[0].message
            == #"location "WH/Stock" is already defined (line 2); the first row wins"#)
        #expect(dataset.locations.map(\.usage) == [.internal, .supplier])
    }
}
