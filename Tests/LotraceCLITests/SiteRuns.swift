import Foundation
import LotraceTestSupport
import Testing

/// What the output-fault tests share: generated data sets, site builds through the real
/// `lotrace` executable, and byte-for-byte snapshots of an output folder.
enum SiteRuns {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let templates = root.appendingPathComponent("templates").path
    static let asOf = "2025-06-30"

    /// Two generated data sets of 600 move lines with different stories: a build of one over a
    /// site of the other rewrites nearly every page (about 500 files, 6 MB; 4 s in a debug build).
    static let first = generated(seed: 1)
    static let second = generated(seed: 2)

    private static func generated(seed: Int) -> String {
        let folder = ScratchFolder.path("faults-data-\(seed)").path
        let run = try? CLIRunner.run(["generate", "--out", folder, "--seed", "\(seed)", "--moves", "600"])
        precondition(run?.status == 0, "lotrace generate failed: \(run?.stderr ?? "")")
        return folder
    }

    /// The arguments of a build of `data` into `out`.
    static func buildArguments(_ data: String, into out: String) -> [String] {
        ["build", "--data", data, "--out", out, "--templates", templates, "--as-of", asOf, "--rejections-as-warnings"]
    }

    /// Builds `data` into `out`; the run's result.
    @discardableResult
    static func build(_ data: String, into out: String) throws -> CLIRunner.Result {
        try CLIRunner.run(buildArguments(data, into: out))
    }

    /// A fresh scratch folder (its path).
    static func scratch() throws -> String {
        try CLIRunner.folder([:]).path
    }

    /// The reference sites of `first` and `second`, built once.
    static let firstSite = referenceSite(first)
    static let secondSite = referenceSite(second)

    private static func referenceSite(_ data: String) -> [String: Data] {
        let out = (try? scratch()).map { $0 + "/site" } ?? ""
        let run = try? build(data, into: out)
        precondition(run?.status == 0, "the reference build failed: \(run?.stderr ?? "")")
        return snapshot(out)
    }

    /// Every entry under `folder`, hidden ones included, with its bytes (folders as "/").
    static func snapshot(_ folder: String) -> [String: Data] {
        var entries: [String: Data] = [:]
        for path in FileManager.default.subpaths(atPath: folder) ?? [] {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder)
            entries[path] = isFolder.boolValue ? Data("/".utf8) : FileManager.default.contents(atPath: folder + "/" + path) ?? Data()
        }
        return entries
    }

    /// The names in `folder`, sorted.
    static func names(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }
}
