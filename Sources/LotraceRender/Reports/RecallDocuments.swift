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

    /// `document`; HTML is rendered with the templates of the folder `templates`.
    /// - Throws: `.templates` when the templates cannot be loaded, fail the lint or lack `recall`.
    public func render(_ document: Document, templates: String) throws(DocumentError) -> RenderedDocument {
        switch document {
        case .json: RenderedDocument(bytes: jsonBytes)
        case .csv: RenderedDocument(text: csv)
        case .html:
            try DocumentError.renderingHTML { () throws(TemplateError) in
                try html(library: Self.library(templates), links: RecallPage.Links(spreadsheet: Self.csvName))
            }
        }
    }

    /// The JSON document (`RecallReport.json`), pretty-printed, with a final line feed.
    public var json: String { String(decoding: jsonBytes, as: UTF8.self) }

    /// `json` as UTF-8 bytes in pieces handed to `flush` in order, made as they are written:
    /// a large recall's JSON (183 MB for 1,000 lots of 1M move lines) is never held whole.
    public func writeJSON(to flush: @escaping ([UInt8]) -> Void) {
        report.json.write(to: flush)
        flush([UInt8(ascii: "\n")])
    }

    /// `json` as UTF-8 bytes.
    private var jsonBytes: [UInt8] {
        var bytes = report.json.utf8()
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// The FSMA 204 sortable spreadsheet (`FSMASpreadsheet`).
    public var csv: String { FSMASpreadsheet(report: report, company: company).csv }

    /// The HTML report rendered with `library`, linking to `links`.
    func html(library: TemplateLibrary, links: RecallPage.Links) throws(TemplateError) -> String {
        try library.renderText(RecallPage(report: report, links: links), template: Self.template)
    }

    /// The templates of the folder `templates`, checked to hold `recall`.
    private static func library(_ templates: String) throws(TemplateError) -> TemplateLibrary {
        let library = try TemplateLibrary(directory: templates)
        try library.lint(required: [template])
        return library
    }

    /// Writes `recall.html`, `fsma204.csv` and `recall.json` into `folder`, replacing it as a
    /// whole: the files are written into a staging folder beside it, which is swapped in only
    /// when all are written (a folder Lotrace did not write is refused, as by `lotrace build`).
    /// The folder's lock (`OutputLock`) is `lock`, taken by the caller, else taken here.
    /// - Throws: `TemplateError` or `OutputError` naming the file or folder.
    public func write(to folder: String, templates: String, lock: OutputLock? = nil) throws {
        let html = try html(library: Self.library(templates), links: RecallPage.Links(spreadsheet: Self.csvName))
        let target = AtomicFolder(path: folder)
        let held = try lock ?? OutputLock(guarding: folder)
        precondition(held.folder == target.path, "the lock of \(held.folder) does not guard \(target.path)")
        defer { if lock == nil { held.release() } }
        try target.checkReplaceable()
        try target.prepareStaging()
        do {
            let output = FolderWriter(folder: target.staging, previous: nil)
            try output.write(html, to: Self.htmlName)
            try output.write(csv, to: Self.csvName)
            try output.write(jsonBytes, to: Self.jsonName)
            try target.swap(topLevel: output.topLevelNames)
        } catch {
            target.discardStaging()
            throw error
        }
    }
}
