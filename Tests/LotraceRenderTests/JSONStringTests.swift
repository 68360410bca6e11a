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
        ]
        for (text, json) in cases {
            #expect(Array(JSONValue.string(text).serialized().utf8) == Array(json.utf8))
        }
        #expect(
            JSONValue.object([("a", .array([.string("x"), .object([])])), ("b", .null)]).serialized()
                == "{\n  \"a\": [\n    \"x\",\n    {}\n  ],\n  \"b\": null\n}")
    }
}
