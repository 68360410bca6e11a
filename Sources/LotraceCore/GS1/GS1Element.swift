/// One element string: an AI and its value, with where the value started in the input.
public struct GS1Element: Sendable, Hashable {
    public let ai: String
    /// The value as encoded (CSET 82 text, so ASCII).
    public let value: String
    /// 1-based byte position of the value in the input.
    public let position: Int
    public let definition: GS1AIDefinition

    init(definition: GS1AIDefinition, value: String, position: Int) {
        ai = definition.ai
        self.value = value
        self.position = position
        self.definition = definition
    }
}
