@testable import LotraceRender

/// The template loader: a template (`t`, beside a fixed partial `p`) parsed and linted as a
/// templates folder is; the same answer twice; an error's line and column inside the template
/// (or the partial); a template that passes renders the same bytes twice.
enum TemplateHarness {
    static let partial = Array("<p>{{a}}</p>\n{{#b}}{{.}}{{/b}}\n".utf8)

    /// The values a template sees.
    struct Model: Encodable {
        var a = "<x & y>"
        var b = [1, 2]
        var c = false
        var d = ["e": "f"]
    }

    /// What loading and rendering gave.
    enum Answer: Equatable {
        case page([UInt8])
        case refused(TemplateError)
    }

    static let harness = FuzzHarness(name: "template") { input in
        let answer = FuzzHarness.deterministic(input) { input -> Answer in
            do throws(TemplateError) {
                let library = try TemplateLibrary(directory: "fuzz", sources: [("p", partial), ("t", input)], assets: [])
                try library.lint(required: ["t"])
                return .page(try library.render(Model(), template: "t"))
            } catch {
                return .refused(error)
            }
        }
        guard case .refused(let error) = answer, error.position.file == "fuzz/t.mustache" else { return }
        FuzzHarness.require(
            InputLines(input).contains(line: error.position.line, byteColumn: error.position.column), "error outside the template: \(error)")
    }
}
