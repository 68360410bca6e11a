/// A parsed Mustache template: text, tags and the templates nested in sections, partials with
/// inheritance and blocks. `TemplateParser` makes them, `TemplateRenderer` renders them.
indirect enum TemplateToken: Sendable {
    /// Text as it is written, in UTF-8 (a line, or the text before a tag).
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (not escaped).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}...{{/name}}`, or `{{^name}}...{{/name}}` when `inverted`.
    case section(TemplateName, [TemplateToken], inverted: Bool)
    /// `{{>name}}`; `indentation` is the whitespace before a standalone partial (nil otherwise).
    case partial(String, indentation: String?, position: TemplatePosition)
    /// `{{<name}}...{{/name}}`: the template `name` with `blocks` overriding its blocks.
    case parent(String, indentation: String, blocks: [String: [TemplateToken]], position: TemplatePosition)
    /// `{{$name}}...{{/name}}` outside a parent: an overridable block and its default content.
    case block(String, [TemplateToken], indentation: String)
}

/// Where a tag starts in its template's text (1-based).
struct TemplatePosition: Sendable, Equatable {
    var line: Int
    var column: Int
}

/// A tag's name, resolved as Mustache does: `.` is the current value; `a.b` finds `a` on the
/// context stack (innermost first) and then `b` inside it; `.a.b` looks in the current value only.
struct TemplateName: Sendable, Equatable {
    /// The dotted parts, without empty ones.
    var parts: [String]
    /// True for `.` and for names starting with a dot.
    var anchored: Bool

    init(_ text: String) {
        parts = text.split(separator: ".").map(String.init)
        anchored = text.hasPrefix(".")
    }
}
