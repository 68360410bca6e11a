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
