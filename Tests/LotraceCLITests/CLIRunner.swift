import Foundation
import LotraceTestSupport

/// Runs the built `lotrace` executable (it sits beside the test bundle) in a scratch folder.
struct CLIRunner {
    /// What a run printed and how it ended.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("lotrace")
    }

    /// A fresh folder holding `files` (name -> content).
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = try ScratchFolder.make("cli")
        for (name, content) in files {
            try Data(content.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    static func run(_ arguments: [String]) throws -> Result {
        let run = try ProcessRun.run(executable, arguments)
        return Result(status: run.status, stdout: run.stdoutText, stderr: run.stderrText)
    }
}
