import Foundation
import Testing

/// A build killed with SIGKILL at any point leaves the site it was replacing, or the new one,
/// whole, byte for byte; the next build removes what the killed one left and completes.
@Suite struct BuildKillTests {
    /// Where a build is killed: when its standard error first holds a text (the accounting line
    /// after loading, a step's finishing line), or after a delay.
    enum Point: CustomStringConvertible {
        case after(String)
        case delay(milliseconds: UInt32)

        var description: String {
            switch self {
            case .after(let text): "after \"\(text)\""
            case .delay(let milliseconds): "after \(milliseconds) ms"
            }
        }
    }

    static let points: [Point] = [
        .delay(milliseconds: 0), .after("lotrace: "), .after("[3/"), .after("[9/"), .delay(milliseconds: 2_500),
    ]

    @Test func aBuildKilledAtAnyPointLeavesTheOldSiteOrTheNewWhole() throws {
        let out = try SiteRuns.scratch() + "/site"
        var current = (data: SiteRuns.first, site: SiteRuns.firstSite)
        #expect(try SiteRuns.build(current.data, into: out).status == 0)
        for point in Self.points {
            let next = current.data == SiteRuns.first ? (SiteRuns.second, SiteRuns.secondSite) : (SiteRuns.first, SiteRuns.firstSite)
            let run = try BackgroundRun(SiteRuns.buildArguments(next.0, into: out))
            switch point {
            case .after(let text): _ = run.waitFor(text)
            case .delay(let milliseconds): usleep(milliseconds * 1000)
            }
            run.kill()
            let left = SiteRuns.snapshot(out)
            #expect(left == current.site || left == next.1, "killed \(point): the site is neither the old one nor the new one")
            let staging = FileManager.default.fileExists(atPath: out + "/../.site.lotrace-staging")
            let again = try SiteRuns.build(next.0, into: out)
            #expect(again.status == 0, "the build after the one killed \(point) failed: \(again.stderr)")
            let said = again.stderr.contains("lotrace: removed \(URL(fileURLWithPath: out).deletingLastPathComponent().path)/.site.lotrace-staging, left by an interrupted run\n")
            #expect(said == staging, "killed \(point): staging folder left \(staging), removal said \(said)")
            #expect(SiteRuns.snapshot(out) == next.1, "the build after the one killed \(point) did not complete")
            current = next
        }
        #expect(SiteRuns.names(in: out + "/..") == [".site.lotrace-lock", "site"])
    }
}
