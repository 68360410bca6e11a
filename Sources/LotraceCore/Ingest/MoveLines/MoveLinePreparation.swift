/// The first phase of reading move lines (`MoveLinePreparer`) running on a second core, over
/// given tables in file-name order; each table, and so its file's bytes, is let go once its
/// rows are prepared.
///
/// The loader starts it as soon as the folder's CSV files are examined, while its XML files and
/// workbooks still are (an Odoo data file takes a while), and keeps it when those add no move
/// lines; otherwise it waits for it to end and prepares every move-line table again, in order.
final class MoveLinePreparation {
    /// `Dataset.files` indices of the tables it prepares.
    let fileIndices: [Int]
    private let work: BackgroundWork<(MoveLineCells, [PreparedMoveLineTable])>

    init(_ tables: [Table], progress: LoadProgress?) {
        fileIndices = tables.map(\.fileIndex)
        let compareFiles = Set(fileIndices).count > 1
        var pending = tables
        work = BackgroundWork {
            var preparer = MoveLinePreparer(compareFiles: compareFiles, progress: progress)
            var prepared: [PreparedMoveLineTable] = []
            while !pending.isEmpty {
                prepared.append(preparer.prepare(pending.removeFirst()))
            }
            return (preparer.cells, prepared)
        }
    }

    /// The interned cells and the prepared tables, once every table is prepared.
    func wait() -> (MoveLineCells, [PreparedMoveLineTable]) { work.wait() }
}
