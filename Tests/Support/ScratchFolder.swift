import Foundation

/// The tests' scratch folders: all under one folder per test process,
/// `<tmp>/lotrace-tests-<pid>`, which is removed when the process exits, so a test run leaves
/// nothing behind in the temporary folder (unless it crashes).
public enum ScratchFolder {
    /// The process's folder, made on first use, when its removal at exit is registered.
    private static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lotrace-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ScratchFolder.root) }
        return root
    }()

    /// A fresh path `<prefix>-<UUID>` in the process's folder, not yet existing (for a program
    /// to create).
    public static func path(_ prefix: String) -> URL {
        root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    }

    /// A fresh, empty folder `<prefix>-<UUID>` in the process's folder.
    public static func make(_ prefix: String) throws -> URL {
        let folder = path(prefix)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        return folder
    }
}
