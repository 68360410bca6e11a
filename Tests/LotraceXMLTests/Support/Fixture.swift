import Foundation
import LotraceXML

/// Test fixtures, copied into the test bundle from `Fixtures/`.
enum Fixture {
    /// The path of a fixture file, relative to `Fixtures/`.
    static func path(_ name: String) -> String {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)
        else { fatalError("missing fixture \(name)") }
        return url.path
    }

    /// The bytes of a fixture file.
    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path(name))))
    }

    /// All events of a document, or the error that stopped the reading.
    static func events(
        _ bytes: [UInt8], schema: XMLSchema? = nil
    ) -> (events: [XMLEvent], error: XMLError?, validity: [XMLError]) {
        var events: [XMLEvent] = []
        do {
            let reader = try XMLStreamReader(bytes: bytes, documentName: "test.xml", schema: schema)
            do {
                while let event = try reader.next() { events.append(event) }
                return (events, nil, reader.validityErrors)
            } catch {
                return (events, error, reader.validityErrors)
            }
        } catch {
            return (events, error, [])
        }
    }
}
