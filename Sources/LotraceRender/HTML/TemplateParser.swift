/// Parses a Mustache template into `TemplateToken`s, with the spec's whitespace rules: a line
/// holding only a section, inverted section, closing, comment, partial, parent, block or
/// set-delimiter tag (and spaces or tabs) is standalone, and renders as nothing; the whitespace
/// before a standalone partial indents each line the partial renders.
///
/// It reads templates exactly as swift-mustache 2.1 (the engine Lotrace used first) read them, so
/// the same templates give the same bytes: text is cut into one token per line; after a section
/// closes, whether the next tag may be standalone depends on whether the section's opening tag
/// was; inside a parent (`{{<name}}`), the indentation of a block's first line is taken off its
/// following lines. Transforms (`{{f(name)}}`), dynamic partials (`{{>*name}}`) and pragmas
/// (`{{%...}}`) are refused.
struct TemplateParser {
    private let text: [Character]
    private var index = 0
    private let file: String

    /// The tokens of `text`, the contents of `file`.
    /// - Throws: `TemplateError` at the position of the problem.
    static func parse(_ text: String, file: String) throws(TemplateError) -> [TemplateToken] {
        var parser = TemplateParser(text: Array(text), file: file)
        return try parser.parse(State())
    }

    private init(text: [Character], file: String) {
        self.text = text
        self.file = file
    }

    /// What the parse of one nesting level knows.
    private struct State {
        /// The name the closing tag must give; nil at the top level.
        var closing: String?
        var newLine = true
        /// Inside `{{<parent}}...{{/parent}}`.
        var inParent = false
        /// Directly inside `{{<parent}}`, where only block definitions may stand.
        var parentTopLevel = false
        var open: [Character] = ["{", "{"]
        var close: [Character] = ["}", "}"]
        /// Inside a parent: the indentation of a block's first line.
        var blockIndent: Int?

        func entering(_ name: String, newLine: Bool) -> State {
            var state = self
            state.closing = name
            state.parentTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func enteringParent(_ name: String) -> State {
            var state = self
            state.closing = name
            state.newLine = true
            state.inParent = true
            state.parentTopLevel = true
            return state
        }
    }

    private mutating func parse(_ initial: State) throws(TemplateError) -> [TemplateToken] {
        var tokens: [TemplateToken] = []
        var state = initial
        var whitespace: [Character] = []
        while index < text.count {
            if state.newLine {
                let leading = read { $0 == " " || $0 == "\t" }
                if state.inParent && !state.parentTopLevel {
                    if let indent = state.blockIndent {
                        whitespace = Array(leading.dropFirst(indent))
                    } else {
                        state.blockIndent = leading.count
                    }
                } else {
                    whitespace = leading
                }
            }
            let plain = readText(state)
            if index < text.count, Self.isLineEnd(text[index]) {
                tokens.append(.text(Self.bytes(whitespace + plain + [text[index]])))
                state.newLine = true
                index += 1
                continue
            }
            if !plain.isEmpty {
                tokens.append(.text(Self.bytes(whitespace + plain)))
                whitespace = []
                state.newLine = false
            }
            guard index < text.count else { break }
            let tagStart = index - state.open.count
            var standalone = false
            let kind = text[index]
            switch kind {
            case "#", "^":
                index += 1
                let name = try readName(state)
                standalone = isStandalone(state)
                if !standalone { flush(&whitespace, into: &tokens) }
                let body = try parse(state.entering(name, newLine: standalone))
                tokens.append(.section(TemplateName(name), body, inverted: kind == "^"))
            case "/":
                index += 1
                let namePosition = index
                let name = try readName(state)
                guard name == state.closing else {
                    index = namePosition
                    throw error(
                        state.closing.map { "section \"\($0)\" closed by \"\(name)\"" }
                            ?? "\"\(name)\" closed, but no section is open")
                }
                if !isStandalone(state) { flush(&whitespace, into: &tokens) }
                return tokens
            case "!":
                index += 1
                try skipComment(state)
                standalone = isStandalone(state)
            case "{", "&":
                flush(&whitespace, into: &tokens)
                index += 1
                let name = try readName(state, closingBrace: kind == "{")
                tokens.append(.variable(TemplateName(name), escaped: false))
            case ">":
                index += 1
                let name = try readPartialName(state)
                flush(&whitespace, into: &tokens, keeping: true)
                standalone = isStandalone(state)
                tokens.append(.partial(name, indentation: standalone ? String(whitespace) : nil, position: position(of: tagStart)))
                whitespace = []
            case "<":
                index += 1
                let name = try readPartialName(state)
                flush(&whitespace, into: &tokens, keeping: true)
                standalone = isStandalone(state)
                let body = try parse(state.enteringParent(name))
                var blocks: [String: [TemplateToken]] = [:]
                for token in body {
                    switch token {
                    case .block(let block, let content, _): blocks[block] = content
                    case .text: break
                    default:
                        let place = position(of: tagStart)
                        throw TemplateError(
                            file: file, line: place.line, column: place.column,
                            message: "only {{$block}} overrides may appear inside {{<parent}}")
                    }
                }
                tokens.append(.parent(name, indentation: String(whitespace), blocks: blocks, position: position(of: tagStart)))
                whitespace = []
            case "$":
                index += 1
                let name = try readName(state)
                if !state.parentTopLevel { flush(&whitespace, into: &tokens, keeping: true) }
                standalone = isStandalone(state)
                let body = try parse(state.entering(name, newLine: standalone))
                tokens.append(.block(name, body, indentation: state.parentTopLevel ? "" : String(whitespace)))
                if !state.parentTopLevel { whitespace = [] }
            case "=":
                index += 1
                state = try readDelimiters(state)
                standalone = isStandalone(state)
            case "%":
                throw error("pragmas ({{% ... }}) are not supported")
            default:
                flush(&whitespace, into: &tokens)
                let name = try readName(state)
                tokens.append(.variable(TemplateName(name), escaped: true))
            }
            state.newLine = standalone
        }
        if let closing = state.closing {
            throw error("section \"\(closing)\" not closed before the end of the file (expected {{/\(closing)}})")
        }
        return tokens
    }

