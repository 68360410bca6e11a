import Foundation
import LotraceCore
import LotraceDiagnostics
import Testing

/// Fixtures and helpers shared by the XMLInput test suites.
enum XMLInputFixture {
    /// The repository root, found from this file's path (tests pass from any directory).
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url.path
            }
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    /// `<root>/schemas`.
    static var schemas: String { repositoryRoot + "/schemas" }

    /// The bytes of `Fixtures/xml/<name>`.
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/xml/\(name)", withExtension: nil))
        return Array(try Data(contentsOf: url))
    }

    /// Reads a document given as text.
    static func read(_ text: String, fileName: String = "inline.xml") throws(Diagnostic) -> XMLInputDocument {
        try XMLInput.read(bytes: Array(text.utf8), fileName: fileName, schemasDirectory: schemas)
    }
}

/// A cell at a position (shorthand for expectations).
func cell(_ value: String, _ line: Int, _ column: Int) -> SourceCell {
    SourceCell(value: value, at: SourcePosition(line: line, column: column))
}

@Suite("XMLInput refusals")
struct XMLInputTests {
    @Test(
        "files that cannot be used as a whole are refused with line:column: message",
        arguments: [
            (
                "<?xml version=\"1.0\"?>\n<!DOCTYPE odoo>\n<odoo/>",
                "2:1: a DOCTYPE declaration is not allowed in an input document"
            ),
            (
                "<odoo>\n  <record model=\"stock.lot\"><field name=\"name\">&lot;</field></record>\n</odoo>",
                "2:53: Entity 'lot' not defined"
            ),
            (
                "<odoo>\n  <record model=\"stock.lot\">\n</odoo>",
                "3:8: Opening and ending tag mismatch: record line 2 and odoo"
            ),
            (
                "<?xml version=\"1.0\"?>\n<export><lot/></export>",
                "2:1: the root element <export> is neither an Odoo data file's <odoo> nor Lotrace's <data xmlns=\"urn:lotrace:1\">"
            ),
            (
                "<data xmlns=\"urn:other\"/>",
                "1:1: the root element <data> in namespace urn:other is neither an Odoo data file's <odoo> nor Lotrace's <data xmlns=\"urn:lotrace:1\">"
            ),
            (
                "<odoo>\n  <data>\n    <record id=\"x\"><field name=\"name\">A</field></record>\n  </data>\n</odoo>",
                "3:5: a <record> has no model attribute"
            ),
            (
                "<data xmlns=\"urn:lotrace:1\">\n  <lots/>\n  <stock/>\n</data>",
                "3:0: Element '{urn:lotrace:1}stock': This element is not expected."
            ),
        ])
    func refused(document: String, expected: String) throws {
        let error = try #require(throws: Diagnostic.self) { try XMLInputFixture.read(document) }
        #expect(error.description == expected)
    }

    @Test("a Lotrace document needs the schemas directory")
    func lotraceWithoutSchemas() throws {
        let error = try #require(throws: Diagnostic.self) {
            try XMLInput.read(
                bytes: Array("<data xmlns=\"urn:lotrace:1\"/>".utf8), fileName: "d.xml",
                schemasDirectory: nil)
        }
        #expect(
            error.description
                == "1:1: a Lotrace XML document is validated against lotrace-data.xsd, but no schemas directory was given")
    }

    @Test("a schemas directory without the schema is refused, naming the file")
    func missingSchema() throws {
        let error = try #require(throws: Diagnostic.self) {
            try XMLInput.read(
                bytes: Array("<data xmlns=\"urn:lotrace:1\"/>".utf8), fileName: "d.xml",
                schemasDirectory: XMLInputFixture.repositoryRoot + "/Tests")
        }
        #expect(error.description.hasPrefix("0:0: cannot load the schema: "))
        #expect(error.description.contains("lotrace-data.xsd"))
    }
}
