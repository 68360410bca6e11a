import LotraceXML
import Testing

@Suite("XMLStreamReader")
struct XMLStreamReaderTests {
    @Test("a small document gives the exact event sequence")
    func eventSequence() throws {
        let document = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- export -->
            <m:moves xmlns:m="urn:example:moves" xmlns:x="urn:x" x:by="me" count="2">
              <move lot="L&amp;1" qty='5'><![CDATA[a<b]]> &amp; é</move>
              <empty/><pair></pair>
            </m:moves>
            """
        let result = Fixture.events(Array(document.utf8))
        #expect(result.error == nil)
        #expect(
            result.events == [
                .startElement(
                    XMLStartElement(
                        localName: "moves", namespaceURI: "urn:example:moves",
                        attributes: [
                            XMLAttribute(localName: "by", namespaceURI: "urn:x", value: "me"),
                            XMLAttribute(localName: "count", value: "2"),
                        ], line: 3, column: 1)),
                .text("\n  "),
                .startElement(
                    XMLStartElement(
                        localName: "move", namespaceURI: nil,
                        attributes: [
                            XMLAttribute(localName: "lot", value: "L&1"),
                            XMLAttribute(localName: "qty", value: "5"),
                        ], line: 4, column: 3)),
                .text("a<b & é"),
                .endElement(localName: "move", namespaceURI: nil, line: 4, column: 54),
                .text("\n  "),
                .startElement(
                    XMLStartElement(
                        localName: "empty", namespaceURI: nil, attributes: [], line: 5, column: 3)),
                .endElement(localName: "empty", namespaceURI: nil, line: 5, column: 9),
                .startElement(
                    XMLStartElement(
                        localName: "pair", namespaceURI: nil, attributes: [], line: 5, column: 11)),
                .endElement(localName: "pair", namespaceURI: nil, line: 5, column: 17),
                .text("\n"),
                .endElement(localName: "moves", namespaceURI: "urn:example:moves", line: 6, column: 1),
            ])
    }

    @Test("a malformed document gives line:column: message")
    func malformed() throws {
        let result = Fixture.events(try Fixture.bytes("malformed.xml"))
        let error = try #require(result.error)
        #expect(error.kind == .notWellFormed)
        #expect(
            error.description == "3:41: Opening and ending tag mismatch: product line 3 and move")
    }

    @Test("a malformed document keeps failing after the first error")
    func failureIsSticky() throws {
        let reader = try XMLStreamReader(
            bytes: Array("<a><b></a>".utf8), documentName: "sticky.xml")
        var first: XMLError?
        do {
            while try reader.next() != nil {}
        } catch {
            first = error
        }
        #expect(first != nil)
        #expect(throws: first!) { try reader.next() }
    }

    @Test(
        "non-well-formed inputs are refused",
        arguments: [
            ("", "1:1: the document is empty"),
            ("<a>text", "1:8: Extra content at the end of the document"),
            ("<p:a/>", "1:5: Namespace prefix p on a is not defined"),
            ("<a>\u{1}</a>", "1:4: PCDATA invalid Char value 1"),
        ])
    func refused(document: String, expected: String) throws {
        let result = Fixture.events(Array(document.utf8))
        let error = try #require(result.error)
        #expect(error.kind == .notWellFormed)
        #expect(error.description == expected)
    }

    static let latin1: [UInt8] =
        Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>".utf8) + [0xE9] + Array("</a>".utf8)
    static let badByte: [UInt8] = Array("<a>".utf8) + [0xE9] + Array("</a>".utf8)
    static let utf16: [UInt8] = [0xFF, 0xFE] + Array("<a/>".utf8).map { [$0, 0] }.joined()

    @Test(
        "documents not in UTF-8 are refused",
        arguments: [
            (latin1, "1:1: the document is encoded as ISO-8859-1; Lotrace reads UTF-8 only"),
            (badByte, "1:4: Input is not proper UTF-8, indicate encoding !\nBytes: 0xE9 0x3C 0x2F 0x61"),
            (utf16, "1:3: Char 0x0 out of allowed range"),
        ] as [([UInt8], String)])
    func notUTF8(bytes: [UInt8], expected: String) throws {
        let error = try #require(Fixture.events(bytes).error)
        #expect(error.kind == .notWellFormed)
        #expect(error.description == expected)
    }
}
