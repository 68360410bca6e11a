import LotraceCore

/// GS1 Digital Link URIs. The first byte chooses the parse options (its four low bits: unknown
/// AIs, unknown AIs as data attributes, zero-suppressed GTINs, convenience alphas); the rest is
/// the URI.
enum GS1DigitalLinkHarness {
    static let harness = FuzzHarness(name: "gs1-dl") { input in
        guard let flags = input.first else { return }
        let options = GS1ParseOptions(
            permitUnknownAIs: flags & 1 != 0, unknownAIsAsDataAttributes: flags & 2 != 0,
            permitZeroSuppressedGTIN: flags & 4 != 0, permitConvenienceAlphas: flags & 8 != 0)
        let text = String(decoding: input.dropFirst(), as: UTF8.self)
        GS1Check.check(text, roundTrip: !options.permitUnknownAIs && !options.unknownAIsAsDataAttributes) { text throws(GS1Error) in
            try GS1DigitalLink.parse(text, options: options)
        }
    }
}
