import Foundation
import LotraceCore

/// The documents of one recall: the printable HTML report, the FSMA 204 sortable spreadsheet
/// (CSV) and the JSON for machines; printed one at a time or written together into a folder.
public struct RecallDocuments: Sendable {
    /// One of the documents.
    public enum Document: String, Sendable, CaseIterable {
        case html
        case json
        case csv
    }

    /// File names inside a report folder.
    public static let htmlName = "recall.html"
    public static let csvName = "fsma204.csv"
    public static let jsonName = "recall.json"
    /// The template of the HTML report.
    public static let template = "recall"

    public let report: RecallReport
    public let company: LotraceConfig.Company

    /// The documents of `report`, made for `company` (`lotrace.json`).
    public init(report: RecallReport, company: LotraceConfig.Company) {
        self.report = report
        self.company = company
    }

    /// The text of `document`; HTML is rendered with the templates of the folder `templates`.
    /// - Throws: `TemplateError` when the templates cannot be loaded, fail the lint or lack
    ///   `recall`.
    public func text(_ document: Document, templates: String) throws -> String {
        switch document {
        case .json: return json
        case .csv: return csv
        case .html:
            let library = try TemplateLibrary(directory: templates)
            try library.lint(required: [Self.template])
            return try html(library: library, links: RecallPage.Links(spreadsheet: Self.csvName))
        }
    }

    /// The JSON document (`RecallReport.json`), pretty-printed, with a final line feed.
    public var json: String { report.json.serialized() + "\n" }

    /// The FSMA 204 sortable spreadsheet (`FSMASpreadsheet`).
    public var csv: String { FSMASpreadsheet(report: report, company: company).csv }

    /// The HTML report rendered with `library`, linking to `links`.
    func html(library: TemplateLibrary, links: RecallPage.Links) throws(TemplateError) -> String {
        try library.render(RecallPage(report: report, links: links), template: Self.template)
    }

    /// Writes `recall.html`, `fsma204.csv` and `recall.json` into `folder`, replacing it as a
    /// whole: the files are written into a staging folder beside it, which is swapped in only
    /// when all are written (a folder Lotrace did not write is refused, as by `lotrace build`).
    /// - Throws: `TemplateError` or `SiteError` naming the file or folder.
    public func write(to folder: String, templates: String) throws {
        let library = try TemplateLibrary(directory: templates)
        try library.lint(required: [Self.template])
        let html = try html(library: library, links: RecallPage.Links(spreadsheet: Self.csvName))
        let target = SiteFolder(path: folder)
        try target.checkReplaceable()
        try target.prepareStaging()
        do {
            let output = SiteOutput(folder: target.staging, previous: nil)
            try output.write(html, to: Self.htmlName)
            try output.write(csv, to: Self.csvName)
            try output.write(json, to: Self.jsonName)
            try target.swap(written: output.paths)
        } catch {
            target.discardStaging()
            throw error
        }
    }
}
