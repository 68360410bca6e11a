import Testing

import LotraceRender

/// JSON strings as every document writes them: RFC 8259 escapes, everything else kept as is.
@Suite("JSON strings")
struct JSONStringTests {
    @Test("quote, backslash, controls, DEL and the line separators escaped; text without them copied whole")
    func escapes() {
        let cases: [(String, String)] = [
            ("F1", #""F1""#),
            ("", #""""#),
            ("a\"b\\c", #""a\"b\\c""#),
            ("tab\tnl\ncr\r\u{8}\u{C}", #""tab\tnl\ncr\r\b\f""#),
            ("nul\u{0}\u{1F}\u{7F}", #""nul\u0000\u001F\u007F""#),
            ("ls\u{2028}ps\u{2029}", #""ls\u2028ps\u2029""#),
            ("Caf\u{E9} Cafe\u{301} \u{2027}\u{202A} 批次", "\"Caf\u{E9} Cafe\u{301} \u{2027}\u{202A} 批次\""),
            // Past the eight-byte scan: each kind of escape after a run of plain text.
            ("WH/OUT/000123\"", #""WH/OUT/000123\"""#),
            ("WH/OUT/000123\\x", #""WH/OUT/000123\\x""#),
            ("WH/OUT/000123\u{7F}", #""WH/OUT/000123\u007F""#),
            ("WH/OUT/00012345\u{1}", #""WH/OUT/00012345\u0001""#),
            ("WH/OUT/0001234\u{2028}", #""WH/OUT/0001234\u2028""#),
            ("WH/OUT/000123 plain text, no escape", #""WH/OUT/000123 plain text, no escape""#),
        ]
        for (text, json) in cases {
            #expect(Array(JSONValue.string(text).serialized().utf8) == Array(json.utf8))
        }
        #expect(
            JSONValue.object([("a", .array([.string("x"), .object([])])), ("b", .null)]).serialized()
                == "{\n  \"a\": [\n    \"x\",\n    {}\n  ],\n  \"b\": null\n}")
        #expect(
            JSONValue.object([("a", .array([.number("1"), .object([("k", .bool(true))])]))]).serialized(pretty: false)
                == #"{"a":[1,{"k":true}]}"#)
    }
}
