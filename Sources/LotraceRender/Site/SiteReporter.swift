import Foundation
import Synchronization

/// Prints a build's steps: one plain line per finished step (`[4/6] Render delivery slips: 412
/// pages in 0.31 s`), and, only when the output is a terminal, a progress display that rewrites
/// its line while a step runs. Under cron the output is the plain lines alone.
public final class SiteReporter: Sendable {
    private let terminal: Bool
    private let write: @Sendable (String) -> Void
    private let state = Mutex((title: "", shown: -1))

    /// A reporter writing text to `write` (without added line ends); `terminal` turns the
    /// progress display on.
    public init(terminal: Bool, write: @escaping @Sendable (String) -> Void) {
        self.terminal = terminal
        self.write = write
    }

    /// A step starts.
    func start(_ title: String) {
        state.withLock { $0 = (title, -1) }
        if terminal { write("\r\u{1B}[K\(title) ...") }
    }

    /// A step rendered `done` of `total` items (shown in whole percents, terminal only).
    var progress: @Sendable (Int, Int) -> Void {
        { [self] done, total in
            guard terminal, total > 0 else { return }
            let percent = done * 100 / total
            let line: String? = state.withLock { state in
                guard percent != state.shown else { return nil }
                state.shown = percent
                return "\r\u{1B}[K\(state.title) \(done)/\(total)"
            }
            if let line { write(line) }
        }
    }

    /// A line about the whole build.
    func note(_ text: String) {
        write((terminal ? "\r\u{1B}[K" : "") + text + "\n")
    }

    /// A step finished.
    func finish(_ title: String, outcome: SiteStepOutcome, seconds: Double) {
        let line = "\(title): \(DisplayFormat.count(outcome.count, outcome.noun, plural: outcome.plural)) in \(String(format: "%.2f", seconds)) s\n"
        write(terminal ? "\r\u{1B}[K" + line : line)
    }
}
