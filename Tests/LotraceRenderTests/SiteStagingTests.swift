import Foundation
import Testing
@testable import LotraceRender

/// The staging swap: a failed build leaves the previous site byte for byte, foreign folders are
/// refused, unchanged files keep their modification time, foreign entries are carried over.
@Suite struct SiteStagingTests {
    /// A step that writes a page, then fails.
    struct FailingStep: SiteStep {
        let title = "Fail halfway"
        let templates: [String] = []
        let section: SiteSection? = nil

        func run(in context: SiteContext) throws -> SiteStepOutcome {
            try context.output.write("half", to: "index.html")
            throw OutputError("disk full (simulated)")
        }
    }

    /// Every file under `folder` with its bytes and modification date.
    static func snapshot(_ folder: String) throws -> [String: (Data, Date)] {
        var files: [String: (Data, Date)] = [:]
        for path in FileManager.default.subpaths(atPath: folder) ?? [] where !FileManager.default.isFolder(atPath: folder + "/" + path) {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/" + path)
            files[path] = (FileManager.default.contents(atPath: folder + "/" + path) ?? Data(), attributes[.modificationDate] as! Date)
        }
        return files
    }

    static func sameFiles(_ a: [String: (Data, Date)], _ b: [String: (Data, Date)]) -> Bool {
        a.count == b.count && a.allSatisfy { path, value in b[path].map { $0.0 == value.0 && $0.1 == value.1 } ?? false }
    }

    @Test func aStepFailingHalfwayLeavesThePreviousSite() throws {
        let output = SiteFixture.outputPath()
        try SiteFixture.build(into: output)
        let before = try Self.snapshot(output)
        #expect(throws: OutputError("[2/2] Fail halfway failed: disk full (simulated)")) {
            try SiteFixture.build(into: output, steps: [CopyAssetsStep(), FailingStep()])
        }
        #expect(Self.sameFiles(before, try Self.snapshot(output)))
        let parent = URL(fileURLWithPath: output).deletingLastPathComponent().path
        // The lock file stays (unlocked, empty); no staging folder is left.
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).sorted() == [".site.lotrace-lock", "site"])
    }

    @Test func aBrokenTemplateLeavesThePreviousSite() throws {
        let output = SiteFixture.outputPath()
        try SiteFixture.build(into: output)
        let before = try Self.snapshot(output)
        let templates = try TemplateTests.copyOfTemplates()
        try Data("{{<layout}}{{$content}}{{#rows}}{{/content}}{{/layout}}\n".utf8).write(to: URL(fileURLWithPath: templates + "/slip.mustache"))
        #expect(throws: TemplateError.self) { try SiteFixture.build(into: output, templates: templates) }
        #expect(Self.sameFiles(before, try Self.snapshot(output)))
    }

    @Test func aFolderLotraceDidNotCreateIsRefused() throws {
        let output = SiteFixture.outputPath()
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: output + "/notes.txt"))
        let error = try #require(throws: OutputError.self) { try SiteFixture.build(into: output) }
        #expect(error.message.hasSuffix("was not created by lotrace build (no .lotrace-site marker) and is not empty; refusing to replace it: remove it or choose another --out"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output) == ["notes.txt"])
    }

    @Test func anEmptyFolderWithGitkeepIsAdoptedAndKeepsIt() throws {
        let output = SiteFixture.outputPath()
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: output + "/.gitkeep"))
        try SiteFixture.build(into: output)
        #expect(FileManager.default.fileExists(atPath: output + "/.gitkeep"))
        #expect(FileManager.default.fileExists(atPath: output + "/.lotrace-site"))
    }

    @Test func unchangedFilesKeepTheirTimeAndForeignEntriesAreCarriedOver() throws {
        let output = SiteFixture.outputPath()
        try SiteFixture.build(into: output)
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: output + "/index.html")
        try FileManager.default.createDirectory(atPath: output + "/browser-check", withIntermediateDirectories: true)
        try Data("png".utf8).write(to: URL(fileURLWithPath: output + "/browser-check/slip.png"))
        let (summary, _) = try SiteFixture.build(into: output)
        #expect(summary.unchanged == summary.files)
        let attributes = try FileManager.default.attributesOfItem(atPath: output + "/index.html")
        #expect(attributes[.modificationDate] as? Date == old)
        #expect(FileManager.default.contents(atPath: output + "/browser-check/slip.png") == Data("png".utf8))
        let marker = String(decoding: FileManager.default.contents(atPath: output + "/.lotrace-site")!, as: UTF8.self)
        #expect(!marker.contains("browser-check"))
    }

    /// The nightly cron builds "as of now": unchanged data must give unchanged lot pages, slips
    /// and recall pages; only the expiry page (days left, groups) is about the moment itself.
    @Test func aLaterAsOfRewritesOnlyThePagesAboutTheMoment() throws {
        let output = SiteFixture.outputPath()
        try SiteFixture.build(into: output)
        let before = try Self.contents(of: output)
        let later = SiteFixture.asOf.adding(days: 1)
        let (summary, _) = try SiteFixture.build(into: output, asOf: later)
        let after = try Self.contents(of: output)
        let changed = after.keys.filter { before[$0] != after[$0] }.sorted()
        #expect(changed == ["expiry.html"])
        #expect(summary.unchanged == summary.files - changed.count)
    }

    static func contents(of folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileManager.default.subpaths(atPath: folder) ?? [] where !path.hasPrefix(".") {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue
            else { continue }
            files[path] = FileManager.default.contents(atPath: folder + "/" + path)
        }
        return files
    }

    @Test func pathsLeavingTheSiteAreRefused() throws {
        let folder = try SiteFixture.folder([:])
        let output = FolderWriter(folder: folder, previous: nil)
        for path in ["../x.html", "/etc/passwd", "a//b.html", "a/./b.html", ""] {
            #expect(throws: OutputError("refusing to write outside the site: \"\(path)\"")) { try output.write("x", to: path) }
        }
    }
}
