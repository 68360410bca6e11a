import ArgumentParser
import Foundation
import LotraceCore
import LotraceRender
import LotraceXML

/// Where the XML commands put a document: standard output, or a file written atomically
/// (a temporary file renamed over it); notes about the document go to standard error.
enum XMLOutput {
    /// Writes `document` to `path` (nil: standard output) and prints its notes.
    static func emit(_ document: RenderedXML, to path: String?) throws {
        for note in document.notes { StandardError.write("lotrace: note: \(note)") }
        guard let path else {
            FileHandle.standardOutput.write(Data(document.bytes))
            return
        }
        do {
            try Data(document.bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            StandardError.write("lotrace: cannot write \(path): \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }

    /// Runs a renderer; a text it cannot write (never the case for ingested data) exits 1.
    static func render(_ body: () throws(XMLWriterError) -> RenderedXML) throws -> RenderedXML {
        do {
            return try body()
        } catch {
            StandardError.write("lotrace: cannot write the XML document: \(error)")
            throw ExitCode.failure
        }
    }
}
