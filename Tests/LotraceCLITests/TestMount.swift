import Foundation
import LotraceTestSupport
import Testing

/// A small tmpfs a test mounts (as root, as CI runs) to fill it up or make it read-only; the
/// tests that need one are skipped, saying why, where mounting is not possible.
struct TestMount {
    /// The mount point.
    let path: String

    /// True when this process may mount file systems (root, and a kernel that lets it).
    static let available: Bool = {
        guard getuid() == 0, let probe = try? TestMount(size: "64k") else { return false }
        probe.unmount()
        return true
    }()

    static let unavailableReason: Comment = "mounting a tmpfs needs root (CI runs as root); skipped"

    /// Mounts a tmpfs of `size` ("4m") on a fresh folder.
    init(size: String) throws {
        path = try ScratchFolder.make("mount").path
        try Self.mount(["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", path])
    }

    /// Makes the file system read-only.
    func remountReadOnly() throws { try Self.mount(["-o", "remount,ro", path]) }

    /// Fills the file system until no byte is left (a file `filler` holds the rest).
    func fill() {
        let descriptor = open(path + "/filler", O_WRONLY | O_CREAT | O_APPEND, 0o644)
        defer { close(descriptor) }
        let block = [UInt8](repeating: 0x2E, count: 4096)
        while block.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
        var byte: UInt8 = 0x2E
        while write(descriptor, &byte, 1) > 0 {}
    }

    func unmount() {
        _ = try? ProcessRun.run(URL(fileURLWithPath: "/bin/umount"), ["-l", path])
        try? FileManager.default.removeItem(atPath: path)
    }

    private static func mount(_ arguments: [String]) throws {
        let run = try ProcessRun.run(URL(fileURLWithPath: "/bin/mount"), arguments)
        guard run.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: run.stderrText]) }
    }
}
