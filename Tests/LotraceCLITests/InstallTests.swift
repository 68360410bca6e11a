import Foundation
import LotraceTestSupport
import Testing

/// `make install` and `make uninstall` (with the executable under test, no build), the installed
/// lotrace finding its templates and schemas from any working directory, and the man page.
@Suite("Install")
struct InstallTests {
    static let root = XLSXCommandTests.root
    /// Every file an install writes under the prefix, besides the templates and schemas.
    static let installed = [
        "bin/lotrace", "share/bash-completion/completions/lotrace", "share/fish/vendor_completions.d/lotrace.fish",
        "share/man/man1/lotrace.1", "share/zsh/site-functions/_lotrace",
    ]

    /// Runs make in the checkout with `arguments`.
    static func make(_ arguments: [String]) throws -> ProcessRun {
        try ProcessRun.run(URL(fileURLWithPath: "/usr/bin/env"), ["make", "--no-print-directory", "-C", root.path] + arguments)
    }

    /// Every regular file under `folder`, relative to it, sorted.
    static func files(under folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        var files: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                files.append(String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1)))
            }
        }
        return files.sorted()
    }

    @Test("make install into DESTDIR/PREFIX; the installed lotrace builds a site from another folder; make uninstall removes it all")
    func installBuildUninstall() throws {
        let stage = try CLIRunner.folder([:])
        let variables = ["PREFIX=/opt/lotrace", "DESTDIR=\(stage.path)", "LOTRACE=\(CLIRunner.executable.path)"]
        let install = try Self.make(["install"] + variables)
        #expect(install.status == 0, "\(install.stdoutText)\(install.stderrText)")
        let prefix = stage.appendingPathComponent("opt/lotrace")
        let files = Self.files(under: prefix)
        #expect(files.filter { !$0.hasPrefix("share/lotrace/") } == Self.installed)
        #expect(files.filter { $0.hasPrefix("share/lotrace/") } == (
            Self.files(under: Self.root.appendingPathComponent("schemas")).map { "share/lotrace/schemas/" + $0 }
                + Self.files(under: Self.root.appendingPathComponent("templates")).map { "share/lotrace/templates/" + $0 }))
        let share = prefix.appendingPathComponent("share")
        #expect(FileManager.default.contents(atPath: share.appendingPathComponent("man/man1/lotrace.1").path)
            == FileManager.default.contents(atPath: Self.root.appendingPathComponent("docs/lotrace.1").path))
        let bash = try String(contentsOf: share.appendingPathComponent("bash-completion/completions/lotrace"), encoding: .utf8)
        #expect(bash.contains("_lotrace()") && bash.contains("slips"))
        let zsh = try String(contentsOf: share.appendingPathComponent("zsh/site-functions/_lotrace"), encoding: .utf8)
        #expect(zsh.hasPrefix("#compdef lotrace"))
        let fish = try String(contentsOf: share.appendingPathComponent("fish/vendor_completions.d/lotrace.fish"), encoding: .utf8)
        #expect(fish.contains("complete -c 'lotrace'"))

        // From a folder without templates or schemas: the installed ones are found. The Lotrace
        // XML export is validated against the installed schema, or refused.
        let data = try CLIRunner.folder([:])
        try FileManager.default.copyItem(
            at: Self.root.appendingPathComponent("Tests/LotraceCoreTests/Fixtures/xml/lotrace-data.xml"),
            to: data.appendingPathComponent("lotrace-data.xml"))
        let elsewhere = try CLIRunner.folder([:])
        let build = try ProcessRun.run(
            prefix.appendingPathComponent("bin/lotrace"), ["build", "--data", data.path, "--out", "site", "--as-of", "2025-03-31"],
            in: elsewhere)
        #expect(build.status == 0, "\(build.stderrText)")
        #expect(!build.stderrText.contains("refused"))
        let site = elsewhere.appendingPathComponent("site")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path))
        #expect(FileManager.default.contents(atPath: site.appendingPathComponent("site.css").path)
            == FileManager.default.contents(atPath: Self.root.appendingPathComponent("templates/site.css").path))

        let uninstall = try Self.make(["uninstall"] + variables)
        #expect(uninstall.status == 0, "\(uninstall.stderrText)")
        #expect(Self.files(under: stage) == [])
    }

    @Test("docs/lotrace.1 is scripts/man-page.py's page of this lotrace: every command and option of --help")
    func manPage() throws {
        let script = Self.root.appendingPathComponent("scripts/man-page.py").path
        let generated = try ProcessRun.run(
            URL(fileURLWithPath: "/bin/sh"), ["-c", "\"$0\" --experimental-dump-help | python3 \"$1\"", CLIRunner.executable.path, script])
        try #require(generated.status == 0, "\(generated.stderrText)")
        let page = try String(contentsOf: Self.root.appendingPathComponent("docs/lotrace.1"), encoding: .utf8)
        #expect(generated.stdoutText == page, "docs/lotrace.1 is out of date: lotrace --experimental-dump-help | scripts/man-page.py > docs/lotrace.1")
        let help = try CLIRunner.run(["--help"]).stdout
        let commands = help.components(separatedBy: "SUBCOMMANDS:")[1].matches(of: #/\n  ([a-z]+) /#).map { String($0.output.1) }
        #expect(commands.count == 13 && commands.contains("slips"))
        for command in commands {
            let section = try #require(page.components(separatedBy: ".SS \"lotrace \(command)\"\n").dropFirst().first, "\(command)")
                .components(separatedBy: ".SS ")[0]
            let options = try CLIRunner.run([command, "--help"]).stdout.matches(of: /--[a-z][a-z-]*/).map { String($0.output) }
            for option in Set(options) where option != "--help" && option != "--version" {
                #expect(section.contains(option.replacingOccurrences(of: "-", with: "\\-")), "\(command) \(option)")
            }
        }
    }
}