    // MARK: Reading

    private static func isLineEnd(_ character: Character) -> Bool { character == "\n" || character == "\r\n" }

    private static func bytes(_ characters: [Character]) -> [UInt8] { Array(String(characters).utf8) }

    /// Emits the pending whitespace as text; `keeping` leaves it pending too (partials and
    /// parents also use it as their indentation).
    private func flush(_ whitespace: inout [Character], into tokens: inout [TemplateToken], keeping: Bool = false) {
        guard !whitespace.isEmpty else { return }
        tokens.append(.text(Self.bytes(whitespace)))
        if !keeping { whitespace = [] }
    }

    private mutating func read(while predicate: (Character) -> Bool) -> [Character] {
        let start = index
        while index < text.count, predicate(text[index]) { index += 1 }
        return Array(text[start..<index])
    }

    /// Text up to a line end or the opening delimiter (which is consumed).
    private mutating func readText(_ state: State) -> [Character] {
        var plain: [Character] = []
        while index < text.count {
            let character = text[index]
            if Self.isLineEnd(character) { break }
            if character == state.open[0] {
                if startsWith(state.open) {
                    index += state.open.count
                    break
                }
                plain.append(character)
                index += 1
                continue
            }
            plain.append(character)
            index += 1
        }
        return plain
    }

    private func startsWith(_ characters: [Character]) -> Bool {
        index + characters.count <= text.count && Array(text[index..<index + characters.count]) == characters
    }

    private mutating func expect(_ characters: [Character]) throws(TemplateError) {
        guard startsWith(characters) else {
            throw error("tag not closed (expected \"\(String(characters))\")")
        }
        index += characters.count
    }

    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")

    private mutating func readName(_ state: State, closingBrace: Bool = false) throws(TemplateError) -> String {
        _ = read { $0.isWhitespace }
        let name = read { Self.nameCharacters.contains($0) }
        _ = read { $0.isWhitespace }
        if index < text.count, text[index] == "(" {
            throw error("transforms (\"name(...)\") are not supported")
        }
        if closingBrace { try expect(["}"]) }
        try expect(state.close)
        return String(name)
    }

    private mutating func readPartialName(_ state: State) throws(TemplateError) -> String {
        _ = read { $0.isWhitespace }
        if index < text.count, text[index] == "*" {
            throw error("dynamic partials ({{>*name}}) are not supported")
        }
        let name = read { Self.nameCharacters.contains($0) || $0 == "/" || $0 == "(" || $0 == ")" }
        _ = read { $0.isWhitespace }
        try expect(state.close)
        return String(name)
    }

    private mutating func skipComment(_ state: State) throws(TemplateError) {
        while index < text.count {
            if startsWith(state.close) {
                index += state.close.count
                return
            }
            index += 1
        }
        throw error("comment not closed (expected \"\(String(state.close))\")")
    }

    private mutating func readDelimiters(_ state: State) throws(TemplateError) -> State {
        _ = read { $0.isWhitespace }
        let open = read { !$0.isWhitespace }
        _ = read { $0.isWhitespace }
        let close = read { $0 != "=" && !$0.isWhitespace }
        _ = read { $0.isWhitespace }
        guard !open.isEmpty, !close.isEmpty, index < text.count, text[index] == "=" else {
            throw error("malformed set-delimiter tag (expected {{=<% %>=}})")
        }
        index += 1
        try expect(state.close)
        var next = state
        next.open = open
        next.close = close
        next.parentTopLevel = false
        return next
    }

    /// True, consuming the rest of the line, when the tag just read stands alone on its line.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if index >= text.count { return true }
        var end = index
        while end < text.count, text[end] == " " || text[end] == "\t" { end += 1 }
        guard end < text.count, text[end].isNewline else { return false }
        index = end + 1
        return true
    }

    // MARK: Positions

    private func position(of offset: Int) -> TemplatePosition {
        var line = 1
        var column = 1
        for character in text[0..<max(0, min(offset, text.count))] {
            if Self.isLineEnd(character) {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return TemplatePosition(line: line, column: column)
    }

    private func error(_ message: String) -> TemplateError {
        let place = position(of: index)
        return TemplateError(file: file, line: place.line, column: place.column, message: message)
    }
}
