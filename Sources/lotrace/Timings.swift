import Foundation
import LotraceCore

/// `--timings` for benchmarks: the time of each phase of a command since the previous one,
/// printed on stderr as `timing: ingest 1.942 s`.
struct Timings {
    private let enabled: Bool
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant

    init(enabled: Bool) {
        self.enabled = enabled
        last = clock.now
    }

    /// The phase `name` ended now: prints its time in seconds, or milliseconds with `unit: .milliseconds`.
    mutating func lap(_ name: String, unit: Unit = .seconds) {
        let now = clock.now
        let elapsed = now - last
        last = now
        guard enabled else { return }
        let seconds = elapsed.inSeconds
        switch unit {
        case .seconds: StandardError.write("timing: \(name) \(String(format: "%.3f", seconds)) s")
        case .milliseconds: StandardError.write("timing: \(name) \(String(format: "%.3f", seconds * 1000)) ms")
        }
    }

    /// Prints a line of figures when enabled.
    func note(_ text: String) {
        if enabled { StandardError.write("timing: \(text)") }
    }

    enum Unit {
        case seconds, milliseconds
    }
}
