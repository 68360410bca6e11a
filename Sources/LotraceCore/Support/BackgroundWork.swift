import Foundation

/// Runs a piece of work on a second thread and hands its result back once: the ingest prepares
/// move lines on one core while the master files are read on the other, and the graph computes
/// manufacturing links while it walks the lots.
///
/// The work's values are not `Sendable` (buffers shared by reference), so ownership is handed
/// over by contract: the caller does not touch what `work` captures until `wait()` returns, and
/// the semaphore orders the thread's writes before the caller's reads.
final class BackgroundWork<Value>: @unchecked Sendable {
    private var work: (() -> Value)?
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping () -> Value) {
        self.work = work
        let thread = Thread { [self] in
            value = self.work?()
            self.work = nil
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Blocks until the work is done and returns its result.
    func wait() -> Value {
        done.wait()
        return value!
    }
}
