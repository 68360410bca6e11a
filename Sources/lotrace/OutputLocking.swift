import LotraceRender

/// Takes the lock of a command's output folder before anything else runs, so a second run into
/// the same folder is refused at once, not after loading its data.
enum OutputLocking {
    /// The lock of `folder`; what its taking cleaned up goes to standard error; another run
    /// holding it, or a lock file that cannot be made, exits 1.
    static func take(_ folder: String) throws -> OutputLock {
        let lock = try StandardError.exitOnFailure { try OutputLock(guarding: folder) }
        for note in lock.notes { StandardError.write("lotrace: \(note)") }
        return lock
    }
}
