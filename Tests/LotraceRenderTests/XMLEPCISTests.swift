import Foundation
import LotraceCore
import LotraceXML
import Testing

@testable import LotraceRender

@Suite("EPCIS export")
struct XMLEPCISTests {
    private static func export(_ data: (Dataset, LotraceConfig)? = nil) throws -> RenderedDocument {
        let (dataset, config) = try data ?? SiteFixture.load()
        return try EPCISXML(EPCISExport(graph: TraceGraph(dataset: dataset), config: config, created: XMLFixture.created)).render()
    }

    private static func trace(_ lot: String, _ data: (Dataset, LotraceConfig)? = nil) throws -> RenderedDocument {
        let (dataset, config) = try data ?? SiteFixture.load()
        let id = try dataset.resolveLot(named: lot, product: nil)
        return try EPCISXML(EPCISExport(graph: TraceGraph(dataset: dataset), config: config, trace: id, created: XMLFixture.created))
            .render()
    }

    /// CBV 2.0 business steps and dispositions (GS1 CBV 2.0, business steps and dispositions).
    private static let bizSteps: Set<String> = [
        "accepting", "arriving", "assembling", "collecting", "commissioning", "consigning", "creating_class_instance",
        "cycle_counting", "decommissioning", "departing", "destroying", "disassembling", "dispensing", "encoding",
        "entering_exiting", "holding", "inspecting", "installing", "killing", "loading", "other", "packing", "picking",
        "receiving", "removing", "repackaging", "repairing", "replacing", "reserving", "retail_selling", "sampling",
        "sensor_reporting", "shipping", "staging_outbound", "stock_taking", "stocking", "storing", "transporting",
        "unloading", "unpacking", "void_shipping",
    ]
    private static let dispositions: Set<String> = [
        "active", "available", "completeness_inferred", "completeness_verified", "conformant", "container_closed",
        "container_open", "damaged", "destroyed", "dispensed", "disposed", "encoded", "expired", "in_progress",
        "in_transit", "inactive", "mismatch_class", "mismatch_instance", "mismatch_quantity", "needs_replacement",
        "no_pedigree_match", "non_conformant", "non_sellable_other", "partially_dispensed", "recalled", "reserved",
        "retail_sold", "returned", "sellable_accessible", "sellable_not_accessible", "stolen", "unavailable", "unknown",
    ]

