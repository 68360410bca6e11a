import Foundation

/// The site's templates, loaded at run time from a folder (default `templates/`) so users can
/// edit them without recompiling: every `*.mustache` file is a Mustache template named by its
/// path without the extension (`lot`, `partials/nav`); every other file is an asset copied into
/// the site as it is (`site.css`, `search.js`).
///
/// Templates are parsed once (`TemplateParser`) and rendered by Lotrace's own renderer
/// (`TemplateRenderer`) from `Encodable` view models. Parse errors come out as
/// `templates/x.mustache:LINE:COL: message`; Mustache renders missing partials and parents as
/// nothing, so `lint(required:)` checks at start-up that every referenced partial and parent
/// exists and that every template a build needs is present.
public struct TemplateLibrary: Sendable {
    /// The folder as given ("templates").
    public let directory: String
    /// Template names, sorted.
    public let names: [String]
    /// Asset paths relative to the folder (not `.mustache`, not hidden), sorted.
    public let assets: [String]
    private let renderer: TemplateRenderer
    /// Per template: the digest of its text and of every partial and parent it renders.
    private let digests: [String: ContentDigest]
    /// The digest of every template and asset of the folder.
    let digest: ContentDigest

    /// Loads and parses every template under `directory`.
    /// - Throws: `TemplateError` for a missing folder, an unreadable file or a parse error.
    public init(directory: String) throws(TemplateError) {
        guard FileManager.default.isFolder(atPath: directory) else {
            throw TemplateError(file: directory, message: "no such template folder")
        }
        let files = (FileManager.default.subpaths(atPath: directory) ?? []).filter { path in
            !path.split(separator: "/").contains { $0.hasPrefix(".") } && !FileManager.default.isFolder(atPath: directory + "/" + path)
        }.sorted()
        var sources: [(name: String, bytes: [UInt8])] = []
        var assets: [String] = []
        for path in files {
            guard path.hasSuffix(".mustache") else {
                assets.append(path)
                continue
            }
            guard let data = FileManager.default.contents(atPath: directory + "/" + path) else {
                throw TemplateError(file: directory + "/" + path, message: "cannot be read as UTF-8 text")
            }
            sources.append((String(path.dropLast(".mustache".count)), Array(data)))
        }
        try self.init(directory: directory, sources: sources, assets: assets)
    }

