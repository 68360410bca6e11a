/// Renders parsed templates with a `TemplateValue`, into UTF-8 bytes, as Mustache specifies:
///
/// - a name is looked up on the context stack, innermost value first (`a.b`: `a` on the stack,
///   then `b` inside it; `.a`: in the current value only; `.`: the current value);
/// - `{{name}}` is HTML-escaped scalar by scalar (`& < > " '`), `{{{name}}}` is not;
/// - a section renders once per item of a non-empty list (the item pushed), once for `true`,
///   once for any other present value (the value pushed), never for `false`, an empty list or a
///   missing name; an inverted section renders exactly when the section would not;
/// - a standalone partial indents every line it renders with the whitespace before it;
/// - a parent's blocks override the blocks of the template it names, outer overrides first.
struct TemplateRenderer {
    let templates: [String: [TemplateToken]]

    /// The rendering of the template `name` (which exists) with `value`.
    func render(_ name: String, with value: TemplateValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(16_384)
        var context = Context(stack: [value], indentation: nil, blocks: [:])
        render(templates[name] ?? [], &context, into: &out)
        return out
    }

    /// What a render sees: the values pushed so far, the indentation of the partials it is in,
    /// and the block overrides of the parents it is in.
    private struct Context {
        var stack: [TemplateValue]
        var indentation: [UInt8]?
        var blocks: [String: [TemplateToken]]
    }

    private func render(_ tokens: [TemplateToken], _ context: inout Context, into out: inout [UInt8]) {
        guard let indentation = context.indentation, !indentation.isEmpty else {
            for token in tokens { render(token, &context, into: &out) }
            return
        }
        // A token that renders something at the start of a line of this template's own output
        // is indented (the first line is indented by the text before the partial tag).
        let start = out.count
        for token in tokens {
            let tokenStart = out.count
            render(token, &context, into: &out)
            if out.count > tokenStart, tokenStart > start, out[tokenStart - 1] == UInt8(ascii: "\n") {
                out.insert(contentsOf: indentation, at: tokenStart)
            }
        }
    }

    private func render(_ token: TemplateToken, _ context: inout Context, into out: inout [UInt8]) {
        switch token {
        case .text(let bytes):
            out.append(contentsOf: bytes)
        case .variable(let name, let escaped):
            guard let value = lookup(name, in: context.stack) else { return }
            switch value {
            case .text(let text): escaped ? HTMLEscaping.append(text, to: &out) : out.append(contentsOf: text.utf8)
            case .number(let text): out.append(contentsOf: text.utf8)
            case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
            case .list, .object: break
            }
        case .section(let name, let body, let inverted):
            let value = lookup(name, in: context.stack)
            inverted ? renderInverted(value, body, &context, into: &out) : renderSection(value, body, &context, into: &out)
        case .partial(let name, let indentation, _):
            guard let template = templates[name] else { return }
            var inner = context
            if let indentation { inner.indentation = (context.indentation ?? []) + Array(indentation.utf8) }
            render(template, &inner, into: &out)
        case .parent(let name, let indentation, let blocks, _):
            guard let template = templates[name] else { return }
            var inner = context
            inner.indentation = (context.indentation ?? []) + Array(indentation.utf8)
            inner.blocks.merge(blocks) { outer, _ in outer }
            render(template, &inner, into: &out)
        case .block(let name, let content, let indentation):
            var inner = context
            inner.indentation = (context.indentation ?? []) + Array(indentation.utf8)
            render(context.blocks[name] ?? content, &inner, into: &out)
        }
    }

    private func renderSection(
        _ value: TemplateValue?, _ body: [TemplateToken], _ context: inout Context, into out: inout [UInt8]
    ) {
        switch value {
        case .none, .bool(false): return
        case .bool(true): render(body, &context, into: &out)
        case .list(let items):
            for item in items { renderPushing(item, body, &context, into: &out) }
        case .some(let value): renderPushing(value, body, &context, into: &out)
        }
    }

    private func renderInverted(
        _ value: TemplateValue?, _ body: [TemplateToken], _ context: inout Context, into out: inout [UInt8]
    ) {
        switch value {
        case .none, .bool(false): render(body, &context, into: &out)
        case .list(let items) where items.isEmpty: renderPushing(.list([]), body, &context, into: &out)
        default: return
        }
    }

    private func renderPushing(_ value: TemplateValue, _ body: [TemplateToken], _ context: inout Context, into out: inout [UInt8]) {
        context.stack.append(value)
        render(body, &context, into: &out)
        context.stack.removeLast()
    }

    /// The value `name` denotes on `stack`; nil when it is missing.
    private func lookup(_ name: TemplateName, in stack: [TemplateValue]) -> TemplateValue? {
        guard let first = name.parts.first else { return stack.last }
        var value: TemplateValue
        if name.anchored {
            guard let top = stack.last?.member(first) else { return nil }
            value = top
        } else {
            guard let found = stack.reversed().lazy.compactMap({ $0.member(first) }).first else { return nil }
            value = found
        }
        for part in name.parts.dropFirst() {
            guard let member = value.member(part) else { return nil }
            value = member
        }
        return value
    }
}
