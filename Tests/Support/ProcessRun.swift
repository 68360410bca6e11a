import Foundation

/// One finished run of a program: its exit status and everything it printed. Shared by the
/// test targets that run programs (the CLI tests, the barcode decoders).
public struct ProcessRun: Sendable {
    public var status: Int32
    public var stdout: [UInt8]
    public var stderr: [UInt8]

    /// Runs `executable` with `arguments` to its end, in `directory` (nil: the current one).
    /// Standard error is drained on another thread while standard output is read, so a program
    /// filling one pipe never blocks.
    public static func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil) throws -> ProcessRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errors = ErrorPipeReader(err.fileHandleForReading)
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessRun(status: process.terminationStatus, stdout: [UInt8](output), stderr: errors.wait())
    }

    /// `stdout` as UTF-8 text.
    public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    /// `stderr` as UTF-8 text.
    public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
}

/// Reads a pipe to its end on a thread of its own.
private final class ErrorPipeReader: @unchecked Sendable {
    private var bytes: [UInt8] = []
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            bytes = [UInt8](handle.readDataToEndOfFile())
            done.signal()
        }
    }

    /// Everything read, once the pipe is closed.
    func wait() -> [UInt8] {
        done.wait()
        return bytes
    }
}
