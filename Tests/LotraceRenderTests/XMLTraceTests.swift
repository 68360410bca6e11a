import Foundation
import LotraceCore
import LotraceXML
import Testing

@testable import LotraceRender

@Suite("Trace XML")
struct XMLTraceTests {
    private static func document(lot name: String, dataset: Dataset) throws -> (TraceReport, [UInt8]) {
        let lot = try dataset.resolveLot(named: name, product: nil)
        let report = TraceReport(graph: TraceGraph(dataset: dataset), lot: lot)
        return (report, try TraceXML(report: report, timeZone: "Europe/London").render().bytes)
    }

    @Test("the trace of flour lot F1 matches its golden file and the trace schema")
    func golden() throws {
        let (dataset, _) = try SiteFixture.load()
        let (_, bytes) = try Self.document(lot: "F1", dataset: dataset)
        try Golden.check(Data(bytes), "XML/trace-F1.xml")
        XMLFixture.expectValid(bytes, try XMLFixture.schema("lotrace-trace.xsd"), "trace-F1.xml")
    }

    @Test("read back with the project's reader, the trace gives the same lots and quantities", arguments: ["F1", "B1", "SN-1"])
    func roundTrip(lot: String) throws {
        let (dataset, _) = try SiteFixture.load()
        let (report, bytes) = try Self.document(lot: lot, dataset: dataset)
        let root = try XMLNode.parse(bytes)
        #expect(root.namespaceURI == "urn:lotrace:1")
        #expect(root.attributes["timeZone"] == "Europe/London")
        let facts = try #require(root.child("lot"))
        #expect(facts["name"] == report.lot)
        #expect(facts["product"] == report.product)
        let stock = root.child("onHand")?.all("stock").map { [$0["location"], $0["quantity"]] }
        #expect(stock == report.onHand.map { [$0.location, $0.quantity.description] })
        let history = root.child("history")?.all("moveLine").map {
            [$0["date"], $0["reference"], $0["product"], $0["lot"], $0["from"], $0["to"], $0["quantity"],
             $0.child("quantity")?.attributes["unit"] ?? ""]
        }
        #expect(
            history
                == report.history.map {
                    [LotraceXMLWriter.isoText($0.date), $0.reference, $0.product, $0.lot, $0.from, $0.to,
                     $0.quantity.description, $0.unit]
                })
        let upstream = try #require(root.child("upstream"))
        #expect(Self.lots(upstream) == report.upstream.lots.map { [$0.product, $0.lot] })
        #expect(
            upstream.child("receipts")?.all("receipt").map { [$0["reference"], $0["product"], $0["lot"], $0["quantity"]] }
                == report.upstream.receipts.map { [$0.reference, $0.product, $0.lot, $0.quantity.description] })
        #expect(Self.treeRows(upstream) == Self.treeRows(report.upstream.tree))
        let downstream = try #require(root.child("downstream"))
        #expect(Self.lots(downstream) == report.downstream.lots.map { [$0.product, $0.lot] })
        #expect(
            downstream.child("deliveries")?.all("delivery").map {
                [$0["reference"], $0["partner"], $0["lot"], $0["delivered"], $0["returned"], $0["quantity"]]
            }
                == report.downstream.deliveries.map {
                    [$0.reference, $0.partner ?? "", $0.lot, $0.delivered.description, $0.returned.description,
                     $0.quantity.description]
                })
        #expect(Self.treeRows(downstream) == Self.treeRows(report.downstream.tree))
        XMLFixture.expectValid(bytes, try XMLFixture.schema("lotrace-trace.xsd"), "trace-\(lot).xml")
    }

    @Test("hostile lot names (markup, quotes, control characters) give well-formed, valid XML")
    func hostile() throws {
        let (dataset, _) = try XMLFixture.hostile()
        let schema = try XMLFixture.schema("lotrace-trace.xsd")
        for name in SiteFixture.hostileLots + [XMLFixture.hostileLot] {
            let (_, bytes) = try Self.document(lot: name, dataset: dataset)
            XMLFixture.expectValid(bytes, schema, name)
            let root = try XMLNode.parse(bytes)
            let expected = name.unicodeScalars.map { $0.value < 0x20 ? "\u{FFFD}" : String($0) }.joined()
            #expect(Array(root.child("lot")?["name"].utf8 ?? "".utf8) == Array(expected.utf8))
        }
    }

    private static func lots(_ section: XMLNode) -> [[String]]? {
        section.child("lots")?.all("lot").map { [$0["product"], $0["name"]] }
    }

    /// Depth-first rows of a nested `tree`, as (depth, product, lot, reference, quantity, repeated).
    private static func treeRows(_ section: XMLNode) -> [String] {
        func walk(_ node: XMLNode, _ depth: Int) -> [String] {
            let row = "\(depth) \(node["product"]) \(node["lot"]) \(node["reference"]) \(node["quantity"]) \(node.attributes["repeated"] ?? "false")"
            return [row] + node.all("node").flatMap { walk($0, depth + 1) }
        }
        return section.child("tree")?.all("node").flatMap { walk($0, 1) } ?? []
    }

    private static func treeRows(_ rows: [TraceReport.TreeRow]) -> [String] {
        rows.map { "\($0.depth) \($0.product) \($0.lot) \($0.reference) \($0.quantity) \($0.repeated)" }
    }
}
