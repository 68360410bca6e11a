import LotraceCore
import Testing
import LotraceRender

/// The expiry alert list: each group's boundary (a date exactly equal to as-of is reached),
/// the 30/60/90 buckets, stock as of the moment, Odoo's S4, the JSON shape and the timeline.
@Suite struct ExpiryAlertListTests {
    static let cake = AnalysisFixture.ProductRow(name: "Cake", code: "CK", days: ["", "", "", ""])
    static let asOf = AnalysisFixture.date("2025-03-10")

    /// A fixture with one received lot per (name, expiration, removal, alert) row.
    static func fixture(_ lots: [(String, String, String, String)]) -> AnalysisFixture {
        var fixture = AnalysisFixture(products: [cake], lotsHeader: AnalysisFixture.lotsHeader)
        for (name, expiration, removal, alert) in lots {
            fixture.lots.append([name, cake.display, expiration, "", removal, alert])
            fixture.line("2025-03-01 08:00:00", "WH/IN/00001", cake.display, name, ScenarioFixture.vendors,
                         ScenarioFixture.stock, "5")
        }
        return fixture
    }

    static func list(_ fixture: AnalysisFixture, asOf: LocalDateTime = asOf) -> ExpiryAlertList {
        let (graph, dates) = fixture.analysed()
        return ExpiryAlertList(graph: graph, dates: dates, asOf: asOf)
    }

    static func names(_ list: ExpiryAlertList) -> [String] {
        ExpiryGroup.allCases.map { group in group.rawValue + ": " + list[group].map(\.lot).joined(separator: " ") }
    }

    @Test func aBareDateIsTheEndOfThatDay() {
        #expect(AsOfDate.parse("2025-03-10")?.description == "2025-03-10 23:59:59")
        #expect(AsOfDate.parse("2025-03-10 13:30:00")?.description == "2025-03-10 13:30:00")
        #expect(AsOfDate.parse("2025-02-30") == nil)
        #expect(AsOfDate.parse("2025-03-10T13:30:00") == nil)
    }

