import Foundation
import LotraceCore
import Synchronization

/// Shows how far a load has come on a terminal: once it has lasted `delay` (a second), it
/// rewrites one line every `interval`, `lotrace: reading 120.5 of 213.4 MB, 512,000 rows
/// (455,000 rows/s)`, and `stop()` erases it. Under cron, where standard error is no terminal,
/// none is made and nothing extra is written.
public final class LoadProgressLine: Sendable {
    private let progress: LoadProgress
    private let write: @Sendable (String) -> Void
    private let state = Mutex((stopped: false, shown: false))
    private let wake = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)

    /// Starts watching `progress`, writing text (without line ends) to `write`.
    public init(
        progress: LoadProgress, delay: Duration = .seconds(1), interval: Duration = .milliseconds(250),
        write: @escaping @Sendable (String) -> Void
    ) {
        self.progress = progress
        self.write = write
        let started = ContinuousClock.now
        let thread = Thread { [self] in
            while wake.wait(timeout: .now() + interval.inSeconds) == .timedOut {
                let elapsed = ContinuousClock.now - started
                guard elapsed >= delay else { continue }
                let line = "\r\u{1B}[K" + Self.text(progress.snapshot, seconds: elapsed.inSeconds)
                let shown = state.withLock { state -> Bool in
                    guard !state.stopped else { return false }
                    state.shown = true
                    return true
                }
                if shown { write(line) }
            }
            finished.signal()
        }
        thread.start()
    }

    /// Stops the display and erases its line if it showed one.
    public func stop() {
        let shown = state.withLock { state -> Bool? in
            guard !state.stopped else { return nil }
            state.stopped = true
            return state.shown
        }
        guard let shown else { return }
        wake.signal()
        finished.wait()
        if shown { write("\r\u{1B}[K") }
    }

    /// "lotrace: reading 120.5 of 213.4 MB, 512,000 rows (256,000 rows/s)".
    public static func text(_ snapshot: LoadProgress.Snapshot, seconds: Double) -> String {
        let megabytes = { (bytes: Int) in String(format: "%.1f", Double(bytes) / 1_000_000) }
        let rate = seconds > 0 ? Int(Double(snapshot.rows) / seconds) : 0
        return "lotrace: reading \(megabytes(snapshot.bytes)) of \(megabytes(snapshot.totalBytes)) MB, "
            + "\(DisplayFormat.count(snapshot.rows, "row")) (\(DisplayFormat.grouped(rate)) rows/s)"
    }
}
