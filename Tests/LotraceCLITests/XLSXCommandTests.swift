import Foundation
import LotraceTestSupport
import Testing

/// XLSX exports on the command line: the sample data (CSV, XML and the lots as XLSX) answers like
/// the all-CSV set it was made from, its all-XLSX twin answers byte for byte like it, and a
/// rejected workbook row is shown by its cell.
@Suite("XLSX input on the command line")
struct XLSXCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The sample data: `lotrace generate` (seed 1), then the lots export as XLSX.
    static let data = root.appendingPathComponent("data").path
    /// Every CSV export of `data` as an XLSX (`scripts/make-xlsx-fixtures.py convert data ...`).
    static let twin = root.appendingPathComponent("Tests/LotraceCLITests/Fixtures/data-xlsx").path
    static let templates = root.appendingPathComponent("templates").path

    /// The answers compared: stock, traces (lots, a serial), audit and expiry, text and JSON.
    static let commands: [[String]] = [
        ["onhand"], ["onhand", "--format", "json"], ["trace", "FLR-250212-1"], ["trace", "FLR-250212-1", "--format", "json"],
        ["trace", "CT3-25000001", "--format", "json"], ["trace", "SHB-250106-1", "--format", "xml"],
        ["audit", "--format", "json"], ["expiry", "--as-of", "2025-03-25 17:00:00", "--format", "json"],
    ]

    /// Runs `arguments` on `folder`; stdout and stderr with the file names of `renames` replaced.
    private func answer(_ arguments: [String], _ folder: String, renames: [String: String] = [:]) throws -> String {
        let run = try CLIRunner.run(arguments + ["--data", folder])
        var text = "exit \(run.status)\n\(run.stdout)\n\(run.stderr)"
        for (old, new) in renames { text = text.replacingOccurrences(of: old, with: new) }
        return text
    }

    /// `check --format json` per file, with the format and sheet left out (they name the format).
    private func accounting(_ folder: String, renames: [String: String] = [:]) throws -> [String: NSDictionary] {
        let run = try CLIRunner.run(["check", "--data", folder, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [String: [String: Any]])
        return Dictionary(uniqueKeysWithValues: files.map { name, file in
            (renames[name] ?? name, file.filter { $0.key != "format" && $0.key != "sheet" } as NSDictionary)
        })
    }

    /// The CSV names of `folder` and the names their XLSX twins have.
    private func xlsxNames(of folder: String) throws -> [String: String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".csv") }
        return Dictionary(uniqueKeysWithValues: names.map { ($0, $0.dropLast(4) + ".xlsx") })
    }

    @Test func mixedFolderAnswersLikeTheAllCSVFolder() throws {
        let allCSV = ScratchFolder.path("all-csv").path
        defer { try? FileManager.default.removeItem(atPath: allCSV) }
        #expect(try CLIRunner.run(["generate", "--out", allCSV]).status == 0)
        #expect(FileManager.default.fileExists(atPath: allCSV + "/stock.lot.csv"))
        let renames = ["stock.lot.csv": "stock.lot.xlsx"]
        for command in Self.commands {
            #expect(try answer(command, Self.data) == answer(command, allCSV, renames: renames), "\(command)")
        }
        #expect(try accounting(Self.data) == accounting(allCSV, renames: renames))
    }

    @Test func xlsxTwinAnswersByteForByte() throws {
        let renames = try xlsxNames(of: Self.data)
        #expect(renames.count == 6)
        for command in Self.commands {
            #expect(try answer(command, Self.twin) == answer(command, Self.data, renames: renames), "\(command)")
        }
        #expect(try accounting(Self.twin) == accounting(Self.data, renames: renames))
    }

    /// The static site of the twin is the site of the sample data, file for file. The twin's
    /// workbooks are given the sample data's CSV names (roles and formats come from content), so
    /// even the pages listing the files are byte-identical.
    @Test func xlsxTwinBuildsTheSameSite() throws {
        let manager = FileManager.default
        let work = ScratchFolder.path("twin-site").path
        defer { try? manager.removeItem(atPath: work) }
        try manager.createDirectory(atPath: work + "/twin", withIntermediateDirectories: true)
        let csvNames = try xlsxNames(of: Self.data)
        for name in try manager.contentsOfDirectory(atPath: Self.twin) {
            let target = csvNames.first { $0.value == name }?.key ?? name
            try manager.copyItem(atPath: Self.twin + "/" + name, toPath: work + "/twin/" + target)
        }
        for (folder, site) in [(Self.data, "data"), (work + "/twin", "twin")] {
            let run = try CLIRunner.run([
                "build", "--data", folder, "--out", "\(work)/\(site)-site", "--templates", Self.templates,
                "--as-of", "2025-03-25 17:00:00",
            ])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let pages = try manager.subpathsOfDirectory(atPath: "\(work)/data-site").sorted()
        #expect(pages.count > 300)
        #expect(try manager.subpathsOfDirectory(atPath: "\(work)/twin-site").sorted() == pages)
        for page in pages {
            var isFolder: ObjCBool = false
            // The manifest holds the digest of the data folder's files, which differ by format.
            guard manager.fileExists(atPath: "\(work)/data-site/\(page)", isDirectory: &isFolder), !isFolder.boolValue,
                page != ".lotrace-manifest"
            else {
                continue
            }
            let expected = manager.contents(atPath: "\(work)/data-site/\(page)")
            #expect(manager.contents(atPath: "\(work)/twin-site/\(page)") == expected, "\(page)")
        }
    }

    @Test func aRejectedWorkbookRowIsShownByItsCell() throws {
        let workbook = Self.root.appendingPathComponent("Tests/LotraceCoreTests/Fixtures/xlsx/odoo-moves.xlsx")
        let folder = try CLIRunner.folder([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: workbook, to: folder.appendingPathComponent("moves.xlsx"))
        let text = try CLIRunner.run(["check", "--data", folder.path])
        #expect(text.status == 65)
        #expect(text.stdout.contains("\nRejected rows:\n  moves.xlsx: Sheet1!D12: nul_byte: control character 0x1 at byte 5 of the field\n"))
        let json = try CLIRunner.run(["check", "--data", folder.path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let file = try #require((object["files"] as? [String: Any])?["moves.xlsx"] as? [String: Any])
        #expect(file["format"] as? String == "xlsx")
        #expect(file["sheet"] as? String == "Sheet1")
        let rejected = try #require((file["rejected"] as? [[String: Any]])?.first)
        #expect(rejected["cell"] as? String == "D12")
        #expect(rejected["line"] as? Int == 12)
        #expect(rejected["column"] as? Int == 4)
    }
}
