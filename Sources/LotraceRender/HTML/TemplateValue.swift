/// A view model as templates see it: text, numbers, booleans, lists and objects whose members
/// are looked up by name. A view model's `nil` members are absent, which Mustache treats as
/// false and looks past (to the enclosing values).
enum TemplateValue: Sendable, Equatable {
    case text(String)
    /// A number, as the text it renders as.
    case number(String)
    case bool(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// The member `name` of an object; nil for anything else or a missing member.
    @inline(__always)
    func member(_ name: String) -> TemplateValue? {
        guard case .object(let members) = self else { return nil }
        return members[name]
    }
}
