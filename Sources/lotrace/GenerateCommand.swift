import ArgumentParser
import Foundation
import LotraceSamples

/// `lotrace generate`: writes a deterministic sample export set (see `SampleSet`).
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic sample set of Odoo 17 exports (a bakery with an electronics line).",
        discussion: "The same --seed and --moves always give byte-identical files."
    )

    @Option(name: .long, help: "Folder to write the exports into.")
    var out: String

    @Option(name: .long, help: "Seed of the pseudo-random story.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Number of move lines to write (at least 100).")
    var moves: Int = 2_500

    @Flag(name: .long, help: "Write into a folder that already holds files (same-named files are replaced).")
    var force = false

    func run() throws {
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
        guard existing.isEmpty || force else {
            throw ValidationError("\(out) is not empty; pass --force to overwrite its sample files")
        }
        let started = Date()
        let summary = try SampleSet(seed: seed, moveLines: moves).write(to: out)
        for file in summary.files {
            print("\(file.name): \(file.rows) \(file.name.hasSuffix(".xml") ? "records" : "rows")")
        }
        print(String(format: "generated in %.2f s", Date().timeIntervalSince(started)))
    }
}
