import Foundation
import LotraceTestSupport
import Testing

/// A command-line program the round-trip tests run (rsvg-convert, zbarimg, dmtxread), found on
/// PATH; a missing program fails the test with the package that provides it.
struct ExternalTool {
    var name: String
    /// The Debian package to install when it is missing.
    var package: String

    static let rsvgConvert = ExternalTool(name: "rsvg-convert", package: "librsvg2-bin")
    static let zbarimg = ExternalTool(name: "zbarimg", package: "zbar-tools")
    static let dmtxread = ExternalTool(name: "dmtxread", package: "dmtx-utils")

    /// The program's path; records a failure naming the package when it is not on PATH.
    func path(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        let found = folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        return try #require(
            found, "\(name) is not installed: `apt-get install \(package)` (.ci/run installs it)", sourceLocation: sourceLocation)
    }

    /// Runs the program; its standard output as bytes, and its exit status.
    func run(_ arguments: [String]) throws -> (output: [UInt8], status: Int32, errors: String) {
        let run = try ProcessRun.run(URL(fileURLWithPath: try path()), arguments)
        return (run.stdout, run.status, run.stderrText)
    }
}
