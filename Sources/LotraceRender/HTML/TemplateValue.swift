/// A view model as templates see it: text, numbers, booleans, lists and objects whose members
/// are looked up by name. A view model's `nil` members are absent, which Mustache treats as
/// false and looks past (to the enclosing values).
enum TemplateValue: Sendable {
    case text(String)
    /// A number, as the text it renders as.
    case number(String)
    case bool(Bool)
    case list([TemplateValue])
    case object(TemplateObject)

    /// The member `name` of an object; nil for anything else or a missing member.
    @inline(__always)
    func member(_ name: String) -> TemplateValue? {
        guard case .object(let object) = self else { return nil }
        return object.member(name)
    }
}

extension TemplateValue {
    /// Adds the value to `hasher`, each part framed by its kind: a page's digest is that of the
    /// values its template is given, so two values that digest alike render alike.
    func combine(into hasher: inout DigestHasher) {
        switch self {
        case .text(let text):
            hasher.combine(integer: 1)
            hasher.combine(text)
        case .number(let text):
            hasher.combine(integer: 2)
            hasher.combine(text)
        case .bool(let value):
            hasher.combine(integer: value ? 4 : 3)
        case .list(let items):
            hasher.combine(integer: 5)
            hasher.combine(integer: items.count)
            for item in items { item.combine(into: &hasher) }
        case .object(let object):
            hasher.combine(integer: 6)
            object.combine(into: &hasher)
        }
    }
}

/// An object's members in the order they were written; of two members of one name, the later
/// counts. A view model has a few dozen members at most, and a template looks most names up on
/// objects that lack them (a name is looked for from the innermost value out): a scan that
/// compares names only when their lengths match costs less there than hashing the name.
struct TemplateObject: Sendable {
    private var members: [Member] = []

    private struct Member {
        var name: String
        /// The name's length in UTF-8 bytes, compared first.
        var length: Int
        var value: TemplateValue
    }

    init() {}

    /// Adds member `name` (a later one of the same name hides this one).
    mutating func append(_ name: String, _ value: TemplateValue) {
        members.append(Member(name: name, length: name.utf8.count, value: value))
    }

    /// Adds every member, name and value, in order to `hasher` (`TemplateValue.combine(into:)`).
    func combine(into hasher: inout DigestHasher) {
        hasher.combine(integer: members.count)
        for member in members {
            hasher.combine(member.name)
            member.value.combine(into: &hasher)
        }
    }

    /// The value of the last member named `name`, if any.
    func member(_ name: String) -> TemplateValue? {
        let length = name.utf8.count
        var index = members.count
        while index > 0 {
            index -= 1
            if members[index].length == length && members[index].name == name { return members[index].value }
        }
        return nil
    }
}
