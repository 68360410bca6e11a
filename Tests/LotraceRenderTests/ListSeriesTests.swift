import LotraceCore
import Testing

@testable import LotraceRender

/// Long lists cut into pages.
@Suite struct ListSeriesTests {
    @Test func pagesPathsRangesAndPager() {
        let series = ListSeries(folder: "products", base: "FL-001", count: 1_201)
        #expect(series.pageCount == 3)
        #expect((1...3).map(series.path) == ["products/FL-001.html", "products/FL-001.2.html", "products/FL-001.3.html"])
        #expect((1...3).map(series.range) == [0..<500, 500..<1_000, 1_000..<1_201])
        let site = SiteLinks(dataset: Dataset(), slips: [])
        let pager = series.pager(2, links: PageLinks(site: site, path: series.path(2)), noun: "lot")
        #expect(pager.summary == "501–1,000 of 1,201 lots")
        #expect(pager.hasPages && pager.previous == "../products/FL-001.html" && pager.next == "../products/FL-001.3.html")
        #expect(pager.pages.map(\.current) == [false, true, false])
    }

    @Test func anEmptyListHasOnePage() {
        let series = ListSeries(folder: "stock", base: "WH", count: 0)
        #expect(series.pageCount == 1 && series.range(1) == 0..<0)
        let pager = series.pager(1, links: PageLinks(site: SiteLinks(dataset: Dataset(), slips: []), path: series.path(1)), noun: "balance")
        #expect(pager.summary == "0 balances" && !pager.hasPages && pager.previous == nil && pager.next == nil)
    }
}

/// The sharded search index.
@Suite struct SearchIndexTests {
    @Test func termsAreTheWholeTextAndWhatFollowsEachSeparator() {
        let terms = { (text: String) in
            let (lowercased, offsets) = SearchIndexStep.termOffsets(text)
            return offsets.map { String(decoding: lowercased.utf8.dropFirst($0), as: UTF8.self) }
        }
        #expect(terms("WH/OUT/00123") == ["wh/out/00123", "out/00123", "00123"])
        #expect(terms("FLR-250106-1") == ["flr-250106-1", "250106-1", "1"])
        #expect(terms("Olive Table, Alice Khan") == ["olive table, alice khan", "table, alice khan", " alice khan", "alice khan"])
        #expect(terms("Élan—Nord/2") == ["élan—nord/2", "nord/2", "2"])
        #expect(terms("").isEmpty)
    }

    /// Terms sort as their scalars do (a shorter term first, equal terms in the order added) and
    /// a key takes whole scalars, however many bytes they take.
    @Test func termsSortByScalarsAndKeysTakeWholeScalars() {
        var entries = SearchEntries()
        for name in ["éa", "zz", "e", "ÉA", "a\u{10348}b"] {
            entries.add(name, finding: SearchEntries.Target(title: name, note: "", path: ""))
        }
        let sorted = entries.sortedTerms()
        #expect(sorted.map { String(decoding: entries.term($0), as: UTF8.self) } == ["a\u{10348}b", "e", "zz", "éa", "éa"])
        #expect(sorted.map { entries.target(of: $0).title } == ["a\u{10348}b", "e", "zz", "éa", "ÉA"])
        #expect(entries.prefix(of: 0, scalars: 1) == (2, true))
        #expect(entries.prefix(of: 2, scalars: 2) == (1, false))
        #expect(entries.prefix(of: 4, scalars: 2) == (5, true))
    }

    @Test func shardFilesAreNamedByTheirKeyInHexadecimal() {
        #expect(SearchIndexStep.file(of: Array("wh".utf8)) == "search/7768.json")
        #expect(SearchIndexStep.file(of: Array("é/".utf8)) == "search/c3a92f.json")
    }

    @Test func aKeyWithTooManyTermsIsSplitByOneMoreCharacter() throws {
        var moves = "\"Date\",\"Reference\",\"Product\",\"Lot/Serial Number\",\"From\",\"To\",\"Quantity\",\"Unit of Measure\",\"Status\"\n"
        for number in 1...(SearchIndexStep.shardLimit + 10) {
            moves += "\"2025-01-02 08:00:00\",\"R\(number)\",\"[FL-1] Flour\",\"ZZ\(number)\",\"Partners/Vendors\",\"WH/Stock\",\"1.0\",\"kg\",\"Done\"\n"
        }
        let output = SiteFixture.outputPath()
        try SiteFixture.build(into: output, steps: [SearchIndexStep()], files: ["moves.csv": moves])
        let index = try String(contentsOfFile: output + "/search.json", encoding: .utf8)
        #expect(index.hasPrefix(#"{"folder":"search/","shards":["#))
        #expect(!index.contains(#""zz""#) && index.contains(#""zz1""#) && index.contains(#""zz9""#))
        let shard = try String(contentsOfFile: output + "/" + SearchIndexStep.file(of: Array("zz1".utf8)), encoding: .utf8)
        #expect(shard.hasPrefix(#"[["zz1","ZZ1","FL-1","lots/FL-1_ZZ1.html"]"#))
    }
}
