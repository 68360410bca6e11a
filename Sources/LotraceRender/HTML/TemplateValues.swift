import Mustache

/// A view model turned into the dictionaries and arrays swift-mustache reads fastest.
///
/// swift-mustache looks a struct's names up with `Mirror` on every tag and at every level of
/// the context stack, which made reflection most of a site build's time. Reflecting each view
/// model once, into `[String: Any]` (a `MustacheParent`) and arrays, renders the same bytes:
/// a nil optional becomes a missing key, which Mustache treats the same way (it looks further
/// up the stack). Leaves (strings, numbers, booleans, enums) and values with their own
/// Mustache behaviour are kept as they are.
enum TemplateValues {
    /// `model` with every struct, class and tuple as a dictionary of its stored properties.
    static func tree(_ model: Any) -> Any {
        if isLeaf(model) { return model }
        let mirror = Mirror(reflecting: model)
        switch mirror.displayStyle {
        case .struct, .class, .tuple:
            if model is MustacheParent || model is MustacheLambda || model is MustacheCustomRenderable
                || model is MustacheCustomRepresentation
            {
                return model
            }
            var values: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label, let value = unwrapped(child.value) else { continue }
                values[label] = tree(value)
            }
            return values
        case .collection, .set:
            return mirror.children.compactMap { unwrapped($0.value).map(tree) }
        case .dictionary:
            guard let dictionary = model as? [String: Any] else { return model }
            return dictionary.mapValues(tree)
        case .optional:
            return unwrapped(model).map(tree) ?? model
        default:
            return model
        }
    }

    /// The value an optional holds (nil for none); any other value as it is.
    private static func unwrapped(_ value: Any) -> Any? {
        if isLeaf(value) { return value }
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map { unwrapped($0.value) } ?? nil
    }

    /// The common scalar types, known without reflecting them.
    private static func isLeaf(_ value: Any) -> Bool {
        value is String || value is Int || value is Bool || value is Double
    }
}
