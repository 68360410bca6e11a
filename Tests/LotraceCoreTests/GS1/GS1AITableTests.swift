import Foundation
import Testing

@testable import LotraceCore

/// The built-in AI table against the official Syntax Dictionary file (a copy in the fixtures):
/// a stale table, or a parser that misreads the format, fails here.
@Suite("GS1: the AI table is the Syntax Dictionary")
struct GS1AITableTests {
    static func dictionary() throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/gs1/gs1-syntax-dictionary.txt", withExtension: nil))
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test("the official file, parsed, equals the built-in table entry by entry, of the same release")
    func sameAsTheDictionary() throws {
        let text = try Self.dictionary()
        let official = try GS1DictionaryParser.parse(text)
        #expect(official.count == GS1Dictionary.definitions.count)
        for (expected, actual) in zip(official, GS1Dictionary.definitions) {
            #expect(expected == actual, "AI \(expected.ai)")
        }
        #expect(text.contains("# Release: \(GS1Dictionary.release)\n"))
    }

    @Test("entries read as the format says: flags, components, req, ex, dlpkey, ranges")
    func entriesReadAsTheFormatSays() throws {
        let gtin = try #require(GS1Dictionary.definition(of: "01"))
        #expect(gtin.separatorRequired == false && gtin.dataAttribute == true && gtin.title == "GTIN")
        #expect(gtin.components == [GS1Component(.numeric, min: 14, max: 14, optional: false, linters: [.csum, .gcppos2])])
        #expect(gtin.excludes == ["255", "37"] && gtin.primaryKey == [["22", "10", "21"], ["235"]])
        let lot = try #require(GS1Dictionary.definition(of: "10"))
        #expect(lot.separatorRequired && lot.components == [GS1Component(.cset82, min: 1, max: 20, optional: false, linters: [])])
        #expect(lot.requires == [[["01"], ["02"], ["03"], ["8006"], ["8026"]]] && lot.primaryKey == nil)
        let sscc = try #require(GS1Dictionary.definition(of: "00"))
        #expect(sscc.primaryKey == [[]])
        #expect(GS1Dictionary.definition(of: "95")?.title == "INTERNAL")
        let parsed = try GS1DictionaryParser.parse("3100-3105 *? N6 [N1..3,iso4217] req=01+02,8006 # NET WEIGHT (kg)\n")
        #expect(parsed.map(\.ai) == ["3100", "3101", "3102", "3103", "3104", "3105"])
        #expect(parsed[0].components[1] == GS1Component(.numeric, min: 1, max: 3, optional: true, linters: [.iso4217]))
        #expect(parsed[0].requires == [[["01", "02"], ["8006"]]])
    }

    @Test("a line it cannot read is refused with its number")
    func malformedLines() {
        #expect(throws: GS1DictionaryParser.Failure(line: 2, message: "unknown attribute \"zz=1\"")) {
            try GS1DictionaryParser.parse("# comment\n01 *? N14 zz=1 # GTIN\n")
        }
        #expect(throws: GS1DictionaryParser.Failure(line: 1, message: "cannot read component \"N14,nolinter\"")) {
            try GS1DictionaryParser.parse("01 *? N14,nolinter # GTIN\n")
        }
    }
}
