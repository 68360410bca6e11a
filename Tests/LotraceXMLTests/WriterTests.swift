import LotraceXML
import Testing

@Suite("XMLWriter")
struct WriterTests {
    private static let cac = XMLNamespace(prefix: "cac", uri: "urn:example:cac")
    private static let cbc = XMLNamespace(prefix: "cbc", uri: "urn:example:cbc")
    private static let main = XMLNamespace(prefix: nil, uri: "urn:example:main")

    @Test("namespaces are declared once where they enter scope; unqualified children undeclare the default")
    func namespaces() throws {
        let writer = try XMLWriter()
        try writer.start("Doc", in: Self.main, declaring: [Self.cac, Self.cbc])
        try writer.element("ID", in: Self.cbc, text: "A-1", attributes: ["schemeID": "0160"])
        try writer.start("Line", in: Self.cac)
        try writer.element("Name", in: Self.cbc, text: "x")
        try writer.end()
        try writer.start("Other", in: XMLNamespace(prefix: "o", uri: "urn:example:other"))
        try writer.element("plain", text: "p")
        try writer.end()
        try writer.element("body", text: "")
        try writer.end()
        let text = String(decoding: try writer.finish(), as: UTF8.self)
        #expect(
            text == """
                <?xml version="1.0" encoding="UTF-8"?>
                <Doc xmlns:cac="urn:example:cac" xmlns:cbc="urn:example:cbc" xmlns="urn:example:main">
                  <cbc:ID schemeID="0160">A-1</cbc:ID>
                  <cac:Line>
                    <cbc:Name>x</cbc:Name>
                  </cac:Line>
                  <o:Other xmlns:o="urn:example:other">
                    <plain xmlns="">p</plain>
                  </o:Other>
                  <body xmlns=""></body>
                </Doc>

                """)
    }

    @Test("hostile text and attribute values come back byte for byte through the reader")
    func escaping() throws {
        let hostile = [
            "<lot>&amp;\"quoted\" 'single'", "]]> end of CDATA", "a\r\nb\rc\td", "  spaces  ", "e\u{301} NFD",
            "\u{202E}bidi", "=cmd|' /C calc'!A0", "\u{7F}\u{85}\u{9F} C1", "\u{10FFFF}",
        ]
        let writer = try XMLWriter(indent: nil)
        try writer.start("root", in: Self.main)
        for value in hostile {
            try writer.start("item")
            try writer.attribute("value", value)
            try writer.text(value)
            try writer.end()
        }
        try writer.end()
        let events = Fixture.events(try writer.finish())
        #expect(events.error == nil)
        var texts: [String] = []
        var attributes: [String] = []
        for event in events.events {
            switch event {
            case .startElement(let element): attributes += element.attribute("value").map { [$0] } ?? []
            case .text(let text): texts.append(text)
            case .endElement: break
            }
        }
        #expect(attributes.map { Array($0.utf8) } == hostile.map { Array($0.utf8) })
        #expect(texts.map { Array($0.utf8) } == hostile.map { Array($0.utf8) })
    }

    @Test("control characters are refused with the element path, the source and the position")
    func controlCharactersRefused() throws {
        let writer = try XMLWriter()
        try writer.start("Doc", in: Self.main)
        try writer.start("Line", in: Self.main)
        try writer.end()
        try writer.start("Line", in: Self.main)
        let error = try #require(throws: XMLWriterError.self) {
            try writer.element("Name", in: Self.main, text: "LOT\u{1}7", source: "lot name")
        }
        #expect(error.kind == .invalidCharacter)
        #expect(
            error.description
                == "/Doc/Line[2]/Name[1] (lot name): character U+0001 at position 4 cannot appear in XML 1.0")
        let attributeError = try #require(throws: XMLWriterError.self) {
            try writer.attribute("note", "x\u{FFFE}")
        }
        #expect(
            attributeError.description
                == "/Doc/Line[2]/Name[1]: character U+FFFE at position 2 cannot appear in XML 1.0")
    }

    @Test("the replace policy writes U+FFFD and counts the replacements")
    func controlCharactersReplaced() throws {
        let writer = try XMLWriter(indent: nil, controlCharacters: .replace)
        try writer.element("a", text: "x\u{0}y\u{1B}z\u{FFFF}")
        let text = String(decoding: try writer.finish(), as: UTF8.self)
        #expect(text == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>x\u{FFFD}y\u{FFFD}z\u{FFFD}</a>\n")
        #expect(writer.replacedCharacters == 3)
    }

    @Test("bytes that are not UTF-8 are reported with the byte offset and where they came from")
    func invalidUTF8() throws {
        let writer = try XMLWriter()
        try writer.start("partner")
        let error = try #require(throws: XMLWriterError.self) {
            try writer.text(utf8: [0x41, 0xC3, 0xA9, 0x42, 0xC0, 0xAF], source: "res.partner.csv line 7")
        }
        #expect(error.kind == .invalidUTF8)
        #expect(error.description == "/partner (res.partner.csv line 7): not UTF-8 at byte 4")
        try writer.text(utf8: Array("Café".utf8))
        try writer.end()
        #expect(String(decoding: try writer.finish(), as: UTF8.self).hasSuffix("<partner>Café</partner>\n"))
    }

    @Test("calls that cannot make a well-formed document are refused")
    func misuse() throws {
        let writer = try XMLWriter()
        #expect(throws: XMLWriterError.self) { try writer.text("before the root") }
        #expect(throws: XMLWriterError.self) { try writer.end() }
        #expect(throws: XMLWriterError.self) { try writer.start("a b") }
        #expect(throws: XMLWriterError.self) { try writer.start("p:a") }
        try writer.start("root")
        #expect(throws: XMLWriterError.self) { try writer.attribute("xmlns", "urn:x") }
        try writer.text("t")
        let late = try #require(throws: XMLWriterError.self) { try writer.attribute("late", "1") }
        #expect(late.description == "/root: attribute late must follow the start of its element")
        let open = try #require(throws: XMLWriterError.self) { try writer.finish() }
        #expect(open.description == "/root: 1 element(s) still open")
        try writer.end()
        #expect(throws: XMLWriterError.self) { try writer.start("second") }
        _ = try writer.finish()
        #expect(throws: XMLWriterError.self) { try writer.finish() }
    }

    @Test("element names and namespace prefixes are ASCII names without a colon", arguments: ["", "1a", "-a", ".a", "a b", "é", "a:b", ":a", "a:"])
    func refusedNames(_ name: String) throws {
        let writer = try XMLWriter()
        #expect(throws: XMLWriterError.self) { try writer.start(name) }
        #expect(throws: XMLWriterError.self) { try writer.start("a", in: XMLNamespace(prefix: name, uri: "urn:x")) }
    }

    @Test("names may hold letters, digits, hyphens, dots and underscores after their first letter or underscore")
    func acceptedNames() throws {
        let writer = try XMLWriter(indent: nil)
        try writer.start("_a-1.b", in: XMLNamespace(prefix: "p_2.x-y", uri: "urn:x"))
        try writer.end()
        #expect(String(decoding: try writer.finish(), as: UTF8.self).hasSuffix("<p_2.x-y:_a-1.b xmlns:p_2.x-y=\"urn:x\"/>\n"))
    }
}
