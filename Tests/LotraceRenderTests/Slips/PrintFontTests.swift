import Testing

@testable import LotraceRender

/// Upper bounds of printed text: advances per character, greedy lines, words broken anywhere.
@Suite struct PrintFontTests {
    /// 10 pt: one em is 3.528 mm.
    static let body = PrintFont.rem(1)
    static let bold = PrintFont.rem(1, .bold)

    @Test func advancesAreTheWidestOfTheFontsPlusFivePercent() {
        #expect(Self.bold.advance("W") == 1.16)
        #expect(Self.body.advance("W") == 1.04)
        #expect(Self.body.advance("1") == 0.67)
        #expect(Self.body.advance("é") == 1.3)
        #expect(PrintFont.rem(1, .monospace).advance("W") == 0.65)
        #expect(PrintFont.rem(0.78, .bold, uppercase: true, letterSpacing: 0.05).advance("m") == 1.05 + 0.05)
        #expect(Self.body.advance("\u{7}") == Self.body.advance(" "))
    }

    @Test func wordsGoToTheNextLineAndLongWordsBreakAnywhere() {
        // "W" bold: 1.16 em = 4.09 mm; two fit in 10 mm, three do not.
        #expect(Self.bold.lines("WW", width: 10) == 1)
        #expect(Self.bold.lines("WWW", width: 10) == 2)
        #expect(Self.bold.lines("WW WW", width: 10) == 2)
        #expect(Self.bold.lines("WWWWWWW", width: 10) == 4)
        #expect(Self.bold.lines("", width: 10) == 1)
        // a 5 mm tag after a space (1.31 mm): "W" and the tag fit 11 mm, not 10
        #expect(Self.bold.lines("W", width: 10, trailing: 5) == 2)
        #expect(Self.bold.lines("W", width: 11, trailing: 5) == 1)
    }

    @Test func heightsAreLinesTimesOneAndAHalfTheSize() {
        #expect(abs(Self.body.lineHeight - 5.2917) < 0.0001)
        #expect(abs(Self.bold.height("WWW", width: 10) - 2 * 5.2917) < 0.001)
        #expect(abs(PrintFont.mm(rem: 1) - 3.5278) < 0.0001)
    }
}
