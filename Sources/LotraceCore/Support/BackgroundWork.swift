import Foundation

/// Runs a piece of work on a second thread and hands its result back: the ingest prepares move
/// lines on one core while the master files are read on the other, the graph computes
/// manufacturing links while it walks the lots, and a site build reads the previous site's
/// manifest and makes the delivery slips while it builds the graph.
///
/// The work's values are not `Sendable` (buffers shared by reference), so ownership is handed
/// over by contract: the caller does not touch what `work` captures until `wait()` returns, and
/// the semaphore orders the thread's writes before the caller's reads.
public final class BackgroundWork<Value>: @unchecked Sendable {
    private var work: (() -> Value)?
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work` on a thread of its own.
    public init(_ work: @escaping () -> Value) {
        self.work = work
        let thread = Thread { [self] in
            value = self.work?()
            self.work = nil
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Blocks until the work is done and returns its result; from any thread, any number of
    /// times (each call passes the semaphore on to the next).
    public func wait() -> Value {
        done.wait()
        defer { done.signal() }
        return value!
    }
}
