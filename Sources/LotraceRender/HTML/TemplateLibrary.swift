import Foundation
import Mustache

/// The site's templates, loaded at run time from a folder (default `templates/`) so users can
/// edit them without recompiling: every `*.mustache` file is a template named by its path
/// without the extension (`lot`, `partials/nav`); every other file is an asset copied into the
/// site as it is (`site.css`, `search.js`).
///
/// swift-mustache renders missing partials, parents and variables as empty text, silently, so
/// `lint(required:)` checks at start-up that every referenced partial and parent exists and that
/// every template a build needs is present. Parse errors come out as
/// `templates/x.mustache:LINE:COL: message`. Every template renders with `HTMLEscaping`.
public struct TemplateLibrary: Sendable {
    /// The folder as given ("templates").
    public let directory: String
    /// Template names, sorted.
    public let names: [String]
    /// Asset paths relative to the folder (not `.mustache`, not hidden), sorted.
    public let assets: [String]
    private let library: MustacheLibrary
    private let texts: [String: String]

    /// The switch to Lotrace's escaping, on its own line so it renders as nothing.
    private static let prologue = "{{% CONTENT_TYPE: \(HTMLEscaping.name) }}\n"

    /// Loads and parses every template under `directory`.
    /// - Throws: `TemplateError` for a missing folder, an unreadable file or a parse error.
    public init(directory: String) throws(TemplateError) {
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        self.directory = directory
        guard FileManager.default.isFolder(atPath: directory) else {
            throw TemplateError(file: directory, message: "no such template folder")
        }
        let files = (FileManager.default.subpaths(atPath: directory) ?? []).filter { path in
            !path.split(separator: "/").contains { $0.hasPrefix(".") } && !FileManager.default.isFolder(atPath: directory + "/" + path)
        }.sorted()
        var library = MustacheLibrary()
        var texts: [String: String] = [:]
        var assets: [String] = []
        for path in files {
            guard path.hasSuffix(".mustache") else {
                assets.append(path)
                continue
            }
            let file = directory + "/" + path
            guard let data = FileManager.default.contents(atPath: file),
                let text = String(data: data, encoding: .utf8)
            else { throw TemplateError(file: file, message: "cannot be read as UTF-8 text") }
            let name = String(path.dropLast(".mustache".count))
            do {
                library.register(try MustacheTemplate(string: Self.prologue + text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError(
                    file: file, line: max(error.context.lineNumber - 1, 1), column: error.context.columnNumber,
                    message: TemplateError.message(for: error.error))
            } catch {
                throw TemplateError(file: file, message: "\(error)")
            }
            texts[name] = text
        }
        self.library = library
        self.texts = texts
        self.names = texts.keys.sorted()
        self.assets = assets
    }

    /// Checks that every template in `required` exists and that every partial and parent any
    /// template names exists.
    /// - Throws: the first problem, in file order.
    public func lint(required: [String]) throws(TemplateError) {
        for name in names {
            for reference in TemplateReferences.scan(texts[name] ?? "") where texts[reference.name] == nil {
                throw TemplateError(
                    file: path(of: name), line: reference.line, column: reference.column,
                    message: "\(reference.kind) \"\(reference.name)\" does not exist (no \(path(of: reference.name)))")
            }
        }
        for name in required where texts[name] == nil {
            throw TemplateError(file: path(of: name), message: "missing: this template is required")
        }
    }

    /// Renders `model` (a view model whose stored properties the template names) with the
    /// template `name`.
    /// - Throws: `TemplateError` when there is no such template.
    public func render(_ model: Any, template name: String) throws(TemplateError) -> String {
        guard let text = library.render(TemplateValues.tree(model), withTemplate: name) else {
            throw TemplateError(file: path(of: name), message: "missing: this template is required")
        }
        return text
    }

    /// The bytes of an asset (a path from `assets`).
    public func asset(_ path: String) -> Data? { FileManager.default.contents(atPath: directory + "/" + path) }

    /// "templates/lot.mustache" for "lot".
    public func path(of name: String) -> String { directory + "/" + name + ".mustache" }
}
