/// The shared-strings table (`xl/sharedStrings.xml`) held compactly: every string's UTF-8 bytes
/// in one buffer. A string's rich-text runs are joined; phonetic guides (`rPh`) are not text.
struct SharedStrings {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    var count: Int { ends.count }

    /// The bytes of string `index`; nil when the table has no such string.
    func bytes(_ index: Int) -> ArraySlice<UInt8>? {
        guard index >= 0, index < ends.count else { return nil }
        return bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }

    static func read(_ archive: WorkbookArchive, path: String) throws(WorkbookError) -> SharedStrings {
        var table = SharedStrings()
        var text = ""
        var phoneticDepth = 0
        var inText = false
        let part = try WorkbookPartReader(archive, path)
        while let event = try part.next() {
            switch event {
            case .startElement(let element):
                switch element.localName {
                case "si": text = ""
                case "rPh": phoneticDepth += 1
                case "t": inText = phoneticDepth == 0
                default: continue
                }
            case .text(let value) where inText:
                text += value
            case .endElement(let name, _, _, _):
                switch name {
                case "si":
                    table.bytes.append(contentsOf: OOXMLEscapes.decode(text).utf8)
                    table.ends.append(table.bytes.count)
                case "rPh": phoneticDepth -= 1
                case "t": inText = false
                default: continue
                }
            default: continue
            }
        }
        return table
    }
}
