import Foundation
import Testing
@testable import LotraceRender

/// The template library: positioned parse errors, lint, escaping.
@Suite struct TemplateTests {
    /// A scratch copy of the repository's templates.
    static func copyOfTemplates() throws -> String {
        let folder = try SiteFixture.folder([:]) + "/templates"
        try FileManager.default.copyItem(atPath: SiteFixture.templates, toPath: folder)
        return folder
    }

    static func library(_ files: [String: String]) throws -> String {
        let folder = try SiteFixture.folder([:])
        for (name, text) in files {
            let url = URL(fileURLWithPath: folder + "/" + name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    @Test func parseErrorsNameFileLineAndColumn() throws {
        let folder = try Self.library(["page.mustache": "<p>\n  {{#rows}}\n  {{name}\n{{/rows}}\n"])
        let error = try #require(throws: TemplateError.self) { try TemplateLibrary(directory: folder) }
        #expect(error.description == "\(folder)/page.mustache:3:9: tag not closed (expected \"}}\")")
        let unclosed = try Self.library(["a.mustache": "x\n{{#rows}}\n"])
        let second = try #require(throws: TemplateError.self) { try TemplateLibrary(directory: unclosed) }
        #expect(second.description == "\(unclosed)/a.mustache:3:1: section \"rows\" not closed before the end of the file (expected {{/rows}})")
    }

    @Test func lintFindsMissingPartialsParentsAndTemplates() throws {
        let partial = try TemplateLibrary(directory: try Self.library(["a.mustache": "ok\n  {{> partials/row }}\n"]))
        #expect(throws: TemplateError(file: partial.directory + "/a.mustache", line: 2, column: 3, message: "partial \"partials/row\" does not exist (no \(partial.directory)/partials/row.mustache)")) {
            try partial.lint(required: [])
        }
        let parent = try TemplateLibrary(directory: try Self.library(["a.mustache": "{{<frame}}{{/frame}}"]))
        #expect(throws: TemplateError(file: parent.directory + "/a.mustache", line: 1, column: 1, message: "parent \"frame\" does not exist (no \(parent.directory)/frame.mustache)")) {
            try parent.lint(required: [])
        }
        let incomplete = try TemplateLibrary(directory: try Self.library(["b.mustache": "x"]))
        #expect(throws: TemplateError(file: incomplete.directory + "/slip.mustache", message: "missing: this template is required")) {
            try incomplete.lint(required: ["b", "slip"])
        }
        #expect(throws: TemplateError(file: "/nonexistent/templates", message: "no such template folder")) {
            try TemplateLibrary(directory: "/nonexistent/templates")
        }
    }

    /// Found writing the template fuzzing harness: a partial rendering itself, directly or
    /// through others, recursed until the stack overflowed (a crash, not an error).
    @Test func lintRefusesTemplatesThatRenderThemselves() throws {
        let direct = try TemplateLibrary(directory: try Self.library(["t.mustache": "a\n{{#x}} {{>t}}{{/x}}\n"]))
        #expect(throws: TemplateError(file: direct.directory + "/t.mustache", line: 2, column: 8, message: "partial \"t\" renders \"t\" again (t -> t): a template may not render itself, the page would never end")) {
            try direct.lint(required: ["t"])
        }
        let indirect = try TemplateLibrary(directory: try Self.library([
            "a.mustache": "{{<frame}}{{$body}}{{>partials/b}}{{/body}}{{/frame}}", "frame.mustache": "{{$body}}{{/body}}",
            "partials/b.mustache": "{{>a}}",
        ]))
        #expect(throws: TemplateError(file: indirect.directory + "/a.mustache", line: 1, column: 20, message: "partial \"partials/b\" renders \"a\" again (a -> partials/b -> a): a template may not render itself, the page would never end")) {
            try indirect.lint(required: [])
        }
    }

    @Test func theShippedTemplatesPassTheLint() throws {
        try TemplateLibrary(directory: SiteFixture.templates).lint(required: SiteBuilder(output: "x").requiredTemplates)
    }

    @Test func variablesAreEscapedScalarByScalar() throws {
        struct Model: Encodable { var text: String }
        let library = try TemplateLibrary(directory: try Self.library(["a.mustache": "<a title=\"{{text}}\">{{text}}</a>"]))
        let html = try library.renderText(Model(text: "\"\u{301} onclick=x '<&>"), template: "a")
        #expect(html == "<a title=\"&quot;\u{301} onclick=x &#39;&lt;&amp;&gt;\">&quot;\u{301} onclick=x &#39;&lt;&amp;&gt;</a>")
    }

    @Test func assetsAreListedAndHiddenFilesIgnored() throws {
        let library = try TemplateLibrary(directory: try Self.library(["a.mustache": "x", "site.css": "b{}", ".DS_Store": "", "js/s.js": ""]))
        #expect(library.names == ["a"])
        #expect(library.assets == ["js/s.js", "site.css"])
    }
}
