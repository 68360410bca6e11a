import Foundation
import Synchronization

/// The exclusive lock on one output folder, taken before anything touches the folder and held
/// until the run ends: a second `lotrace build` (or `recall --out`) into the same folder is
/// refused at once instead of writing into the first one's staging folder.
///
/// The lock is a `flock` on `.<name>.lotrace-lock` beside the folder, which holds the holder's
/// process id and start time for the refusal to name. The kernel releases it when the process
/// ends, however it ends (kill -9 included); the file stays, and an unlocked file holds
/// nothing. Once the lock is held, whatever a killed run left beside the folder is removed
/// (`notes` says what).
public final class OutputLock: Sendable {
    /// The folder guarded (absolute).
    public let folder: String
    /// The lock file.
    public let path: String
    /// What taking the lock cleaned up ("removed .../.site.lotrace-staging, left by an
    /// interrupted run"), one line each.
    public let notes: [String]
    private let descriptor: Mutex<Int32?>

    /// Takes the lock of `folder` (creating the folders above it when missing).
    /// - Throws: `OutputError` when another process holds it (naming its process id and start
    ///   time) or the lock file cannot be created.
    public init(guarding folder: String) throws(OutputError) {
        let target = AtomicFolder(path: folder)
        self.folder = target.path
        path = target.lock
        try FileSystem.makeFolders(target.parent)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileSystem.failure("open the lock file", path) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let error = busy ? Self.refusal(target.path, holder: Self.holder(descriptor)) : FileSystem.failure("lock", path)
            close(descriptor)
            throw error
        }
        // The holder's description is for the refusal's message only: a disk too full to hold
        // it fails the run at its first file anyway.
        let holder = Array("pid \(getpid()), started \(Self.now())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = holder.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        do {
            notes = try target.removeLeftovers()
        } catch {
            close(descriptor)
            throw error
        }
        self.descriptor = Mutex(descriptor)
    }

    deinit { release() }

    /// Releases the lock (the kernel does when the process ends); once only.
    public func release() {
        descriptor.withLock { descriptor in
            guard let open = descriptor else { return }
            _ = ftruncate(open, 0)
            close(open)
            descriptor = nil
        }
    }

    /// "/srv/site is being written by another lotrace run (pid 4242, started
    /// 2026-12-04T16:52:10Z); ...".
    private static func refusal(_ folder: String, holder: String) -> OutputError {
        OutputError(
            "\(folder) is being written by another lotrace run (\(holder.isEmpty ? "process unknown" : holder)); "
                + "refusing to write it at the same time: try again when that run has finished")
    }

    /// What the holder wrote into the lock file: "pid N, started TIME".
    private static func holder(_ descriptor: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return "" }
        return String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The current time, UTC, to the second (ISO 8601).
    private static func now() -> String {
        Date.now.formatted(.iso8601)
    }
}
