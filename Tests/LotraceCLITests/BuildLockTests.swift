import Foundation
import Testing

/// One build per output folder (docs/faults.md): a second build or recall into a folder being
/// written is refused at once, naming the running one; what a killed build left is removed by
/// the next one, which says so.
@Suite struct BuildLockTests {
    @Test func aSecondBuildIsRefusedWhileTheFirstRunsAndTheFirstCompletesWhole() throws {
        let out = try SiteRuns.scratch() + "/site"
        let first = try BackgroundRun(SiteRuns.buildArguments(SiteRuns.first, into: out))
        // The accounting line comes after the data is loaded: the lock is held by then.
        #expect(first.waitFor("lotrace: "))
        let clock = ContinuousClock()
        let started = clock.now
        let second = try SiteRuns.build(SiteRuns.second, into: out)
        let waited = clock.now - started
        #expect(second.status == 1)
        let holder = try #require(second.stderr.firstMatch(of: /^lotrace: (.+) is being written by another lotrace run \(pid (\d+), started (\S+)\); refusing to write it at the same time: try again when that run has finished\n$/))
        #expect(String(holder.1) == out)
        #expect(Int32(holder.2) == first.pid)
        #expect(String(holder.3).wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil)
        #expect(waited < .seconds(10))
        #expect(first.wait() == 0)
        #expect(SiteRuns.snapshot(out) == SiteRuns.firstSite)
        #expect(SiteRuns.names(in: out + "/..") == [".site.lotrace-lock", "site"])
    }

    /// The lock file of `folder` held by this test, saying `holder`.
    static func hold(_ folder: String, holder: String) -> Int32 {
        let parent = URL(fileURLWithPath: folder).deletingLastPathComponent().path
        try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let lock = parent + "/.\(URL(fileURLWithPath: folder).lastPathComponent).lotrace-lock"
        let descriptor = open(lock, O_RDWR | O_CREAT, 0o644)
        precondition(descriptor >= 0 && flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        _ = Array(holder.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        return descriptor
    }

    @Test func aHeldLockRefusesBuildAndRecallNamingItsHolder() throws {
        let scratch = try SiteRuns.scratch()
        let descriptor = Self.hold(scratch + "/out", holder: "pid 4242, started 2026-12-04T16:52:10Z\n")
        defer { close(descriptor) }
        let expected = "lotrace: \(scratch)/out is being written by another lotrace run (pid 4242, started 2026-12-04T16:52:10Z); "
            + "refusing to write it at the same time: try again when that run has finished\n"
        let build = try SiteRuns.build(SiteRuns.first, into: scratch + "/out")
        #expect(build.status == 1)
        #expect(build.stderr == expected)
        let recall = try CLIRunner.run(["recall", "--product", "x", "--data", SiteRuns.first, "--out", scratch + "/out", "--templates", SiteRuns.templates])
        #expect(recall.status == 1)
        #expect(recall.stderr == expected)
        #expect(SiteRuns.names(in: scratch) == [".out.lotrace-lock"])
    }

    @Test func whatAKilledBuildLeftIsRemovedAndSaidSo() throws {
        let scratch = try SiteRuns.scratch()
        try FileManager.default.createDirectory(atPath: scratch + "/.site.lotrace-staging/lots", withIntermediateDirectories: true)
        try Data("half".utf8).write(to: URL(fileURLWithPath: scratch + "/.site.lotrace-staging/lots/a.html"))
        let run = try SiteRuns.build(SiteRuns.first, into: scratch + "/site")
        #expect(run.status == 0)
        #expect(run.stderr.hasPrefix("lotrace: removed \(scratch)/.site.lotrace-staging, left by an interrupted run\n"))
        #expect(SiteRuns.snapshot(scratch + "/site") == SiteRuns.firstSite)
        #expect(SiteRuns.names(in: scratch) == [".site.lotrace-lock", "site"])
    }

    @Test func aSiteMovedAsideByAnInterruptedSwapIsPutBack() throws {
        let scratch = try SiteRuns.scratch()
        try SiteRuns.build(SiteRuns.first, into: scratch + "/site")
        try FileManager.default.moveItem(atPath: scratch + "/site", toPath: scratch + "/.site.lotrace-old")
        let refused = try CLIRunner.run(["recall", "--product", "none", "--data", SiteRuns.first, "--out", scratch + "/site", "--templates", SiteRuns.templates])
        #expect(refused.stderr.hasPrefix("lotrace: restored \(scratch)/site from \(scratch)/.site.lotrace-old, left by an interrupted run\n"))
        #expect(SiteRuns.snapshot(scratch + "/site") == SiteRuns.firstSite)
    }
}
