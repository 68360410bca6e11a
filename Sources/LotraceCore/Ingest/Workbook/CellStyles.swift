/// The cell formats of `xl/styles.xml` as far as Lotrace needs them: which style indices (a
/// cell's `s`) show numbers as dates.
struct CellStyles: Equatable {
    private var dateStyles: [Bool] = []

    /// Whether style `index` has a date or time number format (false for an unknown index).
    func isDate(_ index: Int) -> Bool {
        index >= 0 && index < dateStyles.count && dateStyles[index]
    }

    static func read(_ archive: WorkbookArchive, path: String?) throws(WorkbookError) -> CellStyles {
        var styles = CellStyles()
        guard let path, archive.contains(path) else { return styles }
        var codes: [Int: String] = [:]
        var inCellFormats = false
        let part = try WorkbookPartReader(archive, path)
        while let event = try part.next() {
            switch event {
            case .startElement(let element):
                switch element.localName {
                case "numFmt":
                    if let id = element.attribute("numFmtId").flatMap(Int.init), let code = element.attribute("formatCode") {
                        codes[id] = code
                    }
                case "cellXfs": inCellFormats = true
                case "xf" where inCellFormats:
                    let id = element.attribute("numFmtId").flatMap(Int.init) ?? 0
                    styles.dateStyles.append(NumberFormat.isDate(id: id, code: codes[id]))
                default: continue
                }
            case .endElement(let name, _, _, _) where name == "cellXfs": inCellFormats = false
            default: continue
            }
        }
        return styles
    }
}
