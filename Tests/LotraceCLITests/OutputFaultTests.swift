import Foundation
import Testing

/// A full disk or a read-only file system while writing output (docs/faults.md): exit 1 with a
/// message naming the path and the cause; the previous site, report folder or file stays as it
/// was, and nothing Lotrace wrote for the failed run is left beside it.
@Suite(.enabled(if: TestMount.available, TestMount.unavailableReason))
struct OutputFaultTests {
    /// `lotrace recall` of the recall fixture's lot L1 into the folder `out`.
    static func recall(into out: String) throws -> CLIRunner.Result {
        try CLIRunner.run(["recall", "L1", "--data", try RecallCLITests.folder(), "--out", out, "--templates", SiteRuns.templates])
    }

    /// `lotrace export epcis` of the recall fixture into the file `file`.
    static func export(to file: String) throws -> CLIRunner.Result {
        try CLIRunner.run(["export", "epcis", "--data", try RecallCLITests.folder(), "-o", file])
    }

    @Test func aFullDiskLeavesTheSiteAsItWas() throws {
        let mount = try TestMount(size: "32m")
        defer { mount.unmount() }
        let out = mount.path + "/site"
        #expect(try SiteRuns.build(SiteRuns.first, into: out).status == 0)
        mount.fill()
        let run = try SiteRuns.build(SiteRuns.second, into: out)
        #expect(run.status == 1)
        let failure = run.stderr.split(separator: "\n").last.map(String.init) ?? ""
        #expect(failure.wholeMatch(of: /lotrace: \[\d+\/\d+\] .+ failed: cannot write .+: No space left on device/) != nil, "\(run.stderr)")
        #expect(failure.contains("cannot write \(mount.path)/.site.lotrace-staging/"))
        #expect(SiteRuns.snapshot(out) == SiteRuns.firstSite)
        #expect(SiteRuns.names(in: mount.path) == [".site.lotrace-lock", "filler", "site"])
    }

    @Test func aFullDiskLeavesTheRecallFolderAndTheFileAsTheyWere() throws {
        let mount = try TestMount(size: "1m")
        defer { mount.unmount() }
        #expect(try Self.recall(into: mount.path + "/recall").status == 0)
        #expect(try Self.export(to: mount.path + "/events.xml").status == 0)
        let recallBefore = SiteRuns.snapshot(mount.path + "/recall")
        let fileBefore = FileManager.default.contents(atPath: mount.path + "/events.xml")
        mount.fill()
        let recall = try Self.recall(into: mount.path + "/recall")
        #expect(recall.status == 1)
        let failure = recall.stderr.split(separator: "\n").last.map(String.init) ?? ""
        #expect(failure.hasPrefix("lotrace: cannot write \(mount.path)/.recall.lotrace-staging/"), "\(recall.stderr)")
        #expect(failure.hasSuffix(": No space left on device"))
        #expect(SiteRuns.snapshot(mount.path + "/recall") == recallBefore)
        let export = try Self.export(to: mount.path + "/events.xml")
        #expect(export.status == 1)
        #expect(export.stderr.hasSuffix("lotrace: cannot write \(mount.path)/events.xml: No space left on device\n"))
        #expect(FileManager.default.contents(atPath: mount.path + "/events.xml") == fileBefore)
        #expect(SiteRuns.names(in: mount.path) == [".recall.lotrace-lock", "events.xml", "filler", "recall"])
    }

    @Test func aReadOnlyFileSystemLeavesEverythingAsItWas() throws {
        let mount = try TestMount(size: "32m")
        defer { mount.unmount() }
        let out = mount.path + "/site"
        #expect(try SiteRuns.build(SiteRuns.first, into: out).status == 0)
        #expect(try Self.export(to: mount.path + "/events.xml").status == 0)
        let fileBefore = FileManager.default.contents(atPath: mount.path + "/events.xml")
        try mount.remountReadOnly()
        let build = try SiteRuns.build(SiteRuns.second, into: out)
        #expect(build.status == 1)
        #expect(build.stderr == "lotrace: cannot open the lock file \(mount.path)/.site.lotrace-lock: Read-only file system\n")
        #expect(SiteRuns.snapshot(out) == SiteRuns.firstSite)
        let recall = try Self.recall(into: mount.path + "/recall")
        #expect(recall.status == 1)
        #expect(recall.stderr == "lotrace: cannot open the lock file \(mount.path)/.recall.lotrace-lock: Read-only file system\n")
        let export = try Self.export(to: mount.path + "/events.xml")
        #expect(export.status == 1)
        #expect(export.stderr.hasSuffix("lotrace: cannot write \(mount.path)/events.xml: Read-only file system\n"))
        #expect(FileManager.default.contents(atPath: mount.path + "/events.xml") == fileBefore)
        #expect(SiteRuns.names(in: mount.path) == [".site.lotrace-lock", "events.xml", "site"])
    }
}

/// The same for a folder without write permission, where permissions hold (root ignores them:
/// there `OutputFaultTests` makes the file system read-only instead).
@Suite(.enabled(if: getuid() != 0, "root ignores permissions; OutputFaultTests covers a read-only file system"))
struct UnwritableFolderTests {
    @Test func anUnwritableFolderLeavesTheSiteAsItWas() throws {
        let parent = try SiteRuns.scratch()
        #expect(try SiteRuns.build(SiteRuns.first, into: parent + "/site").status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: parent)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: parent) }
        let build = try SiteRuns.build(SiteRuns.second, into: parent + "/site")
        #expect(build.status == 1)
        #expect(build.stderr.hasSuffix("\nlotrace: cannot create \(parent)/.site.lotrace-staging: Permission denied\n"))
        #expect(SiteRuns.snapshot(parent + "/site") == SiteRuns.firstSite)
    }
}
