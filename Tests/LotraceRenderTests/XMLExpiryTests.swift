import Foundation
import LotraceCore
import LotraceXML
import Testing

@testable import LotraceRender

@Suite("Expiry XML")
struct XMLExpiryTests {
    private static func list(asOf: LocalDateTime, _ dataset: Dataset) -> ExpiryAlertList {
        let graph = TraceGraph(dataset: dataset)
        return ExpiryAlertList(graph: graph, dates: LotDateBook(graph: graph), asOf: asOf)
    }

    @Test("the alert list as XML is valid, and holds each lot of each group with its stock and date origins")
    func content() throws {
        let (dataset, _) = try SiteFixture.load()
        let list = Self.list(asOf: SiteFixture.asOf, dataset)
        let bytes = try ExpiryXML(list: list, timeZone: "Europe/London").render().bytes
        XMLFixture.expectValid(bytes, try XMLFixture.schema("lotrace-expiry.xsd"), "expiry.xml")
        let root = try XMLNode.parse(bytes)
        #expect(root.attributes["asOf"] == "2025-01-31T23:59:59")
        for group in ExpiryGroup.allCases {
            let lots = root.child(group.jsonKey)?.all("lot") ?? []
            #expect(lots.map { [$0["product"], $0["name"], $0["total"]] } == list[group].map { [$0.product, $0.lot, $0.total.description] })
            #expect(lots.map { $0.attributes["daysLeft"] } == list[group].map { $0.daysLeft.map(String.init) })
        }
        let expired = try #require(root.child("expired")?.all("lot").first)
        #expect(expired["name"] == "B1")
        #expect(expired.child("expirationDate")?.attributes["origin"] == "export")
        #expect(expired.child("onHand")?.all("stock").map { [$0["location"], $0["quantity"]] } == [["WH/Stock", "75"]])
        #expect(root.child("timeline")?.all("week").count == 13)
    }

    @Test("hostile lot names give well-formed, valid XML")
    func hostile() throws {
        let (dataset, _) = try XMLFixture.hostile()
        let bytes = try ExpiryXML(list: Self.list(asOf: SiteFixture.asOf, dataset), timeZone: "UTC").render().bytes
        XMLFixture.expectValid(bytes, try XMLFixture.schema("lotrace-expiry.xsd"), "expiry.xml")
        #expect(try XMLNode.parse(bytes).descendants("name").map(\.text).contains("B1 <x>&amp;\"'\u{FFFD}\u{FFFD}]]>"))
    }
}
