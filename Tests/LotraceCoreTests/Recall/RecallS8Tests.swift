import Testing

import LotraceCore

/// Odoo's S8 (`test_last_delivery_traceability`) as a recall: SubA -> CompA -> EndA through two
/// manufacturing orders; whichever lot is recalled, the deliveries are exactly Picking A.
@Suite("Recall: Odoo S8, through two manufacturing orders")
struct RecallS8Tests {
    typealias F = ScenarioFixture

    private let files = F.s8

    @Test("every lot's recall delivers exactly [Picking A]")
    func everyLotsDeliveriesArePickingA() throws {
        for lot in ["lot SubA", "lot CompA", "lot EndA"] {
            let report = try RecallFixture.report(files, RecallSelection(lots: [lot]))
            #expect(report.deliveries.map(\.delivery.reference) == ["WH/OUT/00001"], "\(lot)")
            #expect(report.customers.map { $0.party?.name } == ["Deco Addict"], "\(lot)")
        }
    }

    @Test("the recall of lot SubA: two levels down, paths through both orders, balance of zero")
    func recallOfTheFirstLot() throws {
        let report = try RecallFixture.report(files, RecallSelection(lots: ["lot SubA"]))
        #expect(
            RecallFixture.member(report, "affected") == """
                [{"product":"SUB-A","lot":"lot SubA","depth":0,"path":[{"product":"SUB-A","lot":"lot SubA","order":null}]},\
                {"product":"COMP-A","lot":"lot CompA","depth":1,"path":[{"product":"SUB-A","lot":"lot SubA","order":null},{"product":"COMP-A","lot":"lot CompA","order":"WH/MO/00001"}]},\
                {"product":"END-A","lot":"lot EndA","depth":2,"path":[{"product":"SUB-A","lot":"lot SubA","order":null},{"product":"COMP-A","lot":"lot CompA","order":"WH/MO/00001"},{"product":"END-A","lot":"lot EndA","order":"WH/MO/00002"}]}]
                """)
        #expect(
            RecallFixture.member(report, "deliveries") == """
                [{"reference":"WH/OUT/00001","order":"S00001","partner":"Deco Addict","date":"2024-03-04 15:00:00","product":"END-A","lot":"lot EndA","delivered":1,"returned":0,"quantity":1,"unit":"Units"}]
                """)
        #expect(RecallFixture.member(report, "onHand") == "[]")
        #expect(report.massBalance.map { "\($0.lot.lot) in \($0.balance.quantityIn) unaccounted \($0.balance.unaccounted)" } == [
            "lot SubA in 1 unaccounted 0", "lot CompA in 1 unaccounted 0", "lot EndA in 1 unaccounted 0",
        ])
        #expect(report.massBalance.map { $0.balance.onHandFromLotsFile } == [false, false, false])
        #expect(RecallFixture.member(report, "recovery") == #"{"in":3,"accounted":3,"unaccounted":0,"percent":100,"flaggedLots":0}"#)
    }

    @Test("upstream from a complaint about lot EndA recalls lot SubA and reaches the same delivery")
    func upstream() throws {
        let report = try RecallFixture.report(files, RecallSelection(lots: ["lot EndA"], upstream: true))
        #expect(report.recalled.map(\.lot) == ["lot SubA"])
        #expect(report.affected.count == 3)
        #expect(report.deliveries.map(\.delivery.reference) == ["WH/OUT/00001"])
    }

    @Test("the critical tracking events: receiving, two transformations, shipping")
    func events() throws {
        let report = try RecallFixture.report(files, RecallSelection(lots: ["lot SubA"]))
        #expect(report.events.map { "\($0.kind.rawValue) \($0.document) \($0.input?.lot ?? "-") -> \($0.lot.lot) \($0.lot.quantity)" } == [
            "Receiving WH/IN/00001 - -> lot SubA 1",
            "Transformation WH/MO/00001 lot SubA -> lot CompA 1",
            "Transformation WH/MO/00002 lot CompA -> lot EndA 1",
            "Shipping WH/OUT/00001 - -> lot EndA 1",
        ])
        #expect(report.events.map(\.lotCodeSource) == ["Wood Corner", "Hartwell Bakery Ltd", "Hartwell Bakery Ltd", "Hartwell Bakery Ltd"])
    }
}
