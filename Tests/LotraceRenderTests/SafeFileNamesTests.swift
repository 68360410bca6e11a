import Testing

@testable import LotraceRender

@Suite("Safe file names")
struct SafeFileNamesTests {
    @Test func hostileNamesBecomeOrdinaryDistinctFiles() {
        var names = SafeFileNames()
        let files = ["../../etc/x", "A/B", "A_B", "CON", "con", "", "lot.", "Café", "a b"].map {
            names.name(for: $0, suffix: ".html")
        }
        #expect(files == [
            "______etc_x.html", "A_B.html", "A_B-2.html", "_CON.html", "_con-2.html", "_.html", "lot_.html",
            "Caf_.html", "a_b-3.html",  // case-insensitive file systems: a_b is A_B
        ])
        #expect(names.name(for: "A/B", suffix: ".html") == "A_B.html")
        #expect(names.name(for: "A/B", suffix: ".xml") == "A_B.xml")
    }

    @Test func longNamesAreCut() {
        var names = SafeFileNames()
        #expect(names.name(for: String(repeating: "x", count: 300), suffix: ".html").count == 85)
    }
}