    @Test("the export of the fixture matches its golden file")
    func golden() throws {
        let document = try Self.export()
        try Golden.check(Data(document.bytes), "XML/epcis-export.xml")
        #expect(
            document.notes == [
                "lot \"<script>alert(1)</script>\" cannot be a GS1 batch number (AI 10): written under https://id.lotrace.invalid/",
                "lot \"\"\u{301} onmouseover=alert(1) x=\"\" cannot be a GS1 batch number (AI 10): written under https://id.lotrace.invalid/",
            ])
    }

    @Test("events: receiving, transformation with inputs and outputs, shipping with source and destination")
    func events() throws {
        let root = try XMLNode.parse(try Self.export().bytes)
        #expect(root.name == "EPCISDocument" && root.namespaceURI == "urn:epcglobal:epcis:xsd:2")
        #expect(root.attributes["schemaVersion"] == "2.0")
        #expect(root.attributes["creationDate"] == "2026-01-02T03:04:05Z")
        let events = try #require(root.child("EPCISBody")?.child("EventList")?.children)
        #expect(events.map { $0.name } == ["ObjectEvent", "TransformationEvent", "ObjectEvent", "ObjectEvent"])
        #expect(events.map { $0["bizStep"] } == [
            "urn:epcglobal:cbv:bizstep:receiving", "urn:epcglobal:cbv:bizstep:commissioning",
            "urn:epcglobal:cbv:bizstep:shipping", "urn:epcglobal:cbv:bizstep:shipping",
        ])
        let receipt = events[0]
        #expect(receipt["eventTime"] == "2025-01-05T08:10:00+00:00")
        #expect(receipt["eventTimeZoneOffset"] == "+00:00")
        #expect(receipt.child("epcList")?.all("epc").map(\.text) == [
            "https://id.gs1.org/01/05060012003012/21/SN-1", "https://id.gs1.org/01/05060012003012/21/SN-2",
        ])
        #expect(receipt.child("quantityList")?.all("quantityElement").first.map { [$0["epcClass"], $0["quantity"], $0["uom"]] } == [
            "https://id.gs1.org/01/05060012001018/10/F1", "100", "KGM",
        ])
        let order = events[1]
        #expect(order.child("inputQuantityList")?.all("quantityElement").map { [$0["epcClass"], $0["quantity"]] } == [
            ["https://id.gs1.org/01/05060012001018/10/F1", "40"],
        ])
        #expect(order.child("outputQuantityList")?.all("quantityElement").map { $0["quantity"] } == ["200", "7", "4"])
        #expect(order.child("bizTransactionList")?.child("bizTransaction")?.attributes["type"] == "urn:epcglobal:cbv:btt:prodorder")
        let shipment = events[2]
        #expect(shipment["eventTime"] == "2025-01-07T10:05:00+00:00")
        #expect(shipment.child("sourceList")?.all("source").map { $0.attributes["type"] ?? "" } == [
            "urn:epcglobal:cbv:sdt:owning_party", "urn:epcglobal:cbv:sdt:location",
        ])
        #expect(shipment.child("destinationList")?.all("destination").map(\.text) == [
            "https://id.lotrace.invalid/party/Olive%20Table%2C%20Alice%20Khan",
        ])
        #expect(shipment.child("bizTransactionList")?.all("bizTransaction").map { $0.attributes["type"] ?? "" } == [
            "urn:epcglobal:cbv:btt:po", "urn:epcglobal:cbv:btt:desadv",
        ])
    }

    @Test("CBV values are written as full URNs from the CBV 2.0 lists (the XSD would accept bare words)")
    func cbvInFull() throws {
        for bytes in [try Self.export().bytes, try Self.trace("F1").bytes] {
            let root = try XMLNode.parse(bytes)
            let steps = root.descendants("bizStep").map(\.text)
            let dispositions = root.descendants("disposition").map(\.text)
            #expect(!steps.isEmpty && steps.count == dispositions.count)
            for step in steps {
                #expect(step.hasPrefix("urn:epcglobal:cbv:bizstep:"))
                #expect(Self.bizSteps.contains(String(step.dropFirst("urn:epcglobal:cbv:bizstep:".count))))
            }
            for disposition in dispositions {
                #expect(disposition.hasPrefix("urn:epcglobal:cbv:disp:"))
                #expect(Self.dispositions.contains(String(disposition.dropFirst("urn:epcglobal:cbv:disp:".count))))
            }
            let types = (root.descendants("bizTransaction") + root.descendants("source") + root.descendants("destination"))
                .map { $0.attributes["type"] ?? "" }
            #expect(types.allSatisfy { $0.hasPrefix("urn:epcglobal:cbv:btt:") || $0.hasPrefix("urn:epcglobal:cbv:sdt:") })
        }
    }

    @Test("a configured company prefix length gives EPC URNs, escaped as the tag data standard says")
    func epcURNs() throws {
        var (dataset, config) = try SiteFixture.load()
        config.epcis.companyPrefixLength = 9
        let lot = try #require(dataset.lots.firstIndex { $0.name == "F1" })
        dataset.lots[lot].name = "F/1%&"
        let root = try XMLNode.parse(try Self.export((dataset, config)).bytes)
        let classes = root.descendants("epcClass").map(\.text)
        #expect(classes.contains("urn:epc:class:lgtin:506001200.0101.F%2F1%25%26"))
        #expect(root.descendants("epc").map(\.text).contains("urn:epc:id:sgtin:506001200.0301.SN-1"))
    }

    @Test("event times carry the configured zone's offset at that moment (summer time included)")
    func timeZones() {
        let clock = EPCISClock(timeZone: "Europe/London")
        #expect(clock.eventTime(LocalDateTime(year: 2025, month: 1, day: 5, hour: 8)!) == "2025-01-05T08:00:00+00:00")
        #expect(clock.eventTime(LocalDateTime(year: 2025, month: 7, day: 5, hour: 8)!) == "2025-07-05T08:00:00+01:00")
        let newYork = EPCISClock(timeZone: "America/New_York")
        #expect(newYork.offsetText(at: LocalDateTime(year: 2025, month: 1, day: 5)!) == "-05:00")
        #expect(EPCISClock(timeZone: "Asia/Kolkata").offsetText(at: LocalDateTime(year: 2025, month: 1, day: 5)!) == "+05:30")
    }

    @Test("the trace of B1 holds the flour it came from, the order that made it and its deliveries")
    func trace() throws {
        let root = try XMLNode.parse(try Self.trace("B1").bytes)
        let events = try #require(root.child("EPCISBody")?.child("EventList")?.children)
        #expect(events.map { $0.name } == ["ObjectEvent", "TransformationEvent", "ObjectEvent", "ObjectEvent"])
        #expect(events[0].child("epcList") == nil)
        #expect(events[1].child("outputQuantityList")?.all("quantityElement").map { $0["quantity"] } == ["200"])
        #expect(events[1].child("ilmd")?["lotNumber"] == "B1")
        #expect(events[1].child("ilmd")?["itemExpirationDate"] == "2025-01-20")
        #expect(events.dropFirst(2).map { $0.child("quantityList")?.child("quantityElement")?["quantity"] } == ["120", "5"])
    }

    @Test(
        "exports and traces, hostile or not, are valid against the GS1 EPCIS 2.0 XSD",
        .enabled(if: XMLFixture.refdata != nil, Comment(rawValue: XMLFixture.notRun)))
    func officialSchema() throws {
        let schema = try XMLFixture.epcisSchema()
        let hostile = try XMLFixture.hostile()
        XMLFixture.expectValid(try Self.export().bytes, schema, "export")
        XMLFixture.expectValid(try Self.export(hostile).bytes, schema, "hostile export")
        for lot in ["F1", "B1", "SN-1"] { XMLFixture.expectValid(try Self.trace(lot).bytes, schema, "trace \(lot)") }
        XMLFixture.expectValid(try Self.trace(XMLFixture.hostileLot, hostile).bytes, schema, "hostile trace")
        XMLFixture.expectValid(try Self.trace("B1", XMLFixture.secondOrder()).bytes, schema, "trace with an order's input only")
    }
}
