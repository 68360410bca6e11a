import LotraceXML
import Testing

@Suite("XMLSchema")
struct XMLSchemaTests {
    @Test("validity errors come with lines, and reading goes on after them")
    func validityErrors() throws {
        let schema = try XMLSchema(path: Fixture.path("schemas/moves.xsd"))
        let result = Fixture.events(try Fixture.bytes("moves-invalid.xml"), schema: schema)
        #expect(result.error == nil)
        #expect(
            result.validity.map(\.description) == [
                "5:0: Element '{urn:example:moves}quantity': 'twelve' is not a valid value of the atomic type '{urn:example:moves}Quantity'.",
                "7:0: Element '{urn:example:moves}move': The attribute 'date' is required but missing.",
            ])
        #expect(result.validity.allSatisfy { $0.kind == .invalid })
        let lots = result.events.filter {
            if case .startElement(let element) = $0 { element.localName == "lot" } else { false }
        }
        #expect(lots.count == 3)
    }

    @Test("a valid document gives no validity errors")
    func valid() throws {
        let schema = try XMLSchema(path: Fixture.path("schemas/moves.xsd"))
        let document = """
            <moves xmlns="urn:example:moves"><move date="d"><lot>L</lot><quantity>1.5</quantity></move></moves>
            """
        let result = Fixture.events(Array(document.utf8), schema: schema)
        #expect(result.error == nil)
        #expect(result.validity.isEmpty)
    }

    @Test(
        "a schema cannot load files outside its directory or from the network",
        arguments: ["escape/escape.xsd", "escape/network.xsd"])
    func restrictedLoads(fixture: String) throws {
        let path = Fixture.path(fixture)
        let error = try #require(throws: XMLError.self) { try XMLSchema(path: path) }
        #expect(error.kind == .schema)
        #expect(!error.position.file.isEmpty)
        #expect(error.description.contains("Failed to parse the XML resource"))
    }

    @Test("a missing schema is an error naming the file")
    func missing() throws {
        let error = try #require(throws: XMLError.self) {
            try XMLSchema(path: Fixture.path("schemas") + "/absent.xsd")
        }
        #expect(error.kind == .schema)
        #expect(error.description.hasSuffix("absent.xsd: Failed to parse the XML resource '" + Fixture.path("schemas") + "/absent.xsd'."))
    }
}
