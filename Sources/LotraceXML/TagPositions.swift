/// Finds where each tag of a well-formed UTF-8 document starts, in document order.
///
/// libxml2's reader parses ahead of the node it reports and keeps no columns on nodes, so
/// positions come from a second, trivial pass over the same bytes: in well-formed XML every
/// `<` opens a start tag, an end tag, a comment, a CDATA section, a processing instruction or
/// the DOCTYPE (text and attribute values cannot hold a raw `<`), so the n-th start tag found
/// here is the n-th element the reader reports. Lines are 1-based; columns are 1-based and
/// count characters (Unicode scalars), like libxml2's.
struct TagPositions {
    /// A tag found in the bytes.
    struct Tag {
        var line: Int
        var column: Int
        /// For a start tag that closes itself (`<a/>`): where its `/>` is.
        var selfClosing: (line: Int, column: Int)?
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset: Int
    private var line = 1
    private var column = 1

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        offset = bytes.starts(with: bom) ? 3 : 0
    }

    /// The next start tag; comments, CDATA, processing instructions, DOCTYPE and end tags
    /// before it are skipped.
    mutating func nextStartTag() -> Tag? {
        while let tag = nextMarkup() {
            if case .start(let found) = tag { return found }
        }
        return nil
    }

    /// The next `<!DOCTYPE`; other markup before it is skipped.
    mutating func nextDeclaration() -> Tag? {
        while let tag = nextMarkup() {
            if case .declaration(let found) = tag { return found }
        }
        return nil
    }

    /// The next end tag (`</a>`); other markup before it is skipped.
    mutating func nextEndTag() -> Tag? {
        while let tag = nextMarkup() {
            if case .end(let found) = tag { return found }
        }
        return nil
    }

    private enum Markup {
        case start(Tag)
        case end(Tag)
        case declaration(Tag)
        case other
    }

    private mutating func nextMarkup() -> Markup? {
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "<") { advance() }
        guard offset < bytes.count else { return nil }
        let tagLine = line
        let tagColumn = column
        advance()
        if skip(prefix: "!--") {
            skip(through: "-->")
            return .other
        }
        if skip(prefix: "![CDATA[") {
            skip(through: "]]>")
            return .other
        }
        if skip(prefix: "?") {
            skip(through: "?>")
            return .other
        }
        if skip(prefix: "!") {
            skipDeclaration()
            return .declaration(Tag(line: tagLine, column: tagColumn))
        }
        if skip(prefix: "/") {
            skip(through: ">")
            return .end(Tag(line: tagLine, column: tagColumn))
        }
        return .start(Tag(line: tagLine, column: tagColumn, selfClosing: skipStartTag()))
    }

    /// Moves past the `>` of a start tag, minding quoted attribute values; returns the
    /// position of `/>` when the tag closes itself.
    private mutating func skipStartTag() -> (line: Int, column: Int)? {
        var quote: UInt8?
        var slash: (line: Int, column: Int)?
        while offset < bytes.count {
            let byte = bytes[offset]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                advance()
                return slash
            } else if byte == UInt8(ascii: "/") {
                slash = (line, column)
            } else if byte > 0x20 {
                slash = nil
            }
            advance()
        }
        return nil
    }

    /// Moves past a `<!DOCTYPE ...>` declaration, including an internal subset in brackets.
    private mutating func skipDeclaration() {
        var depth = 0
        var quote: UInt8?
        while offset < bytes.count {
            let byte = bytes[offset]
            advance()
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "]") {
                depth -= 1
            } else if byte == UInt8(ascii: ">"), depth == 0 {
                return
            }
        }
    }

    private mutating func skip(prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        for index in 0..<count where bytes[offset + index] != prefix.utf8Start[index] {
            return false
        }
        for _ in 0..<count { advance() }
        return true
    }

    private mutating func skip(through terminator: StaticString) {
        while offset < bytes.count, !skip(prefix: terminator) { advance() }
    }

    /// Moves one byte on, keeping line and column (a column per UTF-8 lead byte).
    private mutating func advance() {
        let byte = bytes[offset]
        offset += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }
}
