import Foundation
import LotraceCore
import Testing

@testable import LotraceRender

/// The printable recall report (`templates/recall.mustache`) and the report folder of
/// `lotrace recall --out`.
@Suite("Recall: HTML report and report folder")
struct RecallHTMLTests {
    typealias R = RecallRenderFixture

    @Test("the report of F1 matches its golden file")
    func golden() throws {
        let html = try R.documents(["F1"]).render(.html, templates: SiteFixture.templates).text
        try Golden.check(Data(html.utf8), "recall/recall-F1.html")
    }

    @Test("hostile lot names and company names come out escaped")
    func escaping() throws {
        let html = try R.documents(["F1"]).render(.html, templates: SiteFixture.templates).text
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;\u{301} onmouseover=alert(1) x=&quot;"))
        #expect(html.contains("Hartwell &lt;Bakery&gt; &amp; Co"))
    }

    @Test("the customer list, the quarantine list and the mass balance are on the page")
    func sections() throws {
        let html = try R.documents(["F1"]).render(.html, templates: SiteFixture.templates).text
        #expect(html.contains("<h3>Olive Table, Alice Khan</h3>"))
        #expect(html.contains("<p>178 King Street, EA3 2TH Eastwold, United Kingdom</p>"))
        #expect(html.contains("<a href=\"mailto:alice@olive.example\">alice@olive.example</a>"))
        #expect(html.contains("<h3>Deliveries without a customer</h3>"))
        #expect(html.contains("<td>WH/Stock</td><td>BI-001</td><td>B1</td><td class=\"num\">75.00 Units</td>"))
    }

    @Test("a missing template is named, not rendered as an empty page")
    func missingTemplate() throws {
        let templates = try SiteFixture.folder([:])
        #expect(throws: DocumentError.templates(TemplateError(file: templates + "/recall.mustache", message: "missing: this template is required"))) {
            try R.documents(["F1"]).render(.html, templates: templates)
        }
    }

    @Test("--out writes the three documents, replaces its own folder, refuses a foreign one")
    func folder() throws {
        let documents = try R.documents(["F1"])
        let output = SiteFixture.outputPath()
        try documents.write(to: output, templates: SiteFixture.templates)
        let names = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
        #expect(names == [".lotrace-site", "fsma204.csv", "recall.html", "recall.json"])
        #expect(FileManager.default.contents(atPath: output + "/fsma204.csv") == Data(documents.csv.utf8))
        #expect(FileManager.default.contents(atPath: output + "/recall.json") == Data(documents.json.utf8))
        try documents.write(to: output, templates: SiteFixture.templates)
        let foreign = try SiteFixture.folder(["notes.txt": "mine"])
        #expect(throws: OutputError.self) { try documents.write(to: foreign, templates: SiteFixture.templates) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: foreign) == ["notes.txt"])
    }

    @Test("a failing write leaves the previous report folder as it was")
    func failedWriteKeepsPrevious() throws {
        let output = SiteFixture.outputPath()
        try R.documents(["F1"]).write(to: output, templates: SiteFixture.templates)
        let before = FileManager.default.contents(atPath: output + "/recall.html")
        let broken = try SiteFixture.folder(["recall.mustache": "{{#unclosed}}"])
        #expect(throws: TemplateError.self) { try R.documents(["B1"]).write(to: output, templates: broken) }
        #expect(FileManager.default.contents(atPath: output + "/recall.html") == before)
    }
}
