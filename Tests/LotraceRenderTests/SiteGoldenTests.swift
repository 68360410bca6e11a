import Foundation
import Testing

/// Each page kind of the fixture site, byte for byte (RECORD_GOLDEN=1 rewrites the files).
@Suite struct SiteGoldenTests {
    static let pages = [
        "index.html", "stock.html", "stock/WH_Stock.html", "products.html", "products/FL-001.html", "slips.html", "slips/2025-01.html", "slips/2025-01-07.html", "rejections.html", "search.json",
        "expiry.html", "fefo.html", "audit.html", "recalls/FL-001_F1.csv",
        "lots/FL-001_F1.html", "lots/BI-001_B1.html", "lots/EL-001_SN-1.html",
        "slips/WH_OUT_00001.html", "slips/WH_OUT_00002.html", "slips/POS_0001.html",
    ]

    @Test func everyPageKindMatchesItsGoldenFile() throws {
        let output = SiteFixture.outputPath()
        try SiteFixture.build(into: output)
        for page in Self.pages {
            let data = try #require(FileManager.default.contents(atPath: output + "/" + page), "\(page) not written")
            try Golden.check(data, page)
        }
    }
}
