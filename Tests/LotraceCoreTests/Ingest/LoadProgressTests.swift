import Testing
@testable import LotraceCore

@Suite("Load progress")
struct LoadProgressTests {
    /// Every byte of the folder and every row read reaches the counters, whatever the format.
    @Test func aLoadCountsEveryByteAndEveryRow() throws {
        let moves = IngestFixtures.moveHeader + "\n" + Array(repeating: IngestFixtures.receipt, count: 5000).enumerated()
            .map { $0.element.replacingOccurrences(of: "L1", with: "L\($0.offset)") }.joined(separator: "\n") + "\n"
        let lots = "\"Lot/Serial Number\",\"Product\"\n\"L1\",\"[FL-1] Flour\"\n\"L2\",\"[FL-1] Flour\"\n"
        let notes = "not an export\n"
        let files = [
            InputData(name: "moves.csv", text: moves), InputData(name: "lots.csv", text: lots),
            InputData(name: "notes.txt", text: notes),
            InputData(name: "odoo-lots.xlsx", bytes: try WorkbookFixture.bytes("odoo-lots.xlsx")),
        ]
        let progress = LoadProgress()
        let dataset = DatasetLoader(progress: progress).load(files: files)
        let total = files.reduce(0) { $0 + $1.bytes.count }
        #expect(progress.snapshot == LoadProgress.Snapshot(
            bytes: total, totalBytes: total, rows: dataset.files.reduce(0) { $0 + $1.read }))
        #expect(progress.snapshot.rows == 5000 + 2 + dataset.files.first { $0.name == "odoo-lots.xlsx" }!.read)
    }

    /// Rows are passed on every 4,096, with the bytes read up to the row.
    @Test func rowsArePassedOnInBatches() {
        let progress = LoadProgress()
        var counter = RowProgress(progress)
        for row in 1...4095 { counter.row(endingAt: row * 10) }
        #expect(progress.snapshot.rows == 0)
        counter.row(endingAt: 40_960)
        #expect(progress.snapshot == LoadProgress.Snapshot(bytes: 40_960, totalBytes: 0, rows: 4096))
        counter.row(endingAt: 40_970)
        counter.finish(byteCount: 41_000)
        #expect(progress.snapshot == LoadProgress.Snapshot(bytes: 41_000, totalBytes: 0, rows: 4097))
    }
}
