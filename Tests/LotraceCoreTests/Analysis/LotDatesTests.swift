import LotraceCore
import Testing

/// Odoo's lot-date scenarios (Odoo's test_03_onchange_expiration_date, test_04_expiration_date_on_receipt and test_compute_expiration_date_from_scheduled_date, S1-S3 and S6's cleared dates; docs/data-contract.md section 4.1) rebuilt as
/// exports, with their exact dates and where each came from.
@Suite struct LotDatesTests {
    static let apple = AnalysisFixture.ProductRow(name: "Apple", code: "APL", days: ["10", "5", "2", "6"])
    static let stock = ScenarioFixture.stock

    /// "value | origin" for each of the four dates, in `LotDateKind` order.
    static func describe(_ dates: LotDates) -> [String] {
        LotDateKind.allCases.map { kind in
            guard let date = dates[kind] else { return "none" }
            return "\(date.value?.description ?? "empty") | \(date.origin.explanation)"
        }
    }

    static func dates(_ fixture: AnalysisFixture, lot: String) throws -> LotDates {
        let (graph, dates) = fixture.analysed()
        return dates[try graph.dataset.resolveLot(named: lot)]
    }

    @Test func s1LotCreatedByHandTakesTheProductDaysFromItsFirstLine() throws {
        var fixture = AnalysisFixture(products: [Self.apple])
        fixture.line("2025-03-01 10:00:00", "Product Quantity Updated", Self.apple.display, "Apple Box #1",
                     ScenarioFixture.adjustment, Self.stock, "4")
        #expect(Self.describe(try Self.dates(fixture, lot: "Apple Box #1")) == [
            "2025-03-11 10:00:00 | computed: date of the first line Product Quantity Updated (2025-03-01 10:00:00) + 10 days",
            "2025-03-06 10:00:00 | computed: expiration date - 5 days",
            "2025-03-09 10:00:00 | computed: expiration date - 2 days",
            "2025-03-05 10:00:00 | computed: expiration date - 6 days",
        ])
    }

    @Test func s1EditedDatesComeFromTheExport() throws {
        var fixture = AnalysisFixture(products: [Self.apple], lotsHeader: AnalysisFixture.lotsHeader)
        fixture.lots = [["Apple Box #1", Self.apple.display, "2025-03-31 10:00:00", "2025-03-26 10:00:00",
                         "2025-03-29 10:00:00", "2025-03-25 10:00:00"]]
        fixture.line("2025-03-01 10:00:00", "Product Quantity Updated", Self.apple.display, "Apple Box #1",
                     ScenarioFixture.adjustment, Self.stock, "4")
        let origin = "lots export (stock.lot.csv line 2)"
        #expect(Self.describe(try Self.dates(fixture, lot: "Apple Box #1")) == [
            "2025-03-31 10:00:00 | \(origin)", "2025-03-26 10:00:00 | \(origin)", "2025-03-29 10:00:00 | \(origin)",
            "2025-03-25 10:00:00 | \(origin)",
        ])
    }

    @Test func s1AndS2ExpirationAloneRecomputesTheOthersWithTheProductOffsets() throws {
        var fixture = AnalysisFixture(products: [Self.apple], lotsHeader: ["Lot/Serial Number", "Product", "Expiration Date"])
        fixture.lots = [["Apple Box #2", Self.apple.display, "2025-04-10 10:00:00"]]
        fixture.line("2025-03-11 10:00:00", "WH/IN/00001", Self.apple.display, "Apple Box #2", ScenarioFixture.vendors,
                     Self.stock, "4")
        #expect(Self.describe(try Self.dates(fixture, lot: "Apple Box #2")) == [
            "2025-04-10 10:00:00 | lots export (stock.lot.csv line 2)",
            "2025-04-05 10:00:00 | computed: expiration date - 5 days",
            "2025-04-08 10:00:00 | computed: expiration date - 2 days",
            "2025-04-04 10:00:00 | computed: expiration date - 6 days",
        ])
    }

    @Test func s2VariantUnsetRemovalDaysGiveTheExpirationItself() throws {
        let apple = AnalysisFixture.ProductRow(name: "Apple", code: "APL", days: ["", "5", "", "6"])
        var fixture = AnalysisFixture(products: [apple], lotsHeader: ["Lot/Serial Number", "Product", "Expiration Date"])
        fixture.lots = [["Apple Box #2", apple.display, "2025-04-10 10:00:00"]]
        fixture.line("2025-03-11 10:00:00", "WH/IN/00001", apple.display, "Apple Box #2", ScenarioFixture.vendors, Self.stock, "4")
        let dates = try Self.dates(fixture, lot: "Apple Box #2")
        #expect(dates.value(.removal) == dates.value(.expiration))
        #expect(Self.describe(dates)[1...] == [
            "2025-04-05 10:00:00 | computed: expiration date - 5 days",
            "2025-04-10 10:00:00 | computed: the expiration date itself",
            "2025-04-04 10:00:00 | computed: expiration date - 6 days",
        ])
    }

    @Test func s3ExpirationCountsFromTheReceiptsScheduledDate() throws {
        var fixture = AnalysisFixture(products: [Self.apple])
        fixture.transfer("WH/IN/00001", scheduled: "2025-04-12 09:00:00", type: "")
        fixture.line("2025-03-01 09:30:00", "WH/IN/00001", Self.apple.display, "Apple Box #3", ScenarioFixture.vendors,
                     Self.stock, "4", transfer: "WH/IN/00001")
        #expect(Self.describe(try Self.dates(fixture, lot: "Apple Box #3"))[0]
            == "2025-04-22 09:00:00 | computed: Scheduled Date of WH/IN/00001 (2025-04-12 09:00:00) + 10 days")
    }

    @Test func s3WithoutAScheduledDateTheReceiptLinesDateIsTheBase() throws {
        var fixture = AnalysisFixture(products: [Self.apple])
        fixture.transfer("WH/IN/00001", scheduled: "", type: "")
        fixture.line("2025-03-01 09:30:00", "WH/IN/00001", Self.apple.display, "Apple Box #3", ScenarioFixture.vendors,
                     Self.stock, "4", transfer: "WH/IN/00001")
        #expect(Self.describe(try Self.dates(fixture, lot: "Apple Box #3"))[0]
            == "2025-03-11 09:30:00 | computed: date of the first line WH/IN/00001 (2025-03-01 09:30:00) + 10 days")
    }

    @Test func s6ClearedDatesInTheExportStayEmpty() throws {
        var fixture = AnalysisFixture(products: [Self.apple], lotsHeader: AnalysisFixture.lotsHeader)
        fixture.lots = [["LOT001", Self.apple.display, "", "", "", ""]]
        fixture.line("2025-03-01 09:30:00", "WH/IN/00001", Self.apple.display, "LOT001", ScenarioFixture.vendors, Self.stock, "100")
        #expect(Self.describe(try Self.dates(fixture, lot: "LOT001")) == Array(
            repeating: "empty | lots export (stock.lot.csv line 2)", count: 4))
    }

    @Test func productsWithoutExpirationDatesGetNoComputedDates() throws {
        let plain = AnalysisFixture.ProductRow(name: "Box", code: "BOX", usesExpiration: "False", days: ["10", "", "", ""])
        var fixture = AnalysisFixture(products: [plain])
        fixture.line("2025-03-01 09:30:00", "WH/IN/00001", plain.display, "B1", ScenarioFixture.vendors, Self.stock, "1")
        #expect(try Self.dates(fixture, lot: "B1") == .none)
    }
}
