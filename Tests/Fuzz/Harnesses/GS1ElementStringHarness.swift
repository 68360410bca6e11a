import LotraceCore

/// GS1 element strings with GS separators, as a scanner without symbology identifier sends them.
enum GS1ElementStringHarness {
    static let harness = FuzzHarness(name: "gs1-element") { input in
        let text = String(decoding: input, as: UTF8.self)
        GS1Check.check(text) { text throws(GS1Error) in try GS1ElementStringParser.parse(Array(text.utf8), separator: 0x1D) }
    }
}
