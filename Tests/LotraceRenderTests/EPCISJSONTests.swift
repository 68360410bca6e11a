import Foundation
import LotraceCore
import LotraceTestSupport
import Testing

@testable import LotraceRender

/// The EPCIS 2.0 JSON-LD binding: GS1's context, bare CBV words, the same events as the XML of
/// the same export, and validity against GS1's official JSON schema with format checking on.
@Suite("EPCIS JSON-LD export")
struct EPCISJSONTests {
    /// An export of the whole fixture (or of `lot`'s trace) in both bindings.
    private static func export(
        _ data: (Dataset, LotraceConfig)? = nil, trace lot: String? = nil
    ) throws -> (json: RenderedDocument, xml: RenderedDocument) {
        let (dataset, config) = try data ?? SiteFixture.load()
        let graph = TraceGraph(dataset: dataset)
        let export =
            try lot.map { EPCISExport(graph: graph, config: config, trace: try dataset.resolveLot(named: $0, product: nil), created: XMLFixture.created) }
            ?? EPCISExport(graph: graph, config: config, created: XMLFixture.created)
        return (EPCISJSON(export).render(), try EPCISXML(export).render())
    }

    /// Every export the tests check: the fixture (with Digital Link URIs, and with EPC URNs), its
    /// traces, and the hostile fixture's.
    private static func allExports() throws -> [(name: String, json: RenderedDocument, xml: RenderedDocument)] {
        let hostile = try XMLFixture.hostile()
        let (dataset, config) = try SiteFixture.load()
        var urnConfig = config
        urnConfig.epcis.companyPrefixLength = 9
        var all = [("export", try export()), ("hostile export", try export(hostile)), ("EPC URNs", try export((dataset, urnConfig)))]
        for lot in ["F1", "B1", "SN-1"] { all.append(("trace \(lot)", try export(trace: lot))) }
        all.append(("trace B1 with a second order", try export(XMLFixture.secondOrder(), trace: "B1")))
        all.append(("hostile trace", try export(hostile, trace: XMLFixture.hostileLot)))
        return all.map { ($0.0, $0.1.json, $0.1.xml) }
    }

    @Test("the export of the fixture matches its golden file, with the XML's notes")
    func golden() throws {
        let (json, xml) = try Self.export()
        try Golden.check(Data(json.bytes), "JSON/epcis-export.jsonld")
        #expect(json.notes == xml.notes && json.notes.count == 2)
    }

    @Test("the document names GS1's EPCIS 2.0 context, its type, version and creation date")
    func document() throws {
        let document = try EPCISJSONDocument.parse(try Self.export().json.bytes)
        #expect(document.context == ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"])
        #expect(document.type == "EPCISDocument")
        #expect(document.schemaVersion == "2.0")
        #expect(document.creationDate == "2026-01-02T03:04:05Z")
        #expect(document.epcisBody.eventList.map(\.type) == ["ObjectEvent", "TransformationEvent", "ObjectEvent", "ObjectEvent"])
    }

    @Test("CBV values are bare words; no urn:epcglobal:cbv: form anywhere")
    func bareWords() throws {
        let json = try Self.export().json
        #expect(!json.text.contains("urn:epcglobal:cbv"))
        let events = try EPCISJSONDocument.parse(json.bytes).epcisBody.eventList
        #expect(events.map(\.bizStep) == ["receiving", "commissioning", "shipping", "shipping"])
        #expect(events.map(\.disposition) == ["in_progress", "active", "in_transit", "in_transit"])
        #expect(events[2].sourceList?.map(\.type) == ["owning_party", "location"])
        #expect(events[2].bizTransactionList?.map(\.type) == ["po", "desadv"])
        #expect(events[1].bizTransactionList?.map(\.type) == ["prodorder"])
        #expect(events[0].action == "OBSERVE" && events[1].action == nil)
    }

