/// Why GS1 data was refused: which AI (when one is concerned), where, and why.
public struct GS1Error: Error, Sendable, Hashable, CustomStringConvertible {
    /// The AI concerned, nil for a problem before any AI (a bad URI, an unknown symbology).
    public let ai: String?
    /// 1-based byte position in the input where the problem starts.
    public let position: Int
    /// What is wrong, in words.
    public let reason: String
    /// The linter's verdict when a linter refused the value.
    public let lint: GS1LintError?
    /// "(AI)value" up to the end of the refused component, the offending bytes between bars
    /// ("(8001)1|X|34"); nil when no component was refused.
    public let markup: String?

    init(ai: String?, position: Int, reason: String, lint: GS1LintError? = nil, markup: String? = nil) {
        self.ai = ai
        self.position = position
        self.reason = reason
        self.lint = lint
        self.markup = markup
    }

    /// The same error `offset` bytes further (earlier when negative), at `floor` at least.
    func moved(by offset: Int, notBefore floor: Int) -> GS1Error {
        GS1Error(ai: ai, position: max(position + offset, floor), reason: reason, lint: lint, markup: markup)
    }

    /// "AI (17), position 21: illegal day (17)2502|30|".
    public var description: String {
        let subject = ai.map { "AI (\($0)), position \(position)" } ?? "position \(position)"
        return "\(subject): \(reason)" + (markup.map { " in \($0)" } ?? "")
    }
}
