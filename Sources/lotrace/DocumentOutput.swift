import ArgumentParser
import Foundation
import LotraceRender

/// Where a command's document goes: standard output, or a file written atomically (a temporary
/// file renamed over it); the document's notes go to standard error.
enum DocumentOutput {
    /// Writes `document` to `path` (nil: standard output) and prints its notes.
    static func emit(_ document: RenderedDocument, to path: String? = nil) throws {
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
}

extension TextOrJSON: ExpressibleByArgument {}
