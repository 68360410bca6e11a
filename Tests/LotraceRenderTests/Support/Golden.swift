import Foundation
import Testing

/// Golden files under `Tests/LotraceRenderTests/Golden/`, compared byte for byte; with
/// `RECORD_GOLDEN=1` in the environment they are rewritten instead.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    /// Checks that `actual` equals the golden file `name`.
    static func check(_ actual: Data, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url)
            return
        }
        let expected = try #require(
            FileManager.default.contents(atPath: url.path), "missing golden file \(name); run with RECORD_GOLDEN=1",
            sourceLocation: sourceLocation)
        #expect(
            actual == expected, "\(name) differs from its golden file (RECORD_GOLDEN=1 rewrites it)",
            sourceLocation: sourceLocation)
    }
}
