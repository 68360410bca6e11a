import Synchronization

/// Collects a reporter's text.
final class LogSink: Sendable {
    private let buffer = Mutex("")

    /// Appends `text`.
    @Sendable func append(_ text: String) { buffer.withLock { $0 += text } }

    /// Everything written so far.
    var text: String { buffer.withLock { $0 } }
}
