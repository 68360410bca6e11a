import Foundation
import Testing

/// `lotrace recall --lots-file`: the rows that name no lot on stderr and in the report, the exit
/// codes, a refused list, and the list combined with named lots and --product.
@Suite("lotrace recall --lots-file")
struct RecallLotsFileCLITests {
    /// Flour lot L1 made into bread lot B1, which is delivered; sugar has a lot L1 too.
    static let moves = """
        "Date","Reference","Product","Lot/Serial Number","From","To","Quantity","Unit of Measure","Status"
        "2025-01-02 08:00:00","WH/IN/00001","[FL-1] Flour","L1","Partners/Vendors","WH/Stock","10.5","kg","Done"
        "2025-01-02 09:00:00","WH/IN/00002","[SU-1] Sugar","L1","Partners/Vendors","WH/Stock","5","kg","Done"
        "2025-01-03 06:00:00","WH/MO/00001","[FL-1] Flour","L1","WH/Stock","Virtual Locations/Production","6","kg","Done"
        "2025-01-03 06:00:00","WH/MO/00001","[BR-1] Bread","B1","Virtual Locations/Production","WH/Stock","12","Units","Done"
        "2025-01-04 09:00:00","WH/OUT/00001","[BR-1] Bread","B1","WH/Stock","Partners/Customers","12","Units","Done"

        """

    /// The data folder, and a lots file holding `list` in a folder of its own.
    static func folders(_ list: String) throws -> (data: String, list: String) {
        let data = try CLIRunner.folder(["moves.csv": Self.moves]).path
        let lists = try CLIRunner.folder(["lots.csv": list])
        return (data, lists.appendingPathComponent("lots.csv").path)
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func unresolvedRowsAreListedAndExit65() throws {
        let (data, list) = try Self.folders("Product;Lot/Serial Number\nFL-1;L1\nBR-1;B9\n;L1\nFL-1;L1\n")
        let result = try CLIRunner.run(["recall", "--lots-file", list, "--data", data, "--format", "json"])
        #expect(result.status == 65)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines == [
            "lotrace: read 1 file: 5 rows, 5 used, 0 skipped, 0 rejected",
            #"lotrace: \#(list):3:2: unknown_lot: no lot or serial number "B9" of product "BR-1""#,
            #"lotrace: \#(list):4:2: ambiguous_lot: lot "L1" exists for several products: [FL-1] Flour, [SU-1] Sugar; fill in its product"#,
            #"lotrace: \#(list):5:2: duplicate: lot "L1" is named on line 2 too; recalled once"#,
            "lotrace: \(list): 4 rows: 1 used, 1 duplicate, 0 blank, 2 unresolved",
            lines[5],
            "lotrace: 2 rows of \(list) named no lot of the data and were not recalled (listed above)",
        ])
        #expect(lines[5].hasPrefix("lotrace: 2 affected lots, 1 delivery, recovery 100%, "))
        let json = try Self.json(result.stdout)
        let lotsFile = try #require(json["lotsFile"] as? [String: Any])
        #expect(lotsFile["rows"] as? [String: Int] == ["read": 4, "used": 1, "duplicate": 1, "blank": 0, "unresolved": 2])
        let unresolved = try #require(lotsFile["unresolved"] as? [[String: Any]])
        #expect(unresolved.map { $0["line"] as? Int } == [3, 4])
        #expect(unresolved.map { $0["reason"] as? String } == ["unknown_lot", "ambiguous_lot"])
        let affected = try #require(json["affected"] as? [[String: Any]])
        #expect(affected.map { $0["lot"] as? String } == ["L1", "B1"])

