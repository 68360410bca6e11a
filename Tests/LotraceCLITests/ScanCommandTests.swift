import Foundation
import Testing

/// `lotrace scan`: GS1 data in every form a scanner or a user gives, the product found by GTIN,
/// the trace printed as `lotrace trace` prints it, and unknown labels reported.
@Suite("lotrace scan")
struct ScanCommandTests {
    static let files = [
        "products.csv": """
            "Name","Internal Reference","Barcode","Tracking","Unit of Measure"
            "Flour","FL-1","9506000134352","By Lots","kg"
            "Scale","EL-1","09501101530003","By Unique Serial Number","Units"
            "Sugar","SU-1","INTERNAL-7","By Lots","kg"
            "Oats","OA-1","4006381333931","By Lots","kg"
            "Oats bulk","OA-2","4006381333931","By Lots","kg"

            """,
        "moves.csv": CLITests.header + "\n" + [
            #""2025-01-02 08:00:00","WH/IN/00001","[FL-1] Flour","LOT-2501-A","Partners/Vendors","WH/Stock","10","kg","Done""#,
            #""2025-01-02 08:05:00","WH/IN/00001","[FL-1] Flour","LOT-2501-B","Partners/Vendors","WH/Stock","5","kg","Done""#,
            #""2025-01-02 08:10:00","WH/IN/00001","[FL-1] Flour","X/77","Partners/Vendors","WH/Stock","5","kg","Done""#,
            #""2025-01-03 09:00:00","WH/OUT/00001","[FL-1] Flour","LOT-2501-A","WH/Stock","Partners/Customers","4","kg","Done""#,
            #""2025-01-04 09:00:00","WH/IN/00002","[EL-1] Scale","SN-0001","Partners/Vendors","WH/Stock","1","Units","Done""#,
            #""2025-01-05 09:00:00","WH/IN/00003","[OA-2] Oats bulk","OAT-1","Partners/Vendors","WH/Stock","25","kg","Done""#,
        ].joined(separator: "\n") + "\n",
    ]
    static let accounting = "lotrace: read 2 files: 11 rows, 11 used, 0 skipped, 0 rejected\n"

    /// `lotrace trace LOT --product P --format F` in the same folder.
    static func trace(_ lot: String, product: String, format: String, in folder: URL) throws -> String {
        let result = try CLIRunner.run(["trace", lot, "--product", product, "--format", format, "--data", folder.path])
        try #require(result.status == 0)
        return result.stdout
    }

    /// The scan's JSON around a trace object as `lotrace trace --format json` prints it.
    static func scanJSON(head: String, trace: String) -> String {
        let indented = trace.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated().map { $0.offset == 0 ? String($0.element) : "  " + $0.element }.joined(separator: "\n")
        return head + "  \"trace\": " + indented + ",\n  \"errors\": []\n}\n"
    }

