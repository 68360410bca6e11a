import LotraceCore
import Testing
import LotraceRender

/// Every audit rule fires on a minimal fixture and stays silent on its corrected twin.
@Suite struct AuditRuleTests {
    static let apple = AnalysisFixture.ProductRow(name: "Apple", code: "APL", days: ["", "", "", ""])
    static let probe = AnalysisFixture.ProductRow(
        name: "Probe", code: "SN", tracking: "By Unique Serial Number", usesExpiration: "False")
    static let (stock, vendors, customers, adjustment) = (
        ScenarioFixture.stock, ScenarioFixture.vendors, ScenarioFixture.customers, ScenarioFixture.adjustment
    )
    static let coldRoom = "WH/Stock/Cold Room"

    static func base() -> AnalysisFixture { AnalysisFixture(products: [apple, probe]) }

    /// "line lot location" per finding.
    static func summary(_ findings: [AuditFinding]) -> [String] {
        findings.map { "\($0.line.map(String.init) ?? "-") \($0.lot ?? "-") \($0.location ?? "-")" }
    }

    @Test func missingLot() {
        var fixture = Self.base()
        fixture.line("2025-03-01 08:00:00", "Product Quantity Updated", Self.apple.display, "", Self.adjustment, Self.stock, "5")
        let findings = fixture.findings(.missingLot)
        #expect(Self.summary(findings) == ["2 - WH/Stock"])
        #expect(findings.first?.detail
            == "5 Units moved from Virtual Locations/Inventory adjustment to WH/Stock by Product Quantity Updated on 2025-03-01 08:00:00 without a lot: this stock cannot be traced")
        fixture.lines[0][3] = "L1"
        #expect(fixture.findings(.missingLot).isEmpty)
    }

    @Test func untrackedStockAtTheFirstLineThatBroughtIt() {
        var fixture = Self.base()
        fixture.line("2025-03-01 08:00:00", "Product Quantity Updated", Self.apple.display, "", Self.adjustment, Self.stock, "5")
        fixture.line("2025-03-02 08:00:00", "Product Quantity Updated", Self.apple.display, "", Self.adjustment, Self.stock, "2")
        #expect(Self.summary(fixture.findings(.untrackedStock)) == ["2 - WH/Stock"])
        fixture.line("2025-03-03 08:00:00", "Product Quantity Updated", Self.apple.display, "", Self.stock, Self.adjustment, "7")
        #expect(fixture.findings(.untrackedStock).isEmpty)
    }

    @Test func serialQuantity() {
        var fixture = Self.base()
        fixture.line("2025-03-01 08:00:00", "WH/IN/00001", Self.probe.display, "S1", Self.vendors, Self.stock, "2")
        #expect(Self.summary(fixture.findings(.serialQuantity)) == ["2 S1 WH/Stock"])
        fixture.lines[0][6] = "1.000"
        #expect(fixture.findings(.serialQuantity).isEmpty)
    }

    @Test func serialDuplicateInTwoPlaces() {
        var fixture = Self.base()
        fixture.line("2025-03-01 08:00:00", "WH/IN/00001", Self.probe.display, "S1", Self.vendors, Self.stock, "1")
        fixture.line("2025-03-02 08:00:00", "Product Quantity Updated", Self.probe.display, "S1", Self.adjustment, Self.coldRoom, "1")
        let findings = fixture.findings(.serialDuplicate)
        #expect(Self.summary(findings) == ["3 S1 WH/Stock/Cold Room"])
        #expect(findings.first?.detail.hasSuffix("serial S1 is on hand 2 times (WH/Stock, WH/Stock/Cold Room): a serial number is one unit in one place") == true)
        fixture.lines[1] = ScenarioFixture.line("2025-03-02 08:00:00", "WH/INT/00001", Self.probe.display, "S1", Self.stock, Self.coldRoom, "1")
        #expect(fixture.findings(.serialDuplicate).isEmpty)
    }

    @Test func serialDeliveredTwiceUnlessACustomerReturnCameBetween() {
        var fixture = Self.base()
        fixture.line("2025-03-01 08:00:00", "WH/IN/00001", Self.probe.display, "S1", Self.vendors, Self.stock, "1")
        fixture.line("2025-03-02 08:00:00", "WH/OUT/00001", Self.probe.display, "S1", Self.stock, Self.customers, "1")
        fixture.line("2025-03-03 08:00:00", "Product Quantity Updated", Self.probe.display, "S1", Self.adjustment, Self.stock, "1")
        fixture.line("2025-03-04 08:00:00", "WH/OUT/00002", Self.probe.display, "S1", Self.stock, Self.customers, "1")
        let findings = fixture.findings(.serialDeliveredTwice)
        #expect(Self.summary(findings) == ["5 S1 WH/Stock"])
        #expect(findings.first?.detail
            == "serial S1 delivered by WH/OUT/00002 on 2025-03-04 08:00:00 although WH/OUT/00001 on 2025-03-02 08:00:00 already delivered it and no customer return came back")
        fixture.lines[2] = ScenarioFixture.line("2025-03-03 08:00:00", "WH/RET/00001", Self.probe.display, "S1", Self.customers, Self.stock, "1")
        #expect(fixture.findings(.serialDeliveredTwice).isEmpty)
    }

    static func withOperationTypes() -> AnalysisFixture {
        var fixture = base()
        fixture.operationTypes = [
            ["Receipts", "Receipt", "True", "False", "WH"], ["Delivery Orders", "Delivery", "False", "True", "WH"],
        ]
        fixture.transfer("WH/IN/00001", scheduled: "2025-03-01 08:00:00", type: "WH: Receipts")
        fixture.transfer("WH/OUT/00001", scheduled: "2025-03-02 08:00:00", type: "WH: Delivery Orders")
        return fixture
    }

    @Test func phantomLotFirstSeenOnADelivery() {
        var fixture = Self.withOperationTypes()
        fixture.line("2025-03-02 08:00:00", "WH/OUT/00001", Self.apple.display, "L9", Self.stock, Self.customers, "1", transfer: "WH/OUT/00001")
        let findings = fixture.findings(.phantomLot)
        #expect(Self.summary(findings) == ["2 L9 WH/Stock"])
        #expect(findings.first?.detail
            == "lot L9 first appears on WH/OUT/00001 on 2025-03-02 08:00:00 (\"WH: Delivery Orders\", which may not create lots) and was never received or produced before: check where it came from")
        fixture.lines.insert(
            ScenarioFixture.line("2025-03-01 08:00:00", "WH/IN/00001", Self.apple.display, "L9", Self.vendors, Self.stock, "1", transfer: "WH/IN/00001"),
            at: 0)
        #expect(fixture.findings(.phantomLot).isEmpty)
    }

    @Test func phantomLotOnAnUnknownTransferButNotFromAnAdjustment() {
        var fixture = Self.withOperationTypes()
        fixture.line("2025-03-01 08:00:00", "WH/IN/99999", Self.apple.display, "L9", Self.vendors, Self.stock, "1")
        #expect(Self.summary(fixture.findings(.phantomLot)) == ["2 L9 WH/Stock"])
        fixture.lines[0] = ScenarioFixture.line("2025-03-01 08:00:00", "Product Quantity Updated", Self.apple.display, "L9", Self.adjustment, Self.stock, "1")
        #expect(fixture.findings(.phantomLot).isEmpty)
    }

    @Test func negativeStockOncePerCrossing() {
        var fixture = Self.base()
        fixture.line("2025-03-01 08:00:00", "WH/IN/00001", Self.apple.display, "L1", Self.vendors, Self.stock, "5")
        fixture.line("2025-03-02 08:00:00", "WH/OUT/00001", Self.apple.display, "L1", Self.stock, Self.customers, "7")
        fixture.line("2025-03-03 08:00:00", "WH/OUT/00002", Self.apple.display, "L1", Self.stock, Self.customers, "1")
        fixture.line("2025-03-04 08:00:00", "WH/IN/00002", Self.apple.display, "L1", Self.vendors, Self.stock, "10")
        fixture.line("2025-03-05 08:00:00", "WH/OUT/00003", Self.apple.display, "L1", Self.stock, Self.customers, "8")
        let findings = fixture.findings(.negativeStock)
        #expect(Self.summary(findings) == ["3 L1 WH/Stock", "6 L1 WH/Stock"])
        #expect(findings.first?.detail
            == "WH/OUT/00001 on 2025-03-02 08:00:00 takes 7 Units of lot L1 from WH/Stock, which held 5: the balance falls to -2")
        fixture.lines[1][6] = "5"
        fixture.lines[2][6] = "0"
        #expect(fixture.findings(.negativeStock).isEmpty)
    }

    @Test func lotProductMismatch() {
        var fixture = Self.base()
        fixture.lotsHeader = ["Lot/Serial Number", "Product"]
        fixture.lots = [["L1", Self.apple.display]]
        fixture.line("2025-03-01 08:00:00", "WH/IN/00001", Self.probe.display, "L1", Self.vendors, Self.stock, "1")
        let findings = fixture.findings(.lotProductMismatch)
        #expect(Self.summary(findings) == ["2 L1 WH/Stock"])
        #expect(findings.first?.detail
            == "lot L1 is moved as [SN] Probe by WH/IN/00001 on 2025-03-01 08:00:00, but the lots file lists it only under [APL] Apple")
        fixture.lots.append(["L1", Self.probe.display])
        #expect(fixture.findings(.lotProductMismatch).isEmpty)
    }

    @Test func s5ExpiredLotsDelivered() {
        var fixture = Self.base()
        fixture.lotsHeader = ["Lot/Serial Number", "Product", "Expiration Date"]
        fixture.lots = [["good-apple-lot", Self.apple.display, "2025-03-20 10:00:00"],
                        ["expired-apple-lot-01", Self.apple.display, "2025-02-28 10:00:00"]]
        for lot in ["good-apple-lot", "expired-apple-lot-01"] {
            fixture.line("2025-02-01 08:00:00", "WH/IN/00001", Self.apple.display, lot, Self.vendors, Self.stock, "20")
        }
        fixture.line("2025-03-10 10:00:00", "WH/OUT/00001", Self.apple.display, "good-apple-lot", Self.stock, Self.customers, "4")
        fixture.line("2025-03-10 11:00:00", "WH/OUT/00002", Self.apple.display, "good-apple-lot", Self.stock, Self.customers, "4")
        fixture.line("2025-03-10 11:00:00", "WH/OUT/00002", Self.apple.display, "expired-apple-lot-01", Self.stock, Self.customers, "4")
        fixture.line("2025-03-10 12:00:00", "WH/OUT/00003", Self.apple.display, "expired-apple-lot-01", Self.stock, Self.customers, "4")
        let findings = fixture.findings(.expiredDelivered)
        #expect(Self.summary(findings) == ["6 expired-apple-lot-01 WH/Stock", "7 expired-apple-lot-01 WH/Stock"])
        #expect(findings.first?.detail
            == "lot expired-apple-lot-01 expired on 2025-02-28 10:00:00 (lots export (stock.lot.csv line 3)) and was shipped by WH/OUT/00002 on 2025-03-10 11:00:00")
        fixture.lots[1][2] = "2025-03-10 12:00:01"
        #expect(fixture.findings(.expiredDelivered).isEmpty)
    }

    /// Lots A (removal 03-20) and B (removal `removalB`) received into WH/Stock (B into `placeB`).
    static func fefoFixture(removalB: String = "2025-03-15 00:00:00", placeB: String = stock) -> AnalysisFixture {
        var fixture = base()
        fixture.lotsHeader = AnalysisFixture.lotsHeader
        fixture.lots = [["A", apple.display, "", "", "2025-03-20 00:00:00", ""], ["B", apple.display, "", "", removalB, ""]]
        fixture.line("2025-03-01 08:00:00", "WH/IN/00001", apple.display, "A", vendors, stock, "10")
        fixture.line("2025-03-01 08:00:00", "WH/IN/00001", apple.display, "B", vendors, placeB, "10")
        return fixture
    }

    @Test func fefoViolationNamesTheLotThatShouldHaveGoneFirst() {
        var fixture = Self.fefoFixture()
        fixture.line("2025-03-10 13:00:00", "WH/OUT/00001", Self.apple.display, "A", Self.stock, Self.customers, "4")
        let findings = fixture.findings(.fefoViolation)
        #expect(Self.summary(findings) == ["4 A WH/Stock"])
        #expect(findings.first?.detail
            == "WH/OUT/00001 on 2025-03-10 13:00:00 shipped lot A (removal 2025-03-20 00:00:00) while lot B (removal 2025-03-15 00:00:00) was in WH/Stock and should have gone first")
        fixture.lines[2][3] = "B"
        #expect(fixture.findings(.fefoViolation).isEmpty)
    }

    @Test func fefoIsKeptWhenTheEarlierLotWasRemovedElsewhereOrEmptiedByTheSameDelivery() {
        var removed = Self.fefoFixture(removalB: "2025-03-05 00:00:00")
        removed.line("2025-03-10 13:00:00", "WH/OUT/00001", Self.apple.display, "A", Self.stock, Self.customers, "4")
        #expect(removed.findings(.fefoViolation).isEmpty)
        var elsewhere = Self.fefoFixture(placeB: Self.coldRoom)
        elsewhere.line("2025-03-10 13:00:00", "WH/OUT/00001", Self.apple.display, "A", Self.stock, Self.customers, "4")
        #expect(elsewhere.findings(.fefoViolation).isEmpty)
        var emptied = Self.fefoFixture()
        emptied.line("2025-03-10 13:00:00", "WH/OUT/00001", Self.apple.display, "A", Self.stock, Self.customers, "4")
        emptied.line("2025-03-10 13:00:00", "WH/OUT/00001", Self.apple.display, "B", Self.stock, Self.customers, "10")
        #expect(emptied.findings(.fefoViolation).isEmpty)
    }

    @Test func riskyOperationType() {
        var fixture = Self.base()
        fixture.operationTypes = [["Express Deliveries", "Delivery", "True", "True", "WH"]]
        fixture.line("2025-03-01 08:00:00", "WH/IN/00001", Self.apple.display, "L1", Self.vendors, Self.stock, "1")
        let findings = fixture.findings(.riskyOperationType)
        #expect(findings.map { "\($0.file ?? "") \($0.line ?? 0)" } == ["stock.picking.type.csv 2"])
        fixture.operationTypes[0][2] = "False"
        #expect(fixture.findings(.riskyOperationType).isEmpty)
    }

    /// Without a transfers file the receipt's operation type is unknown: the lot counts as a phantom.
    @Test func auditJSONShapeAndErrorSeverity() {
        var fixture = Self.base()
        fixture.line("2025-03-01 08:00:00", "WH/IN/00001", Self.probe.display, "S1", Self.vendors, Self.stock, "2")
        let (graph, dates) = fixture.analysed()
        let audit = IntegrityAudit(graph: graph, dates: dates)
        #expect(audit.hasErrors)
        #expect(audit.counts.filter { $0.count > 0 }.map { "\($0.rule.rawValue)=\($0.count)" } == [
            "serial_quantity=1", "serial_duplicate=1", "phantom_lot=1",
        ])
        #expect(audit.json.serialized(pretty: false).hasPrefix(
            #"[{"rule":"serial_quantity","file":"stock.move.line.csv","line":2,"product":"SN","lot":"S1","location":"WH/Stock","detail":"serial S1 moved 2 Units"#))
    }
}