    /// Parses the templates `sources` (name and text, in file order) of the folder `directory`,
    /// whose other files are `assets`.
    /// - Throws: `TemplateError` for a text that is not UTF-8 or does not parse.
    init(directory: String, sources: [(name: String, bytes: [UInt8])], assets: [String]) throws(TemplateError) {
        self.directory = directory
        var templates: [String: [TemplateToken]] = [:]
        for (name, bytes) in sources {
            let file = directory + "/" + name + ".mustache"
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw TemplateError(file: file, message: "cannot be read as UTF-8 text")
            }
            templates[name] = try TemplateParser.parse(text, file: file)
        }
        let sources = Dictionary(sources.map { ($0.name, $0.bytes) }) { first, _ in first }
        renderer = TemplateRenderer(templates: templates)
        var digests: [String: ContentDigest] = [:]
        for name in templates.keys {
            var hasher = DigestHasher()
            for member in Self.closure(of: name, in: templates) {
                hasher.combine(member)
                hasher.combine(bytes: sources[member] ?? [])
            }
            digests[name] = hasher.finalize()
        }
        self.digests = digests
        var whole = DigestHasher()
        for name in templates.keys.sorted() {
            whole.combine(name)
            whole.combine(bytes: sources[name] ?? [])
        }
        for asset in assets {
            whole.combine(asset)
            whole.combine(bytes: FileManager.default.contents(atPath: directory + "/" + asset) ?? Data())
        }
        digest = whole.finalize()
        self.names = templates.keys.sorted()
        self.assets = assets
    }

    /// Checks that every template in `required` exists and that every partial and parent any
    /// template names exists.
    /// - Throws: the first problem, in file order.
    public func lint(required: [String]) throws(TemplateError) {
        for name in names {
            for reference in Self.references(in: renderer.templates[name] ?? []) where renderer.templates[reference.name] == nil {
                throw TemplateError(
                    file: path(of: name), line: reference.position.line, column: reference.position.column,
                    message: "\(reference.kind) \"\(reference.name)\" does not exist (no \(path(of: reference.name)))")
            }
        }
        for name in names {
            for reference in Self.references(in: renderer.templates[name] ?? []) {
                guard let loop = route(from: reference.name, to: name) else { continue }
                throw TemplateError(
                    file: path(of: name), line: reference.position.line, column: reference.position.column,
                    message: "\(reference.kind) \"\(reference.name)\" renders \"\(name)\" again (\(([name] + loop).joined(separator: " -> "))): "
                        + "a template may not render itself, the page would never end")
            }
        }
        for name in required where renderer.templates[name] == nil {
            throw TemplateError(file: path(of: name), message: "missing: this template is required")
        }
    }

    /// The templates from `start` to `target` through the partials and parents they name
    /// (`start` first, `target` last); nil when `start` never renders `target`.
    private func route(from start: String, to target: String) -> [String]? {
        var previous: [String: String] = [start: start]
        var pending = [start]
        while !pending.isEmpty {
            let next = pending.removeFirst()
            if next == target {
                var route = [next]
                while route[0] != start { route.insert(previous[route[0]]!, at: 0) }
                return route
            }
            for reference in Self.references(in: renderer.templates[next] ?? []) where previous[reference.name] == nil {
                previous[reference.name] = next
                pending.append(reference.name)
            }
        }
        return nil
    }

    /// The templates `name` renders: itself and every partial and parent it names, transitively,
    /// sorted.
    private static func closure(of name: String, in templates: [String: [TemplateToken]]) -> [String] {
        var seen: Set<String> = [name]
        var pending = [name]
        while let next = pending.popLast() {
            for reference in references(in: templates[next] ?? []) where seen.insert(reference.name).inserted {
                pending.append(reference.name)
            }
        }
        return seen.sorted()
    }

    /// The digest of the template `name`'s text and of every template it renders: a page
    /// rendered with it changes when one of them does.
    func digest(of name: String) -> ContentDigest? { digests[name] }

    /// Renders `model` (a view model whose stored properties the template names) with the
    /// template `name`, as UTF-8.
    /// - Throws: `TemplateError` when there is no such template.
    public func render(_ model: some Encodable, template name: String) throws(TemplateError) -> [UInt8] {
        render(try value(of: model, template: name), template: name)
    }

    /// `model` as the template `name` sees it.
    /// - Throws: `TemplateError` when there is no such template.
    func value(of model: some Encodable, template name: String) throws(TemplateError) -> TemplateValue {
        guard renderer.templates[name] != nil else {
            throw TemplateError(file: path(of: name), message: "missing: this template is required")
        }
        do {
            return try TemplateValueEncoder.encode(model)
        } catch {
            throw TemplateError(file: path(of: name), message: "the page's values cannot be read: \(error)")
        }
    }

    /// Renders `value` with the template `name` (which exists).
    func render(_ value: TemplateValue, template name: String) -> [UInt8] { renderer.render(name, with: value) }

    /// The text `render(_:template:)` makes.
    public func renderText(_ model: some Encodable, template name: String) throws(TemplateError) -> String {
        String(decoding: try render(model, template: name), as: UTF8.self)
    }

    /// The bytes of an asset (a path from `assets`).
    public func asset(_ path: String) -> Data? { FileManager.default.contents(atPath: directory + "/" + path) }

    /// "templates/lot.mustache" for "lot".
    public func path(of name: String) -> String { directory + "/" + name + ".mustache" }

    /// A partial or parent a template names, where.
    private struct Reference {
        var kind: String
        var name: String
        var position: TemplatePosition
    }

    /// The partials and parents `tokens` name, in order, sections and blocks included.
    private static func references(in tokens: [TemplateToken]) -> [Reference] {
        tokens.flatMap { token -> [Reference] in
            switch token {
            case .text, .variable: []
            case .section(_, let body, _): references(in: body)
            case .block(_, let content, _): references(in: content)
            case .partial(let name, _, let position): [Reference(kind: "partial", name: name, position: position)]
            case .parent(let name, _, let blocks, let position):
                [Reference(kind: "parent", name: name, position: position)]
                    + blocks.keys.sorted().flatMap { references(in: blocks[$0] ?? []) }
            }
        }
    }
}
