import Foundation
import LotraceCore
import LotraceRender
import Testing

@Suite("Load progress line")
struct LoadProgressLineTests {
    @Test func theLineSaysBytesRowsAndRate() {
        let snapshot = LoadProgress.Snapshot(bytes: 120_456_789, totalBytes: 213_400_000, rows: 512_000)
        #expect(LoadProgressLine.text(snapshot, seconds: 2) == "lotrace: reading 120.5 of 213.4 MB, 512,000 rows (256,000 rows/s)")
    }

    /// Once the delay has passed the line is rewritten in place, and stopping erases it.
    @Test func theLineIsRewrittenInPlaceAndErased() {
        let sink = LogSink()
        let line = LoadProgressLine(progress: LoadProgress(), delay: .zero, interval: .milliseconds(5), write: sink.append)
        while sink.text.isEmpty { usleep(1000) }
        line.stop()
        let writes = sink.text.components(separatedBy: "\r\u{1B}[K").dropFirst()
        #expect(writes.dropLast().allSatisfy { $0 == "lotrace: reading 0.0 of 0.0 MB, 0 rows (0 rows/s)" })
        #expect(writes.last == "")
    }

    /// A load shorter than the delay writes nothing, not even the erasing.
    @Test func aShortLoadShowsNothing() {
        let sink = LogSink()
        let line = LoadProgressLine(progress: LoadProgress(), delay: .seconds(60), interval: .milliseconds(1), write: sink.append)
        usleep(20_000)
        line.stop()
        #expect(sink.text == "")
    }
}
