import LotraceCore
import Testing
@testable import LotraceRender

/// Which transfers get a slip and what it holds.
@Suite struct DeliverySlipBuilderTests {
    static func slips(_ files: [String: String] = SiteFixture.files) throws -> (DeliverySlipBuilder, [DeliverySlip]) {
        let data = try SiteFixture.folder(files)
        let builder = DeliverySlipBuilder(
            dataset: DatasetLoader(schemasDirectory: nil).load(folder: data), config: try LotraceConfig.load(folder: data))
        return (builder, builder.slips())
    }

    @Test func outgoingTransfersAndDeliveriesWithoutTransferRow() throws {
        let (builder, slips) = try Self.slips()
        #expect(slips.map(\.reference) == ["POS/0001", "WH/OUT/00001", "WH/OUT/00002"])
        #expect(builder.slip(named: "WH/IN/00001") == nil)
        #expect(builder.slip(named: "WH/MO/00001") == nil)
        #expect(builder.slip(named: "POS/0001")?.transfer == nil)
    }

    @Test func doneSlipHasEveryLineAndTheOpenBackorder() throws {
        let (builder, _) = try Self.slips()
        let slip = try #require(builder.slip(named: "WH/OUT/00001"))
        #expect(slip.isDone && slip.order == "S001" && slip.shippingDate?.description == "2025-01-07 10:05:00")
        #expect(slip.company.name == "Hartwell <Bakery> & Co")
        #expect(slip.customer?.name == "Olive Table, Alice Khan" && slip.customer?.partner?.city == "Eastwold")
        #expect(slip.lines.map { [$0.productName, $0.lotName ?? "", $0.quantity.description, $0.unit] } == [
            ["[BI-001] Shortbread", "B1", "120", "Units"], ["[EL-001] Data Logger", "SN-1", "1", "Units"],
            ["[EL-001] Data Logger", "SN-2", "1", "Units"],
        ])
        #expect(slip.lines.map(\.isSerial) == [false, true, true])
        #expect(slip.lines[0].expirationDate?.description == "2025-01-20 09:00:00" && slip.lines[0].barcode == "5060012002015")
        #expect(slip.backorders == ["WH/OUT/00002"])
        #expect(slip.remaining.map { [$0.productName, $0.quantity.description, $0.unit] } == [["[BI-001] Shortbread", "50", "Units"]])
    }

    @Test func openSlipListsItsPendingLinesAndUsesTheScheduledDate() throws {
        let (builder, _) = try Self.slips()
        let slip = try #require(builder.slip(named: "WH/OUT/00002"))
        #expect(!slip.isDone && !slip.isCancelled && slip.status == .notDone("Ready"))
        #expect(slip.shippingDate?.description == "2025-01-09 10:00:00")
        #expect(slip.backorderOf == "WH/OUT/00001")
        #expect(slip.lines.map(\.quantity) == [Quantity(50)])
    }

    @Test func withoutOperationTypesATransferIntoCustomersIsOutgoing() throws {
        var files = SiteFixture.files
        files["types.csv"] = nil
        let (_, slips) = try Self.slips(files)
        #expect(slips.map(\.reference) == ["POS/0001", "WH/OUT/00001", "WH/OUT/00002"])
    }
}
