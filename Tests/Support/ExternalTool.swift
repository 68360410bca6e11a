import Foundation

/// A command-line program the tests run (rsvg-convert, zbarimg, dmtxread), found on PATH; a
/// missing program is an error naming the Debian package that provides it.
public struct ExternalTool: Sendable {
    public var name: String
    /// The Debian package to install when it is missing.
    public var package: String

    public static let rsvgConvert = ExternalTool(name: "rsvg-convert", package: "librsvg2-bin")
    public static let zbarimg = ExternalTool(name: "zbarimg", package: "zbar-tools")
    public static let dmtxread = ExternalTool(name: "dmtxread", package: "dmtx-utils")

    /// A program that is not installed.
    public struct Missing: Error, CustomStringConvertible {
        public var tool: ExternalTool
        public var description: String {
            "\(tool.name) is not installed: `apt-get install \(tool.package)` (.ci/run installs it)"
        }
    }

    /// The program's path.
    /// - Throws: `Missing` when it is not on PATH.
    public func path() throws -> String {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let found = folders.map({ "\($0)/\(name)" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw Missing(tool: self)
        }
        return found
    }

    /// Runs the program; its standard output as bytes, and its exit status.
    public func run(_ arguments: [String]) throws -> (output: [UInt8], status: Int32, errors: String) {
        let run = try ProcessRun.run(URL(fileURLWithPath: try path()), arguments)
        return (run.stdout, run.status, run.stderrText)
    }
}