    @Test func eachGroupIsReachedWhenItsDateEqualsAsOf() {
        let list = Self.list(Self.fixture([
            ("EXP-EQ", "2025-03-10 23:59:59", "", ""),
            ("REM-EQ", "2025-03-11 00:00:00", "2025-03-10 23:59:59", ""),
            ("ALR-EQ", "2025-03-11 00:00:00", "2025-03-11 00:00:00", "2025-03-10 23:59:59"),
            ("ALR-AFTER", "2025-03-11 00:00:00", "2025-03-11 00:00:00", "2025-03-11 00:00:00"),
            ("EXP-ALL", "2025-03-01 00:00:00", "2025-02-20 00:00:00", "2025-02-10 00:00:00"),
        ]))
        #expect(Self.names(list) == [
            "expired: EXP-ALL EXP-EQ", "toRemove: REM-EQ", "alert: ALR-EQ", "upcoming: ALR-AFTER",
        ])
        #expect(list.expired.map(\.daysLeft) == [-9, 0])
        #expect(list.upcoming.map(\.daysText) == ["1 day left"])
    }

    @Test func upcomingBucketsEndExactlyAt30_60And90Days() {
        let list = Self.list(Self.fixture([
            ("D30", "2025-04-09 23:59:59", "", ""), ("D30+", "2025-04-10 00:00:00", "", ""),
            ("D60", "2025-05-09 23:59:59", "", ""), ("D90", "2025-06-08 23:59:59", "", ""),
            ("D90+", "2025-06-09 00:00:00", "", ""), ("NODATE", "", "", ""),
        ]))
        #expect(list.upcoming.map(\.lot) == ["D30", "D30+", "D60", "D90"])
        #expect(list.upcoming.map(\.dueWithin) == [30, 60, 60, 90])
        #expect(list.expired.isEmpty && list.toRemove.isEmpty && list.alert.isEmpty)
    }

    @Test func stockIsTakenAsOfTheMomentAndPerLocation() {
        var fixture = Self.fixture([("L1", "2025-03-05 00:00:00", "", "")])
        fixture.line("2025-03-10 12:00:00", "WH/INT/00001", Self.cake.display, "L1", ScenarioFixture.stock,
                     "WH/Stock/Cold Room", "2")
        fixture.line("2025-03-10 12:00:01", "WH/OUT/00001", Self.cake.display, "L1", ScenarioFixture.stock,
                     ScenarioFixture.customers, "3")
        let noon = Self.list(fixture, asOf: AnalysisFixture.date("2025-03-10 12:00:00"))
        #expect(noon.expired.first?.onHand.map { "\($0.location)=\($0.quantity)" } == ["WH/Stock=3", "WH/Stock/Cold Room=2"])
        let evening = Self.list(fixture)
        #expect(evening.expired.first?.onHand.map { "\($0.location)=\($0.quantity)" } == ["WH/Stock/Cold Room=2"])
        #expect(Self.list(fixture, asOf: AnalysisFixture.date("2025-02-28")).expired.isEmpty)
    }

    @Test func s4AlertDateReachedListsTheLotOnceAndLaterOrMissingAlertsDoNot() {
        let aaa = AnalysisFixture.ProductRow(name: "AAA", code: "AAA", usesExpiration: "", days: ["", "", "", ""])
        var fixture = AnalysisFixture(products: [aaa], lotsHeader: AnalysisFixture.lotsHeader)
        fixture.lots = [
            ["Lot 1 ProductAAA", aaa.display, "", "", "", "2025-02-23 10:00:00"],
            ["Lot 2 ProductAAA", aaa.display, "", "", "", "2025-03-25 10:00:00"],
            ["Lot 3 ProductAAA", aaa.display, "", "", "", ""],
        ]
        for lot in ["Lot 1 ProductAAA", "Lot 2 ProductAAA", "Lot 3 ProductAAA"] {
            fixture.line("2025-03-01 08:00:00", "WH/IN/00001", aaa.display, lot, ScenarioFixture.vendors, ScenarioFixture.stock, "33")
        }
        let list = Self.list(fixture)
        #expect(Self.names(list) == ["expired: ", "toRemove: ", "alert: Lot 1 ProductAAA", "upcoming: "])
        #expect(list.alert[0].total == Quantity(33))
    }

    @Test func jsonHasTheDocumentedShape() {
        let list = Self.list(Self.fixture([("L1", "2025-03-05 00:00:00", "2025-03-04 00:00:00", "")]))
        #expect(list.json.serialized(pretty: false) == """
            {"asOf":"2025-03-10 23:59:59","expired":[{"product":"CK","lot":"L1","expirationDate":"2025-03-05 00:00:00",\
            "bestBeforeDate":null,"removalDate":"2025-03-04 00:00:00","alertDate":null,\
            "onHand":[{"location":"WH/Stock","quantity":5}]}],"toRemove":[],"alert":[],"upcoming":[]}
            """)
    }

    @Test func timelineCountsQuantitiesPerWeekAndUnit() {
        let list = Self.list(Self.fixture([
            ("W1", "2025-03-17 23:59:59", "", ""), ("W2", "2025-03-18 00:00:00", "", ""),
            ("W2B", "2025-03-20 00:00:00", "2025-03-01 00:00:00", ""), ("W13", "2025-06-09 23:59:59", "", ""),
            ("W14", "2025-06-10 00:00:00", "", ""),
        ]))
        #expect(list.timeline.count == 13)
        #expect(list.timeline.map(\.lots) == [1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])
        #expect(list.timeline[1].quantities.map { "\($0.quantity) \($0.unit)" } == ["10 Units"])
        #expect(list.timeline[12].end.description == "2025-06-09 23:59:59")
    }
}