        let warned = try CLIRunner.run(["recall", "--lots-file", list, "--data", data, "--format", "json", "--rejections-as-warnings"])
        #expect(warned.status == 0)
        #expect(warned.stderr.contains("\(list):3:2: unknown_lot"))
    }

    @Test func aListNamingNoLotExits1() throws {
        let (data, list) = try Self.folders("Lot/Serial Number\nL1\n")
        let result = try CLIRunner.run(["recall", "--lots-file", list, "--data", data, "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.hasSuffix(
            """
            lotrace: \(list):2:1: ambiguous_lot: lot "L1" exists for several products: [FL-1] Flour, [SU-1] Sugar; add a product column, or pass --product
            lotrace: \(list): 1 row: 0 used, 0 duplicates, 0 blank, 1 unresolved
            lotrace: \(list): none of its 1 row names a lot of the data

            """))
    }

    @Test func aRefusedListExits1BeforeLoading() throws {
        let (data, list) = try Self.folders("Produkt,Menge\nFL-1,1\n")
        let result = try CLIRunner.run(["recall", "--lots-file", list, "--data", data])
        #expect(result.status == 1)
        #expect(result.stderr == """
            lotrace: refused: \(list):1:0: missing_required_column: no lot column: the header names "Produkt", "Menge"; \
            expected Lot/Serial Number (lot_id, name) or Lot/Serial Number Name (lot_name), or their label in the export's language

            """)
        let missing = try CLIRunner.run(["recall", "--lots-file", list + ".missing", "--data", data])
        #expect(missing.status == 1)
        #expect(missing.stderr == "lotrace: refused: \(list).missing: unreadable: the file cannot be read\n")
    }

    @Test func combinedWithNamedLotsAndProduct() throws {
        let (data, list) = try Self.folders("Lot/Serial Number\nL1\n")
        let sugar = try CLIRunner.run(["recall", "--lots-file", list, "--product", "SU-1", "--data", data, "--format", "json"])
        #expect(sugar.status == 0, "\(sugar.stderr)")
        let selected = try #require(try Self.json(sugar.stdout)["selected"] as? [[String: Any]])
        #expect(selected.map { "\($0["product"] ?? "")/\($0["lot"] ?? "")" } == ["SU-1/L1"])
        let (_, flour) = try Self.folders("Product,Lot/Serial Number\n[FL-1] Flour,L1\n")
        let both = try CLIRunner.run(["recall", "B1", "--lots-file", flour, "--data", data, "--format", "json"])
        #expect(both.status == 0, "\(both.stderr)")
        let recalled = try #require(try Self.json(both.stdout)["recalled"] as? [[String: Any]])
        #expect(recalled.map { "\($0["product"] ?? "")/\($0["lot"] ?? "")" } == ["BR-1/B1", "FL-1/L1"])
        let timed = try CLIRunner.run(["recall", "--lots-file", flour, "--data", data, "--format", "csv", "--timings"])
        #expect(timed.status == 0)
        let phases = timed.stderr.split(separator: "\n").filter { $0.hasPrefix("timing: ") }
            .map { $0.split(separator: ",")[0].split(separator: " ").dropLast(2).joined(separator: " ") }
        #expect(phases == ["timing: lots file", "timing: ingest", "timing: graph", "timing: recall", "timing: output"])
        let none = try CLIRunner.run(["recall", "--data", data])
        #expect(none.status == 64)
        #expect(none.stderr.contains("name at least one lot, or --product, or --from-supplier-lot, or --lots-file"))
    }

    @Test func theReportShowsTheRowsNotRecalled() throws {
        let (data, list) = try Self.folders("Product,Lot/Serial Number\nFL-1,L1\nBR-1,B9\n")
        let result = try CLIRunner.run([
            "recall", "--lots-file", list, "--data", data, "--format", "html", "--templates", RecallCLITests.templates,
        ])
        #expect(result.status == 65)
        #expect(result.stdout.contains("<li>Lots file \(list)</li>"))
        #expect(result.stdout.contains("<p>2 rows: 1 used, 0 duplicates, 0 blank, 1 unresolved</p>"))
        #expect(result.stdout.contains(
            "<tr class=\"flagged\"><td>3</td><td>BR-1</td><td>B9</td><td>no lot or serial number &quot;B9&quot; of product &quot;BR-1&quot;</td></tr>"))
    }

    @Test func anOdooLotsExportInXLSXIsAList() throws {
        let list = XLSXCommandTests.twin + "/stock.lot.xlsx"
        let result = try CLIRunner.run(["recall", "--lots-file", list, "--data", XLSXCommandTests.data, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try Self.json(result.stdout)
        let lotsFile = try #require(json["lotsFile"] as? [String: Any])
        #expect(lotsFile["rows"] as? [String: Int] == ["read": 329, "used": 329, "duplicate": 0, "blank": 0, "unresolved": 0])
        #expect(lotsFile["format"] as? String == "xlsx" && lotsFile["sheet"] as? String == "Sheet1")
        #expect((json["recalled"] as? [Any])?.count == 329)
        #expect(result.stderr.contains("lotrace: \(list): 329 rows: 329 used, 0 duplicates, 0 blank, 0 unresolved\n"))
    }
}
