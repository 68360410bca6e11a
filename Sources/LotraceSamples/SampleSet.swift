import Foundation

/// A deterministic, realistic set of Odoo 17 warehouse exports for Lotrace.
///
/// The story: Hartwell Bakery Ltd, a small food producer, buys lot-tracked ingredients with
/// expiry dates, makes dough, cream and batter, then biscuits and cakes in manufacturing
/// orders, and delivers them to shops, cafés and restaurants; a side line assembles and sells
/// serial-numbered cold-chain data loggers. Larger sizes tell the same story over more days
/// and more customers.
///
/// ```swift
/// let summary = try SampleSet(seed: 1, moveLines: 2_500).write(to: "data")
/// ```
///
/// The same seed and size always give byte-identical files (the generator uses its own
/// SplitMix64, never the system random source).
public struct SampleSet: Sendable {
    /// The seed of the pseudo-random story.
    public let seed: UInt64
    /// The number of move lines to write (reached within a few lines).
    public let moveLines: Int

    /// A sample set of about `moveLines` move lines (at least 100), shaped by `seed`.
    public init(seed: UInt64, moveLines: Int) {
        self.seed = seed
        self.moveLines = max(100, moveLines)
    }

    /// Writes the export files and `lotrace.json` into `directory` (created if missing; files of
    /// the same name are overwritten, other files are left alone) and returns the row count per
    /// export file.
    @discardableResult
    public func write(to directory: String) throws -> SampleSummary {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let moves = try CSVFile(directory: directory, name: "stock.move.line.csv", header: Ledger.header)
        let story = Story(seed: seed, target: moveLines, ledger: Ledger(file: moves, book: LotBook()))
        story.run()
        try moves.close()
        var files = [moves, try StoryFiles.lots(story.book, in: directory),
                     try MasterDataFiles.products(in: directory),
                     try StoryFiles.transfers(story.transfers, in: directory),
                     try MasterDataFiles.operationTypes(in: directory),
                     try MasterDataFiles.partners(story.customers, in: directory),
                     try MasterDataFiles.locations(in: directory)].map { ($0.name, $0.rows) }
        files.append((ElectronicsXMLFile.name, try ElectronicsXMLFile.write(story.book, in: directory)))
        try ConfigFile.write(in: directory)
        return SampleSummary(files: files)
    }
}
