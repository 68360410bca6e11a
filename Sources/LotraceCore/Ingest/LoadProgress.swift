import Synchronization

/// How far a load has come, shared by the threads that read and the display that shows it:
/// bytes of the input read out of the total, and rows read. Readers report in batches
/// (`RowProgress`), so counting costs nothing per row.
public final class LoadProgress: Sendable {
    /// The counters at one moment.
    public struct Snapshot: Sendable, Hashable {
        public var bytes: Int
        public var totalBytes: Int
        public var rows: Int

        public init(bytes: Int, totalBytes: Int, rows: Int) {
            self.bytes = bytes
            self.totalBytes = totalBytes
            self.rows = rows
        }
    }

    private let counters = Mutex(Snapshot(bytes: 0, totalBytes: 0, rows: 0))

    public init() {}

    /// The counters now.
    public var snapshot: Snapshot { counters.withLock { $0 } }

    /// The input holds `bytes` more bytes to read.
    func expect(bytes: Int) {
        counters.withLock { $0.totalBytes += bytes }
    }

    /// `bytes` more bytes and `rows` more rows were read.
    func advance(bytes: Int, rows: Int) {
        counters.withLock {
            $0.bytes += bytes
            $0.rows += rows
        }
    }
}

/// Counts one table's rows for a `LoadProgress`, passing them on every 4,096 rows.
struct RowProgress {
    private let progress: LoadProgress?
    private var rows = 0
    private var reportedBytes = 0

    init(_ progress: LoadProgress?) { self.progress = progress }

    /// A row was read, ending at byte `position` of the file when the reader knows it.
    mutating func row(endingAt position: Int? = nil) {
        rows += 1
        guard rows == 4096, let progress else { return }
        let bytes = position.map { $0 - reportedBytes } ?? 0
        reportedBytes += bytes
        progress.advance(bytes: bytes, rows: rows)
        rows = 0
    }

    /// The table is read: its rows not yet passed on, and the rest of its `byteCount` bytes.
    mutating func finish(byteCount: Int) {
        progress?.advance(bytes: max(byteCount - reportedBytes, 0), rows: rows)
        reportedBytes = max(byteCount, reportedBytes)
        rows = 0
    }
}
