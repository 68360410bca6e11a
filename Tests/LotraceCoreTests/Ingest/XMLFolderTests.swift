import Testing

@testable import LotraceCore

/// XML files inside a data folder, through the whole loader.
@Suite("XML files in a data folder")
struct XMLFolderTests {
    private let loader = DatasetLoader(schemasDirectory: XMLInputFixture.schemas)

    @Test func bothFormatsAreReadIntoTheDataset() throws {
        for name in ["lotrace-data.xml", "odoo-data.xml"] {
            let dataset = loader.load(files: [InputData(name: name, bytes: try XMLInputFixture.bytes(name))])
            #expect(dataset.refusals.isEmpty, "\(name): \(dataset.refusals)")
            let file = dataset.files[0]
            #expect(file.read == file.used + file.skipped + file.rejected.count)
            #expect(!dataset.moveLines.isEmpty, "\(name) has move lines")
        }
    }

    @Test(arguments: [
        ("xxe.xml", #"<?xml version="1.0"?><!DOCTYPE odoo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><odoo><record model="stock.lot" id="a"><field name="name">&xxe;</field></record></odoo>"#),
        ("laughs.xml", #"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]><odoo>&lol2;</odoo>"#),
        ("broken.xml", "<odoo><record model=\"stock.lot\" id=\"a\"></odoo>"),
    ])
    func hostileOrBrokenXMLIsRefusedAndTheRestStillLoads(name: String, text: String) {
        let dataset = loader.load(files: [
            InputData(name: name, text: text),
            InputData(name: "moves.csv", text: IngestFixtures.moveHeader + "\n" + IngestFixtures.receipt + "\n"),
        ])
        #expect(dataset.refusals.map(\.reason) == [.malformedXML])
        #expect(dataset.refusals.first?.position.file == name)
        #expect(!dataset.refusals[0].description.contains("root:"), "no /etc/passwd content")
        #expect(dataset.moveLines.count == 1)
    }

    @Test func aRecordTheSchemaRefusesIsARejectedRow() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <data xmlns="urn:lotrace:1">
              <moveLines>
                <moveLine><date>2025-01-02T08:00:00</date><reference>WH/IN/1</reference><product>[FL-1] Flour</product><lot>L1</lot><from>Partners/Vendors</from><to>WH/Stock</to><quantity unit="kg">10</quantity><status>done</status></moveLine>
                <moveLine><date>2025-01-02T08:00:00</date><reference>WH/IN/2</reference><product>[FL-1] Flour</product><lot>L2</lot><from>Partners/Vendors</from><to>WH/Stock</to><quantity unit="kg">ten</quantity><status>done</status></moveLine>
              </moveLines>
            </data>
            """
        let dataset = loader.load(files: [InputData(name: "moves.xml", text: text)])
        #expect(dataset.refusals.isEmpty)
        #expect(dataset.files[0].rejected.map { "\($0.position.line) \($0.reason.rawValue)" } == ["5 schema_violation"])
        #expect(dataset.moveLines.map { dataset.reference(of: $0) } == ["WH/IN/1"])
    }
}