    @Test("identifiers, exact quantities, units, time zone offsets and lot master data")
    func values() throws {
        let events = try EPCISJSONDocument.parse(try Self.export().json.bytes).epcisBody.eventList
        let receipt = events[0]
        #expect(receipt.eventTime == "2025-01-05T08:10:00+00:00" && receipt.eventTimeZoneOffset == "+00:00")
        #expect(receipt.epcList == [
            "https://id.gs1.org/01/05060012003012/21/SN-1", "https://id.gs1.org/01/05060012003012/21/SN-2",
        ])
        #expect(receipt.quantityList?.first == .init(epcClass: "https://id.gs1.org/01/05060012001018/10/F1", quantity: 100, uom: "KGM"))
        #expect(events[1].outputQuantityList?.map(\.quantity) == [200, 7, 4])
        let (json, _) = try Self.export(trace: "B1")
        let order = try EPCISJSONDocument.parse(json.bytes).epcisBody.eventList[1]
        #expect(order.ilmd == ["cbvmda:lotNumber": "B1", "cbvmda:itemExpirationDate": "2025-01-20"])
        #expect(json.text.contains(#""quantity": 200"#) && !json.text.contains(#""quantity": "200""#))
    }

    @Test("an order a trace keeps only the inputs of carries its transformationID, in both bindings")
    func partialTransformation() throws {
        let (json, xml) = try Self.export(XMLFixture.secondOrder(), trace: "B1")
        let events = try EPCISJSONDocument.parse(json.bytes).epcisBody.eventList.filter { $0.type == "TransformationEvent" }
        #expect(events.map { $0.transformationID } == [nil, "https://id.lotrace.invalid/transformation/WH%2FMO%2F00002"])
        #expect(events[1].inputQuantityList?.map(\.quantity) == [10] && events[1].outputQuantityList == nil)
        #expect(xml.text.contains("<transformationID>https://id.lotrace.invalid/transformation/WH%2FMO%2F00002</transformationID>"))
    }

    @Test("the XML and the JSON of one export carry the same events: count, types, times, lots, quantities")
    func sameEventsAsXML() throws {
        for (name, json, xml) in try Self.allExports() {
            // XML cannot carry control characters (the writer puts U+FFFD in their place; ingest
            // refuses them, only the hostile fixture has them); JSON escapes them.
            let fromJSON = try EPCISJSONDocument.parse(json.bytes).epcisBody.eventList.map {
                String($0.summary.unicodeScalars.map { $0.value < 0x20 && ![0x09, 0x0A, 0x0D].contains($0.value) ? "\u{FFFD}" : Character($0) })
            }
            let fromXML = try #require(try XMLNode.parse(xml.bytes).child("EPCISBody")?.child("EventList")).children.map(Self.summary)
            #expect(!fromJSON.isEmpty, "\(name)")
            #expect(fromJSON == fromXML, "\(name)")
        }
    }

    @Test(
        "every export and trace, hostile or not, is valid against GS1's EPCIS 2.0 JSON schema, formats checked",
        .enabled(if: XMLFixture.refdata != nil, Comment(rawValue: XMLFixture.notRun)))
    func officialSchema() throws {
        let folder = try ScratchFolder.make("epcis-json")
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        for (index, export) in try Self.allExports().enumerated() {
            let file = folder.appendingPathComponent("\(index).jsonld").path
            try Data(export.json.bytes).write(to: URL(fileURLWithPath: file))
            files.append(file)
        }
        let run = try EPCISJSONSchema.check(files)
        #expect(run.status == 0, "\(run.stdoutText)\(run.stderrText)")
        #expect(run.stdoutText == files.map { "\($0): valid\n" }.joined())
    }

    @Test(
        "the schema check refuses XML-style CBV URNs and misspelt words (format checking is on)",
        .enabled(if: XMLFixture.refdata != nil, Comment(rawValue: XMLFixture.notRun)))
    func schemaCheckIsStrict() throws {
        let text = try Self.export().json.text
        let folder = try ScratchFolder.make("epcis-json")
        defer { try? FileManager.default.removeItem(at: folder) }
        let urn = folder.appendingPathComponent("urn.jsonld").path
        let misspelt = folder.appendingPathComponent("misspelt.jsonld").path
        try Data(text.replacingOccurrences(of: #""bizStep": "receiving""#, with: #""bizStep": "urn:epcglobal:cbv:bizstep:receiving""#).utf8)
            .write(to: URL(fileURLWithPath: urn))
        try Data(text.replacingOccurrences(of: #""bizStep": "receiving""#, with: #""bizStep": "recieving""#).utf8)
            .write(to: URL(fileURLWithPath: misspelt))
        let run = try EPCISJSONSchema.check([urn, misspelt])
        #expect(run.status == 1, "\(run.stderrText)")
        #expect(
            run.stdoutText == """
                \(urn): $.epcisBody.eventList[0].bizStep: 'urn:epcglobal:cbv:bizstep:receiving' is not valid under any of the given schemas
                \(misspelt): $.epcisBody.eventList[0].bizStep: 'recieving' is not valid under any of the given schemas

                """)
    }

    /// An XML event in the words of `EPCISJSONDocument.Event.summary`.
    private static func summary(_ event: XMLNode) -> String {
        let word = { (text: String) in String(text.split(separator: ":").last ?? "") }
        let epcs = { (list: String) in (event.child(list)?.all("epc") ?? []).map(\.text).joined(separator: " ") }
        let quantities = { (list: String) in
            (event.child(list)?.all("quantityElement") ?? []).map { "\($0["epcClass"]) \($0["quantity"]) \($0["uom"])" }
                .joined(separator: ", ")
        }
        let links = { (list: String, item: String) in
            (event.child(list)?.all(item) ?? []).map { "\(word($0.attributes["type"] ?? "")) \($0.text)" }.joined(separator: ", ")
        }
        return [
            event.name, event["eventTime"], event["eventTimeZoneOffset"], word(event["bizStep"]), word(event["disposition"]),
            "epcs: " + epcs("epcList") + epcs("inputEPCList") + " -> " + epcs("outputEPCList"),
            "quantities: " + quantities("quantityList") + quantities("inputQuantityList") + " -> " + quantities("outputQuantityList"),
            "transformation: " + event["transformationID"],
            "why: " + (event.child("readPoint")?["id"] ?? "") + " " + (event.child("bizLocation")?["id"] ?? "") + " "
                + links("bizTransactionList", "bizTransaction"),
            "from: " + links("sourceList", "source") + " to: " + links("destinationList", "destination"),
            "lot: " + (event.child("ilmd")?.children.map { "\($0.name)=\($0.text)" }.sorted().joined(separator: " ") ?? ""),
        ].joined(separator: " | ")
    }
}

/// Runs `scripts/epcis-json-check.py` (GS1's JSON schema, `jsonschema[format-nongpl]`).
enum EPCISJSONSchema {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/epcis-json-check.py").path

    /// The check of `files`; a check that cannot run (exit 2: python3, jsonschema or its format
    /// checkers missing) fails the test with what to install.
    static func check(_ files: [String]) throws -> ProcessRun {
        let schema = try #require(XMLFixture.refdata) + "/epcis/JSON/EPCIS-JSON-Schema.json"
        let run = try ProcessRun.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", script, schema] + files)
        try #require(
            run.status != 2 && run.status != 127,
            "the JSON schema check could not run (`pip install 'jsonschema[format-nongpl]'`; .ci/run installs it): \(run.stderrText)")
        return run
    }
}
