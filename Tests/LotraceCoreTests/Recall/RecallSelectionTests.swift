import Testing

import LotraceCore

/// How `lotrace recall` picks the lots: by name, supplier lot, product and receipt dates, the
/// sources of a complaint, and the errors when nothing matches.
@Suite("Recall: selecting the lots")
struct RecallSelectionTests {
    typealias R = RecallFixture

    private func recalled(_ selection: RecallSelection) throws -> [String] {
        try R.report(R.files(), selection).recalled.map { "\($0.product)/\($0.lot)" }
    }

    private func affected(_ selection: RecallSelection) throws -> [String] {
        try R.report(R.files(), selection).affected.map { "\($0.lot.product)/\($0.lot.lot)" }
    }

    @Test("a lot by name, or by supplier lot number, is the same recall")
    func byNameOrSupplierLot() throws {
        #expect(try recalled(RecallSelection(lots: ["F1"])) == ["FL-001/F1"])
        #expect(try recalled(RecallSelection(lots: ["F1"], product: "FL-001")) == ["FL-001/F1"])
        #expect(try recalled(RecallSelection(product: "[FL-001] Flour", supplierLot: "GM-1")) == ["FL-001/F1"])
        #expect(try affected(RecallSelection(lots: ["F1"])) == affected(RecallSelection(supplierLot: "GM-1")))
    }

    @Test("a product's lots received in a date range; bare dates cover whole days")
    func byReceiptDates() throws {
        let day = try #require(ReceivedRange(parsing: "2025-02-03..2025-02-03"))
        #expect(try recalled(RecallSelection(product: "FL-001", received: day)) == ["FL-001/F1", "FL-001/F2"])
        let later = try #require(ReceivedRange(parsing: "2025-02-03 08:30:00.."))
        #expect(try recalled(RecallSelection(product: "FL-001", received: later)) == ["FL-001/F2"])
        #expect(try affected(RecallSelection(product: "FL-001", received: later)) == ["FL-001/F2", "BI-001/B2"])
        #expect(try recalled(RecallSelection(product: "BI-001")) == ["BI-001/B1", "BI-001/B2"])
    }

    @Test("date ranges: open ends, exact times, refused forms")
    func rangeParsing() {
        #expect(ReceivedRange(parsing: "2025-02-01..2025-02-28")?.description == "2025-02-01 00:00:00..2025-02-28 23:59:59")
        #expect(ReceivedRange(parsing: "..2025-02-28 12:00:00")?.description == "..2025-02-28 12:00:00")
        for bad in ["2025-02-01", "..", "2025-02-30..", "2025-02-02..2025-02-01", "2025-2-1..", " 2025-02-01.."] {
            #expect(ReceivedRange(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test("upstream from a complaint: the source lots of B2, then everything made from them")
    func upstreamFromComplaint() throws {
        let selection = RecallSelection(lots: ["B2"], upstream: true)
        let report = try R.report(R.files(), selection)
        #expect(report.selected.map(\.lot) == ["B2"])
        #expect(report.recalled.map(\.lot) == ["F1", "F2"])
        #expect(report.affected.map { "\($0.lot.lot)@\($0.depth)" } == ["F1@0", "F2@0", "B1@1", "B2@1"])
        #expect(report.sources.map(\.reference) == ["WH/IN/00001", "WH/IN/00002"])
    }

    @Test("selections that name nothing say why")
    func errors() {
        let cases: [(RecallSelection, String)] = [
            (RecallSelection(), "name at least one lot, or --product, or --from-supplier-lot"),
            (RecallSelection(supplierLot: "GM-9"), "no lot has the supplier lot number (Internal Reference) GM-9"),
            (RecallSelection(lots: ["F9"]), "no lot or serial number F9"),
            (RecallSelection(product: "XX-1"), "no product with Internal Reference or name XX-1"),
            (
                RecallSelection(received: ReceivedRange(parsing: "2025-01-01..")),
                "--received needs --product (the product whose receipts to look at)"
            ),
            (
                RecallSelection(product: "FL-001", received: ReceivedRange(parsing: "2025-03-01..")),
                "no lot of FL-001 was received in 2025-03-01 00:00:00.."
            ),
        ]
        for (selection, message) in cases {
            #expect(throws: RecallSelectionError.self) { try R.report(R.files(), selection) }
            do {
                _ = try R.report(R.files(), selection)
            } catch {
                #expect(error.description == message)
            }
        }
    }
}