    @Test func bracketedLotWithDayZeroExpiry() throws {
        let folder = try CLIRunner.folder(Self.files)
        let result = try CLIRunner.run(["scan", "(01)09506000134352(17)250200(10)LOT-2501-A", "--data", folder.path, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr == Self.accounting)
        let head = """
            {
              "elements": [
                {
                  "ai": "01",
                  "value": "09506000134352"
                },
                {
                  "ai": "17",
                  "value": "250200"
                },
                {
                  "ai": "10",
                  "value": "LOT-2501-A"
                }
              ],
              "gtin": "09506000134352",
              "lot": "LOT-2501-A",
              "serial": null,
              "expiry": "2025-02-28",
              "product": "FL-1",

            """
        #expect(result.stdout == Self.scanJSON(head: head, trace: try Self.trace("LOT-2501-A", product: "FL-1", format: "json", in: folder)))
    }

    @Test func scannerDataWithSymbologyIdentifierFindsASerial() throws {
        let folder = try CLIRunner.folder(Self.files)
        let result = try CLIRunner.run(["scan", "]C1010950110153000321SN-0001\u{1D}", "--data", folder.path, "--format", "json"])
        #expect(result.status == 0)
        let head = """
            {
              "elements": [
                {
                  "ai": "01",
                  "value": "09501101530003"
                },
                {
                  "ai": "21",
                  "value": "SN-0001"
                }
              ],
              "gtin": "09501101530003",
              "lot": null,
              "serial": "SN-0001",
              "expiry": null,
              "product": "EL-1",

            """
        #expect(result.stdout == Self.scanJSON(head: head, trace: try Self.trace("SN-0001", product: "EL-1", format: "json", in: folder)))
    }

    @Test func digitalLinkWithGTIN13AndEscapedLotPrintsTheTrace() throws {
        let folder = try CLIRunner.folder(Self.files)
        let result = try CLIRunner.run(["scan", "https://example.com/shop/01/9506000134352/10/X%2F77?17=261231", "--data", folder.path])
        #expect(result.status == 0)
        let trace = try Self.trace("X/77", product: "FL-1", format: "text", in: folder)
        #expect(result.stdout == "Scanned (01)09506000134352(10)X/77(17)261231 \u{2192} product FL-1, expiry 2026-12-31\n\n" + trace)
    }

    @Test func unknownLotListsTheClosestOfTheSameProduct() throws {
        let folder = try CLIRunner.folder(Self.files)
        let result = try CLIRunner.run(["scan", "]d2010950600013435210LOT-2501-C", "--data", folder.path, "--format", "json"])
        #expect(result.status == 1)
        let error = "unknown lot or serial number LOT-2501-C for product FL-1; closest: LOT-2501-A, LOT-2501-B"
        #expect(result.stderr == Self.accounting + "lotrace: \(error)\n")
        #expect(result.stdout == """
            {
              "elements": [
                {
                  "ai": "01",
                  "value": "09506000134352"
                },
                {
                  "ai": "10",
                  "value": "LOT-2501-C"
                }
              ],
              "gtin": "09506000134352",
              "lot": "LOT-2501-C",
              "serial": null,
              "expiry": null,
              "product": "FL-1",
              "trace": null,
              "errors": [
                "\(error)"
              ]
            }

            """)
    }

    @Test func refusedDataSaysWhichAIWhereAndWhy() throws {
        let folder = try CLIRunner.folder(Self.files)
        let result = try CLIRunner.run(["scan", "(01)09506000134352(17)251331(10)A", "--data", folder.path, "--format", "json"])
        #expect(result.status == 1)
        let error = "GS1 data refused: AI (17), position 25: illegal month in (17)25|13|31"
        #expect(result.stderr == Self.accounting + "lotrace: \(error)\n")
        #expect(result.stdout == """
            {
              "elements": [],
              "gtin": null,
              "lot": null,
              "serial": null,
              "expiry": null,
              "product": null,
              "trace": null,
              "errors": [
                "\(error)"
              ]
            }

            """)
        let text = try CLIRunner.run(["scan", "(01)09506000134353(10)A", "--data", folder.path])
        #expect(text.status == 1)
        #expect(text.stdout == "")
        #expect(text.stderr == Self.accounting + "lotrace: GS1 data refused: AI (01), position 18: incorrect check digit in (01)0950600013435|3|\n")
    }

    @Test func unknownGTINAndMissingKeys() throws {
        let folder = try CLIRunner.folder(Self.files)
        let unknown = try CLIRunner.run(["scan", "(01)09501101530010(10)A", "--data", folder.path])
        #expect(unknown.status == 1)
        #expect(unknown.stdout == "Scanned (01)09501101530010(10)A\n")
        #expect(unknown.stderr == Self.accounting + "lotrace: no product has GTIN 09501101530010 as its Barcode\n")
        let other = try CLIRunner.run(["scan", "(01)09506000134352(10)LOT-2501-A", "--product", "EL-1", "--data", folder.path])
        #expect(other.stderr == Self.accounting + "lotrace: product EL-1 does not have GTIN 09506000134352 as its Barcode\n")
        let noLot = try CLIRunner.run(["scan", "(01)09506000134352(17)251231", "--data", folder.path])
        #expect(noLot.status == 1)
        #expect(noLot.stderr == Self.accounting + "lotrace: the scan carries neither a lot (10) nor a serial number (21)\n")
    }

    @Test func productChoosesAmongProductsSharingAGTIN() throws {
        let folder = try CLIRunner.folder(Self.files)
        let shared = try CLIRunner.run(["scan", "(01)04006381333931(10)OAT-1", "--data", folder.path])
        #expect(shared.status == 1)
        #expect(shared.stderr == Self.accounting + "lotrace: GTIN 04006381333931 is the Barcode of several products: [OA-1] Oats, [OA-2] Oats bulk; pass --product\n")
        let chosen = try CLIRunner.run(["scan", "(01)04006381333931(10)OAT-1", "--product", "OA-2", "--data", folder.path])
        #expect(chosen.status == 0)
        #expect(chosen.stdout == "Scanned (01)04006381333931(10)OAT-1 \u{2192} product OA-2\n\n" + (try Self.trace("OAT-1", product: "OA-2", format: "text", in: folder)))
        let noGTIN = try CLIRunner.run(["scan", "(00)106141411234567897", "--data", folder.path])
        #expect(noGTIN.status == 1)
        #expect(noGTIN.stderr == Self.accounting + "lotrace: the scan carries no GTIN (01): use lotrace trace LOT --product CODE\n")
    }

    @Test func helpDescribesEveryOptionAndTheExitCodes() throws {
        let help = try CLIRunner.run(["scan", "--help"])
        #expect(help.status == 0)
        for text in ["--data", "--format", "--product", "]C1", "Digital Link", "Exit codes: 0 traced; 1 refused GS1 data"] {
            #expect(help.stdout.contains(text), "\(text)")
        }
        let usage = try CLIRunner.run(["scan"])
        #expect(usage.status == 64)
    }
}
