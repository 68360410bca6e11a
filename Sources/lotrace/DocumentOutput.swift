import ArgumentParser
import Foundation
import LotraceRender

/// Where a command's document goes: standard output, or a file written atomically
/// (`AtomicFile`: a temporary file beside it, renamed over it); the document's notes go to
/// standard error.
enum DocumentOutput {
    /// Writes `document` to `path` (nil: standard output) and prints its notes.
    static func emit(_ document: RenderedDocument, to path: String? = nil) throws {
        for note in document.notes { StandardError.write("lotrace: note: \(note)") }
        guard let path else {
            FileHandle.standardOutput.write(Data(document.bytes))
            return
        }
        try StandardError.exitOnFailure { try AtomicFile.write(document.bytes, to: path) }
    }

    /// Writes a document made in pieces on standard output: `write` hands each piece, in order,
    /// to the closure it is given.
    static func stream(_ write: (@escaping ([UInt8]) -> Void) -> Void) {
        write { piece in FileHandle.standardOutput.write(Data(piece)) }
    }
}

extension TextOrJSON: ExpressibleByArgument {}
