import LotraceXML

/// A workbook part streamed from its ZIP entry with LotraceXML's safe reader (no DTD, no
/// entities, no network), as events (`next()`, for the small parts) or node by node
/// (`advance()` and the reader's accessors, for sheets and shared strings): any problem, in the
/// ZIP data or in the XML, is a `WorkbookError` naming the part.
final class WorkbookPartReader {
    let path: String
    let reader: XMLStreamReader
    private let source: ZipEntryReader

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
            throw refusal(error)
        }
        if event == nil { try checkEnd() }
        return event
    }

    /// The next node (see `XMLStreamReader.advance()`); nil at the end, once checked.
    func advance() throws(WorkbookError) -> XMLNodeKind? {
        let node: XMLNodeKind?
        do {
            node = try reader.advance()
        } catch {
            throw refusal(error)
        }
        if node == nil { try checkEnd() }
        return node
    }

    private func checkEnd() throws(WorkbookError) {
        if let failure = source.finish() { throw .malformed("the ZIP entry \(path) is broken: \(failure)") }
    }

    private func refusal(_ error: XMLError) -> WorkbookError {
        if let failure = source.failure { return .malformed("the ZIP entry \(path) is broken: \(failure)") }
        let place = error.position.line > 0 ? " line \(error.position.line)" : ""
        return .malformed("\(path)\(place): \(error.message)")
    }
}
