import Foundation
import LotraceTestSupport
import Testing

/// `lotrace recall` as users run it: formats on stdout, the report folder, exit codes.
@Suite("lotrace recall")
struct RecallCLITests {
    static let moves = """
        "Date","Reference","Product","Lot/Serial Number","From","To","Quantity","Unit of Measure","Status"
        "2025-01-02 08:00:00","WH/IN/00001","[FL-1] Flour","L1","Partners/Vendors","WH/Stock","10.5","kg","Done"
        "2025-01-03 06:00:00","WH/MO/00001","[FL-1] Flour","L1","WH/Stock","Virtual Locations/Production","6","kg","Done"
        "2025-01-03 06:00:00","WH/MO/00001","[BR-1] Bread","B1","Virtual Locations/Production","WH/Stock","12","Units","Done"
        "2025-01-04 09:00:00","WH/OUT/00001","[BR-1] Bread","B1","WH/Stock","Partners/Customers","12","Units","Done"

        """

    static func folder() throws -> String { try CLIRunner.folder(["moves.csv": Self.moves]).path }

    /// The repository's `templates/` folder.
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates").path

    @Test func jsonOnStdout() throws {
        let result = try CLIRunner.run(["recall", "L1", "--data", try Self.folder(), "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let affected = try #require(json["affected"] as? [[String: Any]])
        #expect(affected.map { $0["lot"] as? String } == ["L1", "B1"])
        let deliveries = try #require(json["deliveries"] as? [[String: Any]])
        #expect(deliveries.map { $0["reference"] as? String } == ["WH/OUT/00001"])
        let balance = try #require(json["massBalance"] as? [[String: Any]])
        #expect(balance.map { $0["unaccounted"] as? Int } == [0, 0])
        #expect(result.stderr.contains("lotrace: 2 affected lots, 1 delivery, recovery 100%"))
    }

    /// The JSON on stdout (written in pieces) is the report folder's recall.json, but for the
    /// moment the report was made and the time it took.
    @Test func jsonOnStdoutIsTheFoldersJSON() throws {
        let folder = try Self.folder()
        let out = ScratchFolder.path("recall").path
        let written = try CLIRunner.run(["recall", "L1", "--data", folder, "--out", out, "--templates", Self.templates])
        #expect(written.status == 0, "\(written.stderr)")
        let printed = try CLIRunner.run(["recall", "L1", "--data", folder, "--format", "json"])
        #expect(printed.status == 0)
        let clockFree = { (json: String) in
            json.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("    \"generated\": ") && !$0.hasPrefix("    \"elapsedSeconds\": ") }
        }
        let file = try String(contentsOfFile: out + "/recall.json", encoding: .utf8)
        #expect(clockFree(printed.stdout) == clockFree(file))
        #expect(clockFree(file).count == file.split(separator: "\n", omittingEmptySubsequences: false).count - 2)
    }

    @Test func csvOnStdout() throws {
        let result = try CLIRunner.run(["recall", "L1", "--data", try Self.folder(), "--format", "csv"])
        #expect(result.status == 0)
        let lines = result.stdout.components(separatedBy: "\r\n")
        #expect(lines.first?.hasPrefix("\u{FEFF}\"Critical Tracking Event\",\"Traceability Lot Code\"") == true)
        #expect(lines.filter { !$0.isEmpty }.map { String($0.prefix(17)) } == [
            "\u{FEFF}\"Critical Tracki", "\"Receiving\",\"L1\",", "\"Transformation\",", "\"Shipping\",\"B1\",\"",
        ])
    }

    @Test func outWritesTheReportFolder() throws {
        let out = ScratchFolder.path("recall").path
        let result = try CLIRunner.run([
            "recall", "--product", "FL-1", "--received", "2025-01-01..2025-01-02", "--data", try Self.folder(), "--out", out,
            "--templates", Self.templates,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == [".lotrace-site", "fsma204.csv", "recall.html", "recall.json"])
        let html = try String(contentsOfFile: out + "/recall.html", encoding: .utf8)
        #expect(html.contains("<h1>Recall of L1</h1>"))
    }

    @Test func usageErrorsExit64() throws {
        let folder = try Self.folder()
        let none = try CLIRunner.run(["recall", "--data", folder])
        #expect(none.status == 64)
        #expect(none.stderr.contains("name at least one lot, or --product, or --from-supplier-lot"))
        let range = try CLIRunner.run(["recall", "--product", "FL-1", "--received", "2025-01-31..2025-01-01", "--data", folder])
        #expect(range.status == 64)
        #expect(range.stderr.contains("--received 2025-01-31..2025-01-01: expected FROM..TO"))
        let product = try CLIRunner.run(["recall", "--received", "2025-01-01..", "--data", folder])
        #expect(product.status == 64)
    }

    @Test func unknownLotExits1() throws {
        let result = try CLIRunner.run(["recall", "L9", "--data", try Self.folder(), "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("lotrace: no lot or serial number L9"))
        #expect(result.stdout == "")
    }
}
