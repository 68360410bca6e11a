import LotraceXML

/// The shared-strings table (`xl/sharedStrings.xml`) held compactly: every string's UTF-8 bytes
/// in one buffer, escapes decoded. A string's rich-text runs are joined; phonetic guides (`rPh`)
/// are not text.
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
        let part = try WorkbookPartReader(archive, path)
        let reader = part.reader
        let (item, text, phonetic) = (reader.name("si"), reader.name("t"), reader.name("rPh"))
        var raw: [UInt8] = []
        var inText = false
        var phoneticDepth = 0
        while let node = try part.advance() {
            switch node {
            case .startElement(let isEmpty):
                let name = reader.currentName
                if name == item {
                    raw.removeAll(keepingCapacity: true)
                    if isEmpty { table.ends.append(table.bytes.count) }
                } else if name == phonetic, !isEmpty {
                    phoneticDepth += 1
                } else if name == text, !isEmpty {
                    inText = phoneticDepth == 0
                }
            case .text:
                if inText { reader.appendText(to: &raw) }
            case .endElement:
                let name = reader.currentName
                if name == item {
                    OOXMLEscapes.append(raw[...], to: &table.bytes)
                    table.ends.append(table.bytes.count)
                } else if name == phonetic {
                    phoneticDepth -= 1
                } else if name == text {
                    inText = false
                }
            }
        }
        return table
    }
}
