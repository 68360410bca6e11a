import Foundation
import Testing

/// The command line as cron and other programs see it: outputs, JSON shapes and exit codes.
@Suite("lotrace command line")
struct CLITests {
    static let header = #""Date","Reference","Product","Lot/Serial Number","From","To","Quantity","Unit of Measure","Status""#
    static let moves = header + "\n" + [
        #""2025-01-02 08:00:00","WH/IN/00001","[FL-1] Flour","L1","Partners/Vendors","WH/Stock","10.5","kg","Done""#,
        #""2025-01-03 09:00:00","WH/OUT/00001","[FL-1] Flour","L1","WH/Stock","Partners/Customers","4.25","kg","Done""#,
        #""2025-01-04 09:00:00","WH/OUT/00002","[FL-1] Flour","L1","WH/Stock","Partners/Customers","1","kg","Cancelled""#,
    ].joined(separator: "\n") + "\n"

    @Test func checkPrintsTheRowAccountingAsJSON() throws {
        let folder = try CLIRunner.folder(["moves.csv": Self.moves])
        let result = try CLIRunner.run(["check", "--data", folder.path, "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let file = try #require((json["files"] as? [String: Any])?["moves.csv"] as? [String: Any])
        #expect(file["role"] as? String == "move_lines")
        #expect(file["read"] as? Int == 3)
        #expect(file["used"] as? Int == 2)
        #expect(file["skipped"] as? Int == 1)
        #expect((file["rejected"] as? [Any])?.isEmpty == true)
        #expect(result.stderr == "")
    }

    @Test func rejectedRowsExit65UnlessWarnings() throws {
        let folder = try CLIRunner.folder([
            "moves.csv": Self.moves + #""2025-01-05 09:00:00","WH/OUT/00003","[FL-1] Flour","L1","WH/Stock","Partners/Customers","1,5","kg","Done""# + "\n"
        ])
        let strict = try CLIRunner.run(["onhand", "--data", folder.path, "--format", "json"])
        #expect(strict.status == 65)
        #expect(strict.stdout == """
            [
              {
                "product": "FL-1",
                "lot": "L1",
                "location": "WH/Stock",
                "quantity": 6.25
              }
            ]

            """)
        #expect(strict.stderr.contains("lotrace: read 1 file: 4 rows, 2 used, 1 skipped, 1 rejected"))
        let check = try CLIRunner.run(["check", "--data", folder.path])
        #expect(check.status == 65)
        #expect(check.stdout.contains(#"moves.csv:5:7: non_numeric_quantity: Quantity "1,5" is not a decimal number"#))
        let lenient = try CLIRunner.run(["onhand", "--data", folder.path, "--rejections-as-warnings"])
        #expect(lenient.status == 0)
    }

    @Test func aRefusedFileExits1() throws {
        let folder = try CLIRunner.folder(["moves.csv": Self.moves, "empty.csv": ""])
        let result = try CLIRunner.run(["trace", "L1", "--data", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("lotrace: refused: empty.csv: empty_file: the file is empty (0 bytes)"))
        #expect(result.stdout == "")
    }

    @Test func anAmbiguousLotListsItsProducts() throws {
        let folder = try CLIRunner.folder([
            "moves.csv": Self.moves + #""2025-01-05 09:00:00","WH/IN/00002","[SU-1] Sugar","L1","Partners/Vendors","WH/Stock","2","kg","Done""# + "\n"
        ])
        let result = try CLIRunner.run(["trace", "L1", "--data", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("lotrace: lot L1 exists for several products: [FL-1] Flour, [SU-1] Sugar; pass --product"))
        let chosen = try CLIRunner.run(["trace", "L1", "--product", "SU-1", "--data", folder.path, "--format", "json"])
        #expect(chosen.status == 0)
        #expect(chosen.stdout.hasPrefix("{\n  \"product\": \"SU-1\",\n  \"lot\": \"L1\","))
    }

    @Test func usageErrorsExit64() throws {
        #expect(try CLIRunner.run(["check", "--format", "yaml"]).status == 64)
        #expect(try CLIRunner.run(["nosuchcommand"]).status == 64)
    }

    @Test(arguments: [
        ("check", ["--data", "--schemas", "--rejections-as-warnings", "--format", "--timings"]),
        ("onhand", ["--data", "--schemas", "--rejections-as-warnings", "--format"]),
        ("trace", ["<lot>", "--product", "--data", "--schemas", "--rejections-as-warnings", "--format"]),
        ("generate", ["--out", "--seed", "--moves", "--force"]),
    ])
    func everyOptionHasHelp(command: String, options: [String]) throws {
        let help = try CLIRunner.run([command, "--help"]).stdout
        let lines = help.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for option in options {
            let start = try #require(lines.firstIndex { $0.hasPrefix(option) }, "\(option) missing from help")
            // The option's entry: its line and the indented lines that continue it.
            var entry = lines[start].dropFirst(option.count)
            for next in lines[(start + 1)...] {
                if next.hasPrefix("-") || next.hasPrefix("<") || next.isEmpty || next.hasSuffix(":") { break }
                entry += " " + next
            }
            #expect(entry.count > 20, "no help text for \(option)")
        }
    }
}
