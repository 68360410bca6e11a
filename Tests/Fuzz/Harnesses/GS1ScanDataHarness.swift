import LotraceCore

/// GS1 scan data: a symbology identifier (`]C1`, `]d2`, `]Q3`, `]E0`...) and what the symbol
/// carries, read as `lotrace scan` reads it (`GS1Reader`).
enum GS1ScanDataHarness {
    static let harness = FuzzHarness(name: "gs1-scan") { input in
        let text = String(decoding: input, as: UTF8.self)
        GS1Check.check(text) { text throws(GS1Error) in try GS1Reader.read(text) }
    }
}
