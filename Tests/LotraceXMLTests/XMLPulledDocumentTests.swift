import LotraceXML
import Testing

/// A document pulled from an `XMLByteSource` in small chunks: the same events and refusals as
/// one held in memory, and the node-by-node cursor.
@Suite("XMLStreamReader over a pulled source")
struct XMLPulledDocumentTests {
    /// Hands out a document `chunk` bytes at a time; fails after `failAfter` bytes if set.
    final class ChunkedSource: XMLByteSource {
        let bytes: [UInt8]
        let chunk: Int
        let failAfter: Int?
        var offset = 0

        init(_ text: String, chunk: Int = 3, failAfter: Int? = nil) {
            bytes = Array(text.utf8)
            self.chunk = chunk
            self.failAfter = failAfter
        }

        func read(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
            if let failAfter, offset >= failAfter { return nil }
            let count = min(chunk, buffer.count, bytes.count - offset)
            for index in 0..<count { buffer[index] = bytes[offset + index] }
            offset += count
            return count
        }
    }

    private func events(_ source: ChunkedSource) -> (events: [XMLEvent], error: XMLError?) {
        var events: [XMLEvent] = []
        do {
            let reader = try XMLStreamReader(source: source, documentName: "pulled.xml")
            while let event = try reader.next() { events.append(event) }
            return (events, nil)
        } catch {
            return (events, error)
        }
    }

    /// Positions of a pulled document are the parser's lines (it reads ahead): compared apart.
    @Test func eventsOfAPulledDocument() {
        let result = events(ChunkedSource("<?xml version=\"1.0\"?>\n<a x=\"1\">\n<b>t&amp;é</b><c/></a>"))
        #expect(result.error == nil)
        let shapes = result.events.map { event -> String in
            switch event {
            case .startElement(let element):
                return "<\(element.localName)" + element.attributes.map { " \($0.localName)=\($0.value)" }.joined() + ">"
            case .text(let text): return text
            case .endElement(let name, _, let line, _): return "</\(name)>" + (line > 0 ? "" : " without a line")
            }
        }
        #expect(shapes == ["<a x=1>", "\n", "<b>", "t&é", "</b>", "<c>", "</c>", "</a>"])
    }

    @Test func doctypeEntityAndXIncludeAreRefused() {
        let doctype = events(ChunkedSource("<!DOCTYPE a [<!ENTITY e \"boom\">]>\n<a>&e;</a>"))
        #expect(doctype.error?.kind == .forbidden)
        #expect(doctype.error?.message == "a DOCTYPE declaration is not allowed in an input document")
        let undeclared = events(ChunkedSource("<a>&e;</a>"))
        #expect(undeclared.error?.kind == .notWellFormed)
        let xinclude = events(ChunkedSource("<a xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"/etc/passwd\"/></a>"))
        #expect(xinclude.error?.message == "XInclude (<include>) is not allowed in an input document")
    }

    @Test func aFailingSourceEndsTheReading() {
        let result = events(ChunkedSource("<a><b>1</b><b>2</b><b>3</b></a>", chunk: 4, failAfter: 8))
        #expect(result.error?.kind == .notWellFormed)
    }

    @Test func cursorWalksNamesAttributesAndText() throws {
        let reader = try XMLStreamReader(
            source: ChunkedSource("<rows><row r=\"7\" s=\"x\"><c/>a<![CDATA[b]]></row></rows>"), documentName: "cursor.xml")
        let (row, c, r, s, missing) = (reader.name("row"), reader.name("c"), reader.name("r"), reader.name("s"), reader.name("zz"))
        var steps: [String] = []
        var value: [UInt8] = []
        var names: [XMLName] = []
        var ends: [Int] = []
        while let node = try reader.advance() {
            switch node {
            case .startElement(let isEmpty) where reader.currentName == row:
                #expect(reader.attribute(r, into: &value) && value == Array("7".utf8))
                #expect(!reader.attribute(missing, into: &value) && value.isEmpty)
                reader.attributes(names: &names, values: &value, ends: &ends)
                #expect(names == [r, s] && value == Array("7x".utf8) && ends == [1, 2])
                steps.append("row \(isEmpty)")
            case .startElement(let isEmpty):
                steps.append(reader.currentName == c ? "c \(isEmpty)" : "other")
            case .text:
                value.removeAll()
                reader.appendText(to: &value)
                steps.append("text " + String(decoding: value, as: UTF8.self))
            case .endElement:
                steps.append(reader.currentName == row ? "/row" : "/other")
            }
        }
        #expect(steps == ["other", "row false", "c true", "text ab", "/row", "/other"])
    }
}
