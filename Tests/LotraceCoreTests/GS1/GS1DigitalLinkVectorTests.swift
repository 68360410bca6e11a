import LotraceCore
import Testing

/// The GS1 Syntax Engine's Digital Link vectors (`Fixtures/gs1/digital-link.jsonl`): URI
/// parsing (with the engine options the upstream test sets around each line) and escaping.
@Suite struct GS1DigitalLinkVectorTests {
    /// Upstream lines run with `permitZeroSuppressedGTINinDLuris` on.
    static let zeroSuppressed: Set<Int> = [1449, 1459, 1469, 1484, 1494, 1635, 1641, 1669, 1679, 1689, 1699]
    /// Upstream lines run with convenience alphas allowed.
    static let convenienceAlphas: Set<Int> = [1437, 1438, 1439]
    /// Generation vectors Lotrace reproduces: a primary key with its qualifiers in the path, every
    /// other element a query attribute in message order, repeats written once.
    static let generated: Set<Int> = [2155, 2156, 2157, 2158, 2159, 2168, 2175, 2176, 2177, 2184, 2185, 2186, 2242]
    /// Upstream lines run with unknown AIs allowed (1767: also as query attributes).
    static let unknownAIs: Set<Int> = [1763, 1767]

    static func options(line: Int) -> GS1ParseOptions {
        GS1ParseOptions(
            permitUnknownAIs: unknownAIs.contains(line), unknownAIsAsDataAttributes: line == 1767,
            permitZeroSuppressedGTIN: zeroSuppressed.contains(line), permitConvenienceAlphas: convenienceAlphas.contains(line))
    }

    @Test func everyDigitalLinkVector() throws {
        let vectors = try GS1Vector.load("digital-link.jsonl")
        var tally = GS1VectorTally("digital-link.jsonl")
        for vector in vectors {
            let input = vector.string(0) ?? ""
            switch vector.test {
            case "test_parseDLuri":
                let uri = vector.string(1) ?? ""
                let result = Result { () throws(GS1Error) in try GS1DigitalLink.parse(uri, options: Self.options(line: vector.line)) }
                let expected = vector.bool(0) ? vector.string(2) : nil
                tally.check((try? result.get()).map(caret) == expected, vector, "\(result)")
            case "test_URIescape":
                let bytes = cBytes(input)
                tally.check(
                    GS1PercentEncoding.escape(bytes, in: .path) == vector.string(1)
                        && GS1PercentEncoding.escape(bytes, in: .query) == vector.string(2), vector)
            case "test_URIunescape":
                let bytes = Array(input.utf8)
                tally.check(
                    GS1PercentEncoding.unescape(bytes, in: .path) == cBytes(vector.string(1) ?? "")
                        && GS1PercentEncoding.unescape(bytes, in: .query) == cBytes(vector.string(2) ?? ""), vector)
            case "test_testGenerateDLuri" where Self.generated.contains(vector.line):
                let message = try GS1BracketedParser.parse(vector.string(2) ?? "")
                let uri = message.digitalLink(domain: vector.string(1) ?? "https://id.gs1.org")
                tally.check(uri == vector.string(3), vector, uri ?? "nil")
            default:
                tally.skip(
                    vector,
                    because: "Digital Link generation beyond what slips print (query order when a key is not first, AIs a URI may not carry, unknown AIs)")
            }
        }
        tally.finish(total: vectors.count, reproduced: 162)
    }

    /// Found by fuzzing (gs1-dl): the check digit of a zero-suppressed GTIN-12 was placed in the
    /// padded GTIN-14, two bytes past the end of the URI.
    @Test func aZeroSuppressedGTINsErrorIsPlacedInTheURI() throws {
        let options = GS1ParseOptions(permitZeroSuppressedGTIN: true)
        let error = try #require(throws: GS1Error.self) { try GS1DigitalLink.parse("https://a/01/416020336108", options: options) }
        #expect(error.description == "AI (01), position 25: incorrect check digit in (01)0041602033610|8|")
        let thirteen = try #require(throws: GS1Error.self) { try GS1DigitalLink.parse("https://a/01/4160203361081", options: options) }
        #expect(thirteen.position == 26)
        let message = try GS1DigitalLink.parse("https://a/01/416020336102", options: options)
        #expect(message.elements.map(\.position) == [14])
        #expect(message.bracketed == "(01)00416020336102")
    }
}
