/// A Digital Link URI cut into its path segments and query parameters, each with its 1-based
/// byte position; the scheme, domain and characters are checked on the way.
struct GS1URIParts {
    /// A piece of the URI and where it starts.
    struct Piece {
        let bytes: ArraySlice<UInt8>
        let position: Int
    }

    private(set) var segments: [Piece] = []
    private(set) var parameters: [Piece] = []

    /// Characters a URI may hold (RFC 3986 unreserved, reserved and "%").
    private static let uriCharacters = Set("-._~:/?#[]@!$&'()*+,;=%".utf8)
    /// Characters of a domain (names, IPv4, [IPv6], port); no zone identifiers.
    private static let domainCharacters = Set("-.:[]".utf8)

    init(_ uri: String) throws(GS1Error) {
        let bytes = Array(uri.utf8)
        guard let scheme = ["https://", "http://", "HTTPS://", "HTTP://"].first(where: { uri.hasPrefix($0) }) else {
            throw GS1Error(ai: nil, position: 1, reason: "a Digital Link URI starts with http:// or https://")
        }
        if let bad = bytes.firstIndex(where: { !ASCII.isAlphanumeric($0) && !Self.uriCharacters.contains($0) }) {
            throw GS1Error(ai: nil, position: bad + 1, reason: "character not allowed in a URI")
        }
        let end = bytes.firstIndex(of: UInt8(ascii: "#")) ?? bytes.count
        let domainStart = scheme.utf8.count
        let pathStart = bytes[domainStart..<end].firstIndex(of: UInt8(ascii: "/")) ?? end
        guard pathStart > domainStart else { throw GS1Error(ai: nil, position: domainStart + 1, reason: "no domain") }
        if let bad = bytes[domainStart..<pathStart].firstIndex(where: {
            !ASCII.isAlphanumeric($0) && !Self.domainCharacters.contains($0)
        }) {
            throw GS1Error(ai: nil, position: bad + 1, reason: "character not allowed in a domain")
        }
        let queryStart = bytes[pathStart..<end].firstIndex(of: UInt8(ascii: "?")) ?? end
        guard queryStart > pathStart + 1 else {
            throw GS1Error(ai: nil, position: pathStart + 1, reason: "no path (a primary key AI and its value)")
        }
        guard bytes[queryStart - 1] != UInt8(ascii: "/") else {
            throw GS1Error(ai: nil, position: queryStart, reason: "the path must not end with \"/\"")
        }
        segments = Self.pieces(bytes, from: pathStart + 1, to: queryStart, separator: UInt8(ascii: "/"))
        if queryStart < end {
            parameters = Self.pieces(bytes, from: queryStart + 1, to: end, separator: UInt8(ascii: "&"))
        }
    }

    private static func pieces(_ bytes: [UInt8], from start: Int, to end: Int, separator: UInt8) -> [Piece] {
        var pieces: [Piece] = []
        var begin = start
        for index in start...end where index == end || bytes[index] == separator {
            pieces.append(Piece(bytes: bytes[begin..<index], position: begin + 1))
            begin = index + 1
        }
        return pieces
    }
}
