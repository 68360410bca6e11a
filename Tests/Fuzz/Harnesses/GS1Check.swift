@testable import LotraceCore

/// What every GS1 harness checks of a parse: the same answer twice; an error's position lies in
/// the input (1-based byte position, at most one past its end), and so does every element's; a
/// message read is written as element strings that read back as the same AIs and values.
enum GS1Check {
    /// A parse's answer, comparable.
    enum Answer: Equatable {
        case message([GS1Element])
        case refused(GS1Error)
    }

    /// Checks `parse` of `text`; `roundTrip` is false when the message may hold what element
    /// strings cannot (unknown AIs permitted).
    static func check(_ text: String, roundTrip: Bool = true, _ parse: (String) throws(GS1Error) -> GS1Message) {
        let answer = FuzzHarness.deterministic(Array(text.utf8)) { _ -> Answer in
            do throws(GS1Error) {
                return .message(try parse(text).elements)
            } catch {
                return .refused(error)
            }
        }
        switch answer {
        case .refused(let error):
            FuzzHarness.require(
                error.position >= 1 && error.position <= text.utf8.count + 1,
                "position \(error.position) outside the \(text.utf8.count) bytes: \(error)")
        case .message(let elements):
            for element in elements {
                FuzzHarness.require(
                    element.position >= 1 && element.position <= text.utf8.count + 1,
                    "(\(element.ai)) at position \(element.position) outside the \(text.utf8.count) bytes")
            }
            guard roundTrip, !elements.isEmpty else { return }
            let message = GS1Message(elements: elements)
            let again = try? GS1ElementStringParser.parse(message.encoded(), separator: 0x1D)
            FuzzHarness.require(again?.bracketed == message.bracketed, "\(message.bracketed) does not read back from its element strings")
        }
    }
}
