import Foundation
import LotraceCore

/// `--timings` for benchmarks: the time of each phase of a command since the previous one and
/// the process's peak memory so far, printed on stderr as `timing: ingest 1.942 s, peak 611 MiB`.
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
        let figure =
            switch unit {
            case .seconds: "\(String(format: "%.3f", seconds)) s"
            case .milliseconds: "\(String(format: "%.3f", seconds * 1000)) ms"
            }
        StandardError.write("timing: \(name) \(figure), peak \(Self.peakMebibytes) MiB")
    }

    /// The process's peak resident memory so far (`ru_maxrss`, kilobytes on Linux), in MiB.
    private static var peakMebibytes: Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }

    /// Prints a line of figures when enabled.
    func note(_ text: String) {
        if enabled { StandardError.write("timing: \(text)") }
    }

    enum Unit {
        case seconds, milliseconds
    }
}
