import Foundation
import LotraceCore
import LotraceXML
import Testing

@testable import LotraceRender

/// What the XML document tests share: the project's schemas, the official ones (through
/// `LOTRACE_REFDATA`), a fixed creation date, and hostile data.
enum XMLFixture {
    /// A fixed creation date for EPCIS documents (2026-01-02T03:04:05Z).
    static let created = Date(timeIntervalSince1970: 1_767_323_045)

    /// The repository's `schemas/` folder.
    static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("schemas").path

    /// The folder of official schemas `LOTRACE_REFDATA` names (`.ci/run` sets it when available); nil when unset (official XSD tests are then
    /// not run, and say so).
    static let refdata = ProcessInfo.processInfo.environment["LOTRACE_REFDATA"]

    /// The reason shown for official-schema tests that did not run.
    static let notRun = "LOTRACE_REFDATA is not set: validation against the official UBL/EPCIS XSDs was NOT run"

    /// One of Lotrace's own schemas ("lotrace-trace.xsd").
    static func schema(_ name: String) throws -> XMLSchema {
        try XMLSchema(path: schemas + "/" + name)
    }

    /// The OASIS UBL 2.1 DespatchAdvice schema (its maindoc imports `../common`).
    static func ublSchema() throws -> XMLSchema {
        let root = try #require(refdata) + "/ubl/os-UBL-2.1/xsd"
        return try XMLSchema(path: root + "/maindoc/UBL-DespatchAdvice-2.1.xsd", loadsUnder: root)
    }

    /// The GS1 EPCIS 2.0 schema.
    static func epcisSchema() throws -> XMLSchema {
        try XMLSchema(path: try #require(refdata) + "/epcis/XSD/EPCglobal-epcis-2_0.xsd")
    }

    /// Expects `bytes` to be valid against `schema`, listing every problem otherwise.
    static func expectValid(
        _ bytes: [UInt8], _ schema: XMLSchema, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let problems = schema.problems(in: bytes, documentName: name)
        #expect(problems.isEmpty, "\(name): \(problems.map(\.description))", sourceLocation: sourceLocation)
    }

    /// The site fixture with hostile text in a lot name, a partner's names and the company:
    /// markup, quotes, an ampersand, `]]>`, and control characters ingest would have rejected.
    static func hostile() throws -> (Dataset, LotraceConfig) {
        var (dataset, config) = try SiteFixture.load()
        let lot = try #require(dataset.lots.firstIndex { $0.name == "B1" })
        dataset.lots[lot].name = hostileLot
        let partner = try #require(dataset.partners.firstIndex { $0.name == "Alice Khan" })
        dataset.partners[partner].name = "Alice \"<Khan>\" & \u{7}Sons"
        dataset.partners[partner].company = "Olive ]]> Table\u{0}"
        dataset.partners[partner].country = "<Nowhere>"
        config.company.name = "Hartwell <Bakery> & \"Co\"\u{8}"
        return (dataset, config)
    }

    /// The site fixture with a second manufacturing order, WH/MO/00002, making B2 from F1: a
    /// trace of B1 (made from F1) keeps that order's input and leaves out its output.
    static func secondOrder() throws -> (Dataset, LotraceConfig) {
        var files = SiteFixture.files
        files["moves.csv"] = (files["moves.csv"] ?? "") + """
            "2025-01-08 09:00:00","WH/MO/00002","[FL-001] Wheat Flour","F1","WH/Stock","Virtual Locations/Production","10.0","kg","Done",""
            "2025-01-08 09:00:00","WH/MO/00002","[BI-001] Shortbread","B2","Virtual Locations/Production","WH/Stock","50.0","Units","Done",""

            """
        return try SiteFixture.load(files)
    }

    /// The hostile name lot B1 gets.
    static let hostileLot = "B1 <x>&amp;\"'\u{1}\u{1B}]]>"
}
