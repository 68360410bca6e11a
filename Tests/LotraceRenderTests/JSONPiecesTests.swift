import Testing

import LotraceRender

/// Large documents: arrays whose elements are made as they are written, and documents written
/// in pieces (as `lotrace recall --format json` writes a recall of many lots).
@Suite("JSON written in pieces")
struct JSONPiecesTests {
    @Test("a lazy array is written as the array of its elements")
    func lazyArray() {
        let items = ["a", "b\"", "c"]
        let lazy = JSONValue.object([
            ("k", .lazyArray(items) { .string($0) }), ("e", .lazyArray([String]()) { .string($0) }),
        ])
        #expect(lazy.serialized() == "{\n  \"k\": [\n    \"a\",\n    \"b\\\"\",\n    \"c\"\n  ],\n  \"e\": []\n}")
        #expect(lazy.serialized(pretty: false) == #"{"k":["a","b\"","c"],"e":[]}"#)
        #expect(lazy == .object([("k", .array(items.map(JSONValue.string))), ("e", .array([]))]))
    }

    @Test("cut between two array elements once a piece reaches its size; the same bytes as written whole")
    func pieces() {
        let document = JSONValue.object([("rows", .lazyArray(Array(0..<100)) { .object([("n", .integer($0))]) })])
        for pretty in [false, true] {
            var pieces: [[UInt8]] = []
            document.write(pretty: pretty, chunk: 64) { pieces.append($0) }
            #expect(Array(pieces.joined()) == document.utf8(pretty: pretty))
            #expect(pieces.count > 10)
            #expect(pieces.dropLast().allSatisfy { $0.count >= 64 && $0.last == UInt8(ascii: "}") })
        }
        var first: [UInt8]?
        document.write(pretty: false, chunk: 64) { piece in first = first ?? piece }
        #expect(first.map { String(decoding: $0, as: UTF8.self) } == #"{"rows":[{"n":0},{"n":1},{"n":2},{"n":3},{"n":4},{"n":5},{"n":6}"#)
    }

    @Test("a long lazy array, made on both cores a batch at a time, is the same bytes as made one element at a time")
    func longArray() {
        let count = 2 * 2048 * 2 + 5
        let document = JSONValue.object([
            ("rows", .lazyArray(Array(0..<count)) { .object([("n", .integer($0)), ("s", .string("r\($0)\n"))]) }),
            ("end", .bool(false)),
        ])
        for pretty in [false, true] {
            var pieces: [[UInt8]] = []
            document.write(pretty: pretty, chunk: 1000) { pieces.append($0) }
            #expect(Array(pieces.joined()) == document.utf8(pretty: pretty))
            #expect(pieces.count == 3)
        }
        let whole = document.serialized(pretty: false)
        #expect(whole.hasPrefix(#"{"rows":[{"n":0,"s":"r0\n"},{"n":1,"s":"r1\n"},"#))
        #expect(whole.hasSuffix(#"{"n":8196,"s":"r8196\n"}],"end":false}"#))
    }

    @Test("a small document is one piece")
    func onePiece() {
        var pieces: [[UInt8]] = []
        JSONValue.array([.null, .bool(true)]).write(pretty: false) { pieces.append($0) }
        #expect(pieces == [Array("[null,true]".utf8)])
    }
}
