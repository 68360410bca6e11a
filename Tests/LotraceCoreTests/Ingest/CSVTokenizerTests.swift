import Testing

@testable import LotraceCore

/// The tokenizer's events for a text, as readable strings: `3: a|b` for a record starting at
/// line 3 with fields a and b, `5:2 broken` for broken quoting at line 5, field 2.
private func tokenize(_ text: String, delimiter: Character = ",") -> [String] {
    Array(text.utf8).withUnsafeBufferPointer { buffer in
        var tokenizer = CSVTokenizer(buffer: buffer, delimiter: delimiter.asciiValue!)
        var events: [String] = []
        while let event = tokenizer.next() {
            switch event {
            case .record(let line):
                let fields = tokenizer.fields.map { String(decoding: tokenizer.record[$0.start..<$0.end], as: UTF8.self) }
                events.append("\(line): " + fields.joined(separator: "|"))
            case .brokenQuoting(let line, let column, _):
                events.append("\(line):\(column) broken")
            }
        }
        return events
    }
}

@Suite("CSV tokenizer")
struct CSVTokenizerTests {
    @Test func plainAndQuotedFields() {
        #expect(tokenize("a,b\n\"c\",\"d,e\"\n") == ["1: a|b", "2: c|d,e"])
    }

    @Test func doubledQuotesAreUnescaped() {
        #expect(tokenize("\"say \"\"hi\"\"\",x\n") == ["1: say \"hi\"|x"])
    }

    @Test func quotedLineBreakShiftsLaterLines() {
        #expect(tokenize("\"a\nb\",c\nd,e\n") == ["1: a\nb|c", "3: d|e"])
    }

    @Test func crlfAndMixedLineEnds() {
        #expect(tokenize("a,b\r\nc,d\ne,f\r\n") == ["1: a|b", "2: c|d", "3: e|f"])
        #expect(tokenize("\"a\",\"b\"\r\n\"c\",\"d\"") == ["1: a|b", "2: c|d"])
    }

    @Test func byteOrderMarkIsSkippedAndShiftsNoLine() {
        #expect(tokenize("\u{FEFF}a,b\nc,d") == ["1: a|b", "2: c|d"])
    }

    @Test func emptyLinesCountButAreNotRecords() {
        #expect(tokenize("a\n\n\r\nb\n") == ["1: a", "4: b"])
    }

    @Test func lastLineWithoutLineEnd() {
        #expect(tokenize("a,b\nc,d") == ["1: a|b", "2: c|d"])
    }

    @Test func emptyFieldsAndTrailingDelimiter() {
        #expect(tokenize(",\n\"\",x,\n") == ["1: |", "2: |x|"])
    }

    @Test func spacesOnlyLineIsARecord() {
        #expect(tokenize("a,b\n   \n") == ["1: a|b", "2:    "])
    }

    @Test func quoteInsideUnquotedFieldIsBroken() {
        #expect(tokenize("a,b\"c,d\ne,f\n") == ["1:2 broken", "2: e|f"])
    }

    @Test func spaceAfterClosingQuoteIsBroken() {
        #expect(tokenize("\"a\" ,b\nc,d\n") == ["1:1 broken", "2: c|d"])
    }

    @Test func unclosedQuoteResumesAtNextPhysicalLine() {
        // The open quote runs to the end of the file; the lines it swallowed are read again.
        #expect(tokenize("a,b\n\"c,d\ne,f\ng,h\n") == ["1: a|b", "2:1 broken", "3: e|f", "4: g|h"])
    }

    @Test func semicolonAndTabDelimiters() {
        #expect(tokenize("a;\"b;c\"\n", delimiter: ";") == ["1: a|b;c"])
        #expect(tokenize("a\tb\n", delimiter: "\t") == ["1: a|b"])
    }

    @Test func largeFieldsAndManyColumns() {
        let big = String(repeating: "x", count: 1 << 20)
        #expect(tokenize("\"\(big)\"\n").first?.count == (1 << 20) + 3)
        let wide = Array(repeating: "v", count: 10_000).joined(separator: ",")
        let events = tokenize(wide + "\n")
        #expect(events.count == 1)
        #expect(events[0].split(separator: "|").count == 10_000)
    }
}
