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

    static let harness = FuzzHarness(name: "template") { input in
        let answer = FuzzHarness.deterministic(input) { input -> String in
            do throws(TemplateError) {
                let library = try TemplateLibrary(directory: "fuzz", sources: [("p", partial), ("t", input)], assets: [])
                try library.lint(required: ["t"])
                return String(decoding: try library.render(Model(), template: "t"), as: UTF8.self)
            } catch {
                return "error \(error.position.file):\(error.position.line):\(error.position.column)"
            }
        }
        guard answer.hasPrefix("error fuzz/t.mustache:") else { return }
        let numbers = answer.dropFirst("error fuzz/t.mustache:".count).split(separator: ":").compactMap { Int($0) }
        FuzzHarness.require(numbers.count == 2, "unreadable position: \(answer)")
        FuzzHarness.require(
            InputLines(input).contains(line: numbers[0], byteColumn: numbers[1]), "error outside the template: \(answer)")
    }
}
