/// What `xl/workbook.xml` and its relationships say: the sheets in tab order, the date system,
/// and where the shared strings and styles are.
struct WorkbookManifest: Equatable {
    /// A sheet's tab name and its part's path (nil when its relationship is missing or is not a
    /// worksheet: a chart sheet, a dialog sheet).
    struct Sheet: Equatable {
        var name: String
        var path: String?
    }

    static let workbookPath = "xl/workbook.xml"

    var sheets: [Sheet] = []
    /// `<workbookPr date1904="1"/>`: serial 0 is 1 January 1904 instead of 31 December 1899.
    var uses1904: Bool = false
    var sharedStringsPath: String?
    var stylesPath: String?

    static func read(_ archive: WorkbookArchive) throws(WorkbookError) -> WorkbookManifest {
        let relationships = try WorkbookRelationships.read(of: workbookPath, in: archive)
        var manifest = WorkbookManifest()
        manifest.sharedStringsPath = relationships.first("sharedStrings")
        manifest.stylesPath = relationships.first("styles")
        let part = try WorkbookPartReader(archive, workbookPath)
        while let event = try part.next() {
            guard case .startElement(let element) = event else { continue }
            switch element.localName {
            case "workbookPr":
                let value = element.attribute("date1904")
                manifest.uses1904 = value == "1" || value == "true"
            case "sheet":
                let id = element.attributes.first { $0.localName == "id" && $0.namespaceURI != nil }?.value
                let target = id.flatMap { relationships.targets[$0] }
                manifest.sheets.append(Sheet(
                    name: element.attribute("name") ?? "Sheet\(manifest.sheets.count + 1)",
                    path: target?.kind == "worksheet" ? target?.path : nil))
            default: continue
            }
        }
        return manifest
    }
}
