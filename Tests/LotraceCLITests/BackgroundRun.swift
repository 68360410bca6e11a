import Foundation
import Synchronization

/// A `lotrace` run started in the background, its standard error collected as it comes, so a
/// test can wait for a line, kill the run at that moment, or wait for its end.
final class BackgroundRun: Sendable {
    private let process: Process
    private let collected = Mutex<[UInt8]>([])
    private let closed = DispatchSemaphore(value: 0)

    /// Starts `lotrace` with `arguments` (standard output is discarded).
    init(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        self.process = process
        let reading = errors.fileHandleForReading
        Thread.detachNewThread { [self] in
            while true {
                let chunk = reading.availableData
                if chunk.isEmpty { break }
                collected.withLock { $0 += chunk }
            }
            closed.signal()
        }
    }

    var pid: Int32 { process.processIdentifier }

    /// Standard error so far.
    var stderr: String { String(decoding: collected.withLock { $0 }, as: UTF8.self) }

    /// Waits until standard error holds `text` (true), or the run ended or `seconds` passed
    /// without it (false).
    func waitFor(_ text: String, seconds: Double = 300) -> Bool {
        let deadline = Date.now.addingTimeInterval(seconds)
        while Date.now < deadline {
            if stderr.contains(text) { return true }
            if !process.isRunning { return stderr.contains(text) }
            usleep(2_000)
        }
        return false
    }

    /// Kills the run with SIGKILL (nothing of it runs after) and waits for its end.
    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        closed.wait()
    }

    /// Waits for the run's end; its exit status.
    func wait() -> Int32 {
        process.waitUntilExit()
        closed.wait()
        return process.terminationStatus
    }
}
