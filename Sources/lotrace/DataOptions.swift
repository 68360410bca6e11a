import ArgumentParser
import Foundation
import LotraceCore
import LotraceRender

/// Options shared by every command that reads a data folder.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: "Folder of Odoo exports (CSV or XML; roles are found from headers).")
    var data: String = "data"

    @Option(
        name: .long,
        help: """
            Folder of Lotrace's XML schemas (default: $LOTRACE_SCHEMAS, else ./schemas, else \
            <prefix>/share/lotrace/schemas of the installed executable, else its checkout's).
            """)
    var schemas: String?

    @Flag(name: .long, help: "Exit 0 even when input rows were rejected (they are still reported).")
    var rejectionsAsWarnings = false

    /// Loads the folder, prints the one-line accounting on stderr and fails on refusals.
    func load() throws -> Dataset {
        let dataset = read()
        let accounting = RowAccounting(dataset: dataset)
        StandardError.write("lotrace: \(accounting.summary)")
        for refusal in dataset.refusals { StandardError.write("lotrace: refused: \(refusal)") }
        guard dataset.refusals.isEmpty else { throw ExitCode.failure }
        return dataset
    }

    /// The folder's dataset; on a terminal, a load lasting more than a second shows its progress.
    func read() -> Dataset {
        guard isatty(STDERR_FILENO) != 0 else { return DatasetLoader(schemasDirectory: schemasDirectory).load(folder: data) }
        let progress = LoadProgress()
        let line = LoadProgressLine(progress: progress) { text in FileHandle.standardError.write(Data(text.utf8)) }
        defer { line.stop() }
        return DatasetLoader(schemasDirectory: schemasDirectory, progress: progress).load(folder: data)
    }

    /// `lotrace.json` of the data folder (defaults when absent), or exit 1 naming what is wrong.
    func config() throws -> LotraceConfig {
        try StandardError.exitOnFailure { try LotraceConfig.load(folder: data) }
    }

    /// Exit code for a run that produced its answer: 65 when rows were rejected.
    func finish(_ dataset: Dataset) throws {
        let rejected = RowAccounting(dataset: dataset).totalRejected
        guard rejected == 0 || rejectionsAsWarnings else {
            StandardError.write("lotrace: \(rejected) row\(rejected == 1 ? " was" : "s were") rejected; `lotrace check` lists them")
            throw ExitCode(65)
        }
    }

    /// `--schemas`, else `$LOTRACE_SCHEMAS`, else the folder `ResourceFolder` finds (`./schemas`,
    /// the installed one, the checkout's).
    var schemasDirectory: String? {
        if let schemas { return schemas }
        if let fromEnvironment = ProcessInfo.processInfo.environment["LOTRACE_SCHEMAS"] { return fromEnvironment }
        return ResourceFolder.schemas.located
    }
}

/// Writes lines to standard error.
enum StandardError {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// The result of `body`; an error it throws is printed ("lotrace: <error>") and the command
    /// exits 1.
    static func exitOnFailure<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            write("lotrace: \(error)")
            throw ExitCode.failure
        }
    }
}
