import Testing

@testable import LotraceCore

@Suite("File refusals and duplicates")
struct FileRefusalTests {
    private let moves = IngestFixtures.moveHeader + "\n" + IngestFixtures.receipt + "\n"

    private func refusals(_ dataset: Dataset) -> [String] { dataset.refusals.map { "\($0.position.file) \($0.reason.rawValue)" } }

    @Test func wholeFileRefusals() {
        let dataset = DatasetLoader().load(files: [
            InputData(name: "a.csv", text: moves),
            InputData(name: "empty.csv", bytes: []),
            InputData(name: "utf16.csv", bytes: [0xFF, 0xFE, 0x41, 0x00]),
            InputData(name: "binary.bin", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]),
            InputData(name: "colours.csv", text: "\"Colour\",\"Size\"\n\"red\",\"L\"\n"),
            InputData(name: "latin1.csv", bytes: Array("\"Nom\",\"R".utf8) + [0xE9] + Array("f\"\n".utf8)),
        ])
        #expect(refusals(dataset) == [
            "binary.bin not_text", "colours.csv unplaced_file", "empty.csv empty_file", "latin1.csv not_utf8_text",
            "utf16.csv not_utf8_text",
        ])
        #expect(dataset.moveLines.count == 1)
    }

    @Test func aFolderWithoutMoveLinesIsRefused() {
        let dataset = IngestFixtures.load(["locations.csv": "\"Full Location Name\",\"Location Type\"\n\"WH/Stock\",\"Internal Location\"\n"])
        #expect(refusals(dataset) == ["(data folder) missing_role"])
    }

    @Test func byteIdenticalFileIsRefused() {
        let dataset = IngestFixtures.load(["moves-1.csv": moves, "moves-2.csv": moves])
        #expect(refusals(dataset) == ["moves-2.csv duplicate_file"])
        #expect(dataset.moveLines.count == 1)
    }

    @Test func overlappingExportsRejectRepeatedRows() {
        let second = #""2025-01-03 08:00:00","WH/IN/00002","[FL-1] Flour","L1","Partners/Vendors","WH/Stock","5","kg","Done""#
        let dataset = IngestFixtures.load([
            "moves-2025-01.csv": moves,
            "moves-2025-q1.csv": IngestFixtures.moveHeader + "\n" + second + "\n" + IngestFixtures.receipt + "\n",
        ])
        #expect(IngestFixtures.rejections(dataset, "moves-2025-q1.csv") == ["3:0 duplicate_row"])
        #expect(dataset.files[1].rejected.first?.message == "the row is identical in every column to line 2 of moves-2025-01.csv")
        #expect(dataset.moveLines.count == 2)
    }

    @Test func repeatedRowsInsideOneFileAreKept() {
        let dataset = IngestFixtures.load(["moves.csv": moves + IngestFixtures.receipt + "\n"])
        #expect(dataset.moveLines.count == 2)
    }

    @Test func rolesComeFromHeadersNotNames() {
        let dataset = IngestFixtures.load([
            "Moves History (2025-12-31).csv": moves,
            "stock.move.line.csv": "\"Full Location Name\",\"Location Type\"\n\"WH/Stock\",\"Internal Location\"\n\"Partners/Vendors\",\"Vendor Location\"\n",
        ])
        #expect(dataset.files.map { $0.roles.map(\.rawValue) } == [["move_lines"], ["locations"]])
        #expect(dataset.moveLines.count == 1)
    }

    @Test func semicolonAndTabFilesAndBOM() {
        let semicolon = "\u{FEFF}" + moves.replacingOccurrences(of: "\",\"", with: "\";\"")
        let tab = moves.replacingOccurrences(of: "\",\"", with: "\"\t\"").replacingOccurrences(of: "2025-01-02", with: "2025-01-05")
        let dataset = IngestFixtures.load(["a.csv": semicolon, "b.tsv": tab])
        #expect(dataset.refusals.isEmpty)
        #expect(dataset.moveLines.map(\.line) == [2, 2])
    }
}
