import Foundation

extension Duration {
    /// Seconds with 3 decimals ("2.914"), as `--timings` prints them.
    var secondsText: String {
        String(format: "%.3f", Double(components.seconds) + Double(components.attoseconds) / 1e18)
    }
}
