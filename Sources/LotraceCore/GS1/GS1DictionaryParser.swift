import Foundation

/// Reads the GS1 Barcode Syntax Dictionary's text format (one entry per line:
/// `AI[-AI] [flags] components... [req=...] [ex=...] [dlpkey[=...]] # TITLE`) into AI
/// definitions, ranges expanded. The built-in table (`GS1AITable.swift`) is the dictionary's
/// text parsed with it; the tests parse the official file again and compare.
public enum GS1DictionaryParser {
    /// A line the parser cannot read.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// 1-based line number in the text.
        public let line: Int
        public let message: String

        public var description: String { "line \(line): \(message)" }
    }

    /// Every definition of `text`, in order; comment and blank lines are skipped.
    public static func parse(_ text: String) throws(Failure) -> [GS1AIDefinition] {
        var definitions: [GS1AIDefinition] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.trimmingPrefix(while: { $0 == " " })
            guard !content.isEmpty, !content.hasPrefix("#") else { continue }
            definitions += try entry(String(line), number: index + 1)
        }
        return definitions
    }

    private static func entry(_ line: String, number: Int) throws(Failure) -> [GS1AIDefinition] {
        let fail = { (message: String) in Failure(line: number, message: message) }
        let hash = line.firstIndex(of: "#")
        let title = hash.map { line[line.index(after: $0)...].trimmingCharacters(in: .whitespaces) } ?? ""
        var fields = line[..<(hash ?? line.endIndex)].split(separator: " ").map(String.init)[...]
        guard let ais = fields.popFirst() else { throw fail("no AI") }
        var flags = ""
        if let first = fields.first, !startsComponent(first) { flags = fields.removeFirst() }
        var components: [GS1Component] = []
        while let first = fields.first, startsComponent(first) {
            guard let component = component(first) else { throw fail("cannot read component \"\(first)\"") }
            components.append(component)
            fields.removeFirst()
        }
        var requires: [[[String]]] = []
        var excludes: [String] = []
        var primaryKey: [[String]]?
        for attribute in fields {
            let (name, value) = split(attribute, at: "=")
            switch name {
            case "req": requires.append(value.split(separator: ",").map { $0.split(separator: "+").map(String.init) })
            case "ex": excludes += value.split(separator: ",").map(String.init)
            case "dlpkey":
                primaryKey = value.split(separator: "|", omittingEmptySubsequences: false)
                    .map { $0.split(separator: ",").map(String.init) }
            default: throw fail("unknown attribute \"\(attribute)\"")
            }
        }
        let (first, last) = split(ais, at: "-")
        guard let low = Int(first), let high = Int(last.isEmpty ? first : last), low <= high, !components.isEmpty else {
            throw fail("cannot read AI \"\(ais)\" and its components")
        }
        return (low...high).map { number in
            let digits = String(number)
            return GS1AIDefinition(
                ai: String(repeating: "0", count: max(0, first.count - digits.count)) + digits,
                separatorRequired: !flags.contains("*"), dataAttribute: flags.contains("?"), components: components,
                requires: requires, excludes: excludes, primaryKey: primaryKey, title: title)
        }
    }

    /// `[N..20,csum]`-like component specifications start with `[` or a character set letter.
    private static func startsComponent(_ field: String) -> Bool {
        field.first.map { "[NXYZ".contains($0) } ?? false
    }

    /// `N14,csum`, `X..20`, `N..6`, `[N1..3,iso4217]`.
    private static func component(_ spec: String) -> GS1Component? {
        let optional = spec.hasPrefix("[")
        let parts = spec.filter { $0 != "[" && $0 != "]" }.split(separator: ",").map(String.init)
        guard let head = parts.first, let kind = head.first else { return nil }
        let characterSet: GS1CharacterSet
        switch kind {
        case "N": characterSet = .numeric
        case "X": characterSet = .cset82
        case "Y": characterSet = .cset39
        case "Z": characterSet = .cset64
        default: return nil
        }
        let length = head.dropFirst()
        let minimum: Int?
        let maximum: Int?
        if let dots = length.range(of: "..") {
            let low = length[..<dots.lowerBound]
            minimum = low.isEmpty ? 1 : Int(low)
            maximum = Int(length[dots.upperBound...])
        } else {
            minimum = Int(length)
            maximum = minimum
        }
        var linters: [GS1Linter] = []
        for name in parts.dropFirst() {
            guard let linter = GS1Linter(rawValue: name) else { return nil }
            linters.append(linter)
        }
        guard let minimum, let maximum else { return nil }
        return GS1Component(characterSet, min: minimum, max: maximum, optional: optional, linters: linters)
    }

    private static func split(_ text: String, at separator: Character) -> (String, String) {
        guard let index = text.firstIndex(of: separator) else { return (text, "") }
        return (String(text[..<index]), String(text[text.index(after: index)...]))
    }
}
