import Foundation
import Testing

/// `lotrace expiry` and `lotrace audit` as cron sees them: JSON shapes, formats, exit codes.
@Suite struct ExpiryAuditCommandTests {
    static let lots = """
        "Lot/Serial Number","Product","Expiration Date","Best before Date","Removal Date","Alert Date"
        "L1","[FL-1] Flour","2025-01-10 08:00:00","","2025-01-08 08:00:00",""

        """
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates").path

    static func folder(extraLine: String = "") throws -> URL {
        try CLIRunner.folder(["moves.csv": CLITests.moves + extraLine, "lots.csv": lots])
    }

    @Test func expiryJSONAsOfADate() throws {
        let result = try CLIRunner.run(["expiry", "--data", try Self.folder().path, "--as-of", "2025-01-10", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            {
              "asOf": "2025-01-10 23:59:59",
              "expired": [
                {
                  "product": "FL-1",
                  "lot": "L1",
                  "expirationDate": "2025-01-10 08:00:00",
                  "bestBeforeDate": null,
                  "removalDate": "2025-01-08 08:00:00",
                  "alertDate": null,
                  "onHand": [
                    {
                      "location": "WH/Stock",
                      "quantity": 6.25
                    }
                  ]
                }
              ],
              "toRemove": [],
              "alert": [],
              "upcoming": []
            }

            """)
    }

    @Test func expiryTextAndHTMLAndABadDate() throws {
        let folder = try Self.folder().path
        let text = try CLIRunner.run(["expiry", "--data", folder, "--as-of", "2025-01-09 12:00:00"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("To remove (1 lot)\n"))
        #expect(text.stdout.contains("FL-1     L1          2025-01-10               2025-01-08         1 day left  WH/Stock      6.25  kg\n"))
        let html = try CLIRunner.run(["expiry", "--data", folder, "--as-of", "2025-01-09", "--format", "html", "--templates", Self.templates])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>") && html.stdout.contains("<svg class=\"expiry-timeline\""))
        #expect(html.stdout.contains("<td>L1</td>"))
        let bad = try CLIRunner.run(["expiry", "--data", folder, "--as-of", "2025-01-32"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--as-of \"2025-01-32\": expected YYYY-MM-DD"))
    }

    @Test func auditExits65OnErrorFindings() throws {
        let shippedExpired = #""2025-01-11 09:00:00","WH/OUT/00009","[FL-1] Flour","L1","WH/Stock","Partners/Customers","1","kg","Done""# + "\n"
        let result = try CLIRunner.run(["audit", "--data", try Self.folder(extraLine: shippedExpired).path, "--format", "json"])
        #expect(result.status == 65)
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(findings.map { $0["rule"] as? String } == ["phantom_lot", "expired_delivered"])
        #expect(findings[1]["file"] as? String == "moves.csv" && findings[1]["line"] as? Int == 5)
        #expect(Array(findings[1].keys).sorted() == ["detail", "file", "line", "location", "lot", "product", "rule", "severity"])
        #expect(findings.map { $0["severity"] as? String } == ["error", "error"])
        #expect(result.stderr.contains("2 findings have severity error"))
    }
}
