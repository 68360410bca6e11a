import LotraceXML

/// A workbook part streamed as XML events from its ZIP entry, with LotraceXML's safe reader (no
/// DTD, no entities, no network): any problem, in the ZIP data or in the XML, is a
/// `WorkbookError` naming the part.
final class WorkbookPartReader {
    let path: String
    private let source: ZipEntryReader
    private let reader: XMLStreamReader

    init(_ archive: WorkbookArchive, _ path: String) throws(WorkbookError) {
        self.path = path
        source = try archive.reader(path)
        do {
            reader = try XMLStreamReader(source: source, documentName: path)
        } catch {
            throw .malformed("\(path): \(error.message)")
        }
    }

    /// The next event; nil at the end of the part, once its size and CRC-32 are checked.
    func next() throws(WorkbookError) -> XMLEvent? {
        let event: XMLEvent?
        do {
            event = try reader.next()
        } catch {
            if let failure = source.failure { throw .malformed("the ZIP entry \(path) is broken: \(failure)") }
            let place = error.line > 0 ? " line \(error.line)" : ""
            throw .malformed("\(path)\(place): \(error.message)")
        }
        if event == nil, let failure = source.finish() {
            throw .malformed("the ZIP entry \(path) is broken: \(failure)")
        }
        return event
    }

    /// Reads the rest of the part, so that its end is checked like a part read to the end.
    func finish() throws(WorkbookError) {
        while try next() != nil {}
    }
}
