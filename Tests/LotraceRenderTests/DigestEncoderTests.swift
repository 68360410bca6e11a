import Testing

@testable import LotraceRender

/// The digest of a page's inputs made as they are encoded (`DigestEncoder`).
@Suite("Digest of encoded inputs")
struct DigestEncoderTests {
    private struct Inner: Encodable {
        var b: Int
        var c: Int?
    }

    private struct Outer: Encodable {
        var a: Inner
        var c: Int?
        var list: [String]?
    }

    private func digest(_ value: some Encodable) throws -> String { try DigestEncoder.digest(of: value).description }

    @Test("a dictionary's digest does not depend on the order its members are encoded in")
    func dictionaryOrder() throws {
        var forward: [String: String] = [:]
        var backward: [String: String] = [:]
        let pairs = (0..<200).map { ("key \($0)", "value \($0)") }
        for (key, value) in pairs { forward[key] = value }
        for (key, value) in pairs.reversed() { backward[key] = value }
        #expect(try digest(forward) == digest(backward))
        backward["key 7"] = "value 8"
        #expect(try digest(forward) != digest(backward))
    }

    @Test("a member's place in the tree counts: {a: {b, c}} differs from {a: {b}, c}")
    func nesting() throws {
        let inside = Outer(a: Inner(b: 1, c: 2), c: nil, list: nil)
        let beside = Outer(a: Inner(b: 1, c: nil), c: 2, list: nil)
        #expect(try digest(inside) != digest(beside))
        #expect(try digest(inside) == digest(Outer(a: Inner(b: 1, c: 2), c: nil, list: nil)))
    }

    @Test("an empty list differs from no list, and a list's order counts")
    func lists() throws {
        let none = Outer(a: Inner(b: 1), list: nil)
        let empty = Outer(a: Inner(b: 1), list: [])
        #expect(try digest(none) != digest(empty))
        #expect(try digest(Outer(a: Inner(b: 1), list: ["x", "y"])) != digest(Outer(a: Inner(b: 1), list: ["y", "x"])))
        #expect(try digest(Outer(a: Inner(b: 1), list: ["x", "x"])) != digest(Outer(a: Inner(b: 1), list: ["x"])))
    }

    @Test("a text and a number of the same characters differ")
    func kinds() throws {
        #expect(try digest(["1"]) != digest([1]))
        #expect(try digest([true]) != digest([false]))
    }
}
