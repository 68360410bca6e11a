import Foundation
import Testing

@Suite("XML commands")
struct XMLCommandTests {
    /// A small data folder: one lot received, made into another, delivered.
    private static let files: [String: String] = [
        "lotrace.json": #"{"company": {"name": "Hartwell Bakery Ltd", "country": "United Kingdom"}, "timeZone": "Europe/London"}"#,
        "products.csv": """
            "Name","Internal Reference","Barcode","Tracking","Unit of Measure"
            "Wheat Flour","FL-001","5060012001018","By Lots","kg"
            "Shortbread","BI-001","","By Lots","Units"

            """,
        "transfers.csv": """
            "Reference","Source Document","Contact","Scheduled Date","Date of Transfer","Status"
            "WH/OUT/00001","S001","Olive Table","2025-07-07 10:00:00","2025-07-07 10:05:00","Done"

            """,
        "moves.csv": """
            "Date","Reference","Product","Lot/Serial Number","From","To","Quantity","Unit of Measure","Status","Transfer"
            "2025-07-05 08:10:00","WH/IN/00001","[FL-001] Wheat Flour","F1","Partners/Vendors","WH/Stock","100.0","kg","Done",""
            "2025-07-06 09:00:00","WH/MO/00001","[FL-001] Wheat Flour","F1","WH/Stock","Virtual Locations/Production","40.0","kg","Done",""
            "2025-07-06 09:00:00","WH/MO/00001","[BI-001] Shortbread","B1","Virtual Locations/Production","WH/Stock","200.0","Units","Done",""
            "2025-07-07 10:05:00","WH/OUT/00001","[BI-001] Shortbread","B1","WH/Stock","Partners/Customers","120.0","Units","Done","WH/OUT/00001"

            """,
    ]

    @Test("trace --format xml writes a document that validate accepts; a broken copy is reported by line (exit 65)")
    func traceAndValidate() throws {
        let folder = try CLIRunner.folder(Self.files)
        let trace = try CLIRunner.run(["trace", "B1", "--data", folder.path, "--format", "xml"])
        #expect(trace.status == 0, "\(trace.stderr)")
        #expect(trace.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<trace xmlns=\"urn:lotrace:1\" timeZone=\"Europe/London\">"))
        let file = folder.appendingPathComponent("trace.xml")
        try Data(trace.stdout.utf8).write(to: file)
        let valid = try CLIRunner.run(["validate", file.path])
        #expect(valid.status == 0)
        #expect(valid.stdout == "\(file.path): valid\n")
        let broken = folder.appendingPathComponent("broken.xml")
        try Data(trace.stdout.replacingOccurrences(of: "<quantity unit=\"Units\">200</quantity>", with: "<quantity unit=\"Units\">-x</quantity>").utf8)
            .write(to: broken)
        let invalid = try CLIRunner.run(["validate", broken.path, "--schema", "trace"])
        #expect(invalid.status == 65)
        #expect(invalid.stdout.hasPrefix("\(broken.path):"))
        #expect(invalid.stdout.contains("'-x' is not a valid value of the atomic type '{urn:lotrace:1}Quantity'"))
    }

    @Test("expiry --format xml writes a list that validate accepts")
    func expiryXML() throws {
        let folder = try CLIRunner.folder(Self.files)
        let expiry = try CLIRunner.run(["expiry", "--data", folder.path, "--as-of", "2025-07-07", "--format", "xml"])
        #expect(expiry.status == 0, "\(expiry.stderr)")
        #expect(
            expiry.stdout.hasPrefix(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<expiryAlerts xmlns=\"urn:lotrace:1\" asOf=\"2025-07-07T23:59:59\" timeZone=\"Europe/London\">"))
        let file = folder.appendingPathComponent("expiry.xml")
        try Data(expiry.stdout.utf8).write(to: file)
        let valid = try CLIRunner.run(["validate", file.path])
        #expect(valid.status == 0)
        #expect(valid.stdout == "\(file.path): valid\n")
    }

    @Test("slip prints a UBL DespatchAdvice; an unknown reference exits 1")
    func slip() throws {
        let folder = try CLIRunner.folder(Self.files)
        let result = try CLIRunner.run(["slip", "WH/OUT/00001", "--data", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("<cbc:ID>WH/OUT/00001</cbc:ID>"))
        #expect(result.stdout.contains("<cbc:DeliveredQuantity unitCode=\"C62\">120</cbc:DeliveredQuantity>"))
        let missing = try CLIRunner.run(["slip", "WH/OUT/09999", "--data", folder.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no outgoing transfer \"WH/OUT/09999\""))
    }

    @Test("export epcis writes the file atomically with summer-time offsets")
    func exportEPCIS() throws {
        let folder = try CLIRunner.folder(Self.files)
        let output = folder.appendingPathComponent("events.xml")
        let result = try CLIRunner.run(["export", "epcis", "--data", folder.path, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(text.contains("<eventTime>2025-07-05T08:10:00+01:00</eventTime>"))
        #expect(text.contains("<eventTimeZoneOffset>+01:00</eventTimeZoneOffset>"))
        #expect(result.stderr.contains("note: [BI-001] Shortbread has no GTIN (Barcode): written under https://id.lotrace.invalid/"))
    }

    @Test("export epcis --format json and trace --format epcis-json write the JSON-LD binding")
    func exportEPCISJSON() throws {
        let folder = try CLIRunner.folder(Self.files)
        let output = try CLIRunner.folder([:]).appendingPathComponent("events.jsonld")
        let export = try CLIRunner.run(["export", "epcis", "--format", "json", "--data", folder.path, "-o", output.path])
        #expect(export.status == 0, "\(export.stderr)")
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(text.hasPrefix("{\n  \"@context\": [\n    \"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\"\n  ],\n"))
        #expect(text.contains(#""eventTime": "2025-07-05T08:10:00+01:00","#))
        #expect(text.contains(#""bizStep": "shipping","#))
        #expect(export.stderr.contains("note: [BI-001] Shortbread has no GTIN (Barcode): written under https://id.lotrace.invalid/"))
        let trace = try CLIRunner.run(["trace", "F1", "--format", "epcis-json", "--data", folder.path])
        #expect(trace.status == 0, "\(trace.stderr)")
        #expect(trace.stdout.contains(#""type": "TransformationEvent","#))
        #expect(trace.stdout.contains(#""epcClass": "https://id.gs1.org/01/05060012001018/10/F1","#))
        let wrong = try CLIRunner.run(["export", "epcis", "--format", "csv", "--data", folder.path])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("The value 'csv' is invalid for '--format <format>'"))
    }

    @Test("validate without --schema refuses a document that is not Lotrace's (exit 64)")
    func foreignDocument() throws {
        let folder = try CLIRunner.folder(["other.xml": "<DespatchAdvice xmlns=\"urn:x\"/>"])
        let result = try CLIRunner.run(["validate", folder.appendingPathComponent("other.xml").path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("is not a Lotrace document: give its schema with --schema FILE.xsd"))
    }
}
