import Foundation
import LotraceCore
import Testing

/// One GS1 test vector of `Fixtures/gs1/*.jsonl` (format in `Fixtures/gs1/SOURCE.md`).
struct GS1Vector: Decodable, CustomTestStringConvertible {
    /// A literal argument of the upstream C call.
    enum Argument: Decodable {
        case string(String)
        case bool(Bool)
        case null
        /// A C identifier (a constant, or a buffer built by code).
        case constant(String)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let flag = try? container.decode(Bool.self) {
                self = .bool(flag)
            } else if let text = try? container.decode(String.self) {
                self = .string(text)
            } else {
                self = .constant(try container.decode([String: String].self)["const"] ?? "")
            }
        }
    }

    let source: String
    let line: Int
    let test: String
    let args: [Argument]

    var testDescription: String { "\(source):\(line) \(test)" }

    /// The vectors of `Fixtures/gs1/<file>`.
    static func load(_ file: String) throws -> [GS1Vector] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/gs1/\(file)", withExtension: nil))
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(GS1Vector.self, from: Data($0.utf8)) }
    }

    /// Argument `index` as text; nil when it is not a literal string.
    func string(_ index: Int) -> String? {
        if case .string(let text) = args[index] { return text }
        return nil
    }

    /// Argument `index` as a flag (false when not a boolean).
    func bool(_ index: Int) -> Bool {
        if case .bool(let flag) = args[index] { return flag }
        return false
    }

    /// Argument `index` as a constant's name ("" when not a constant).
    func constant(_ index: Int) -> String {
        if case .constant(let name) = args[index] { return name }
        return ""
    }

    /// True when an argument is a C buffer filled by code (not literal data).
    var hasComputedArgument: Bool {
        args.contains {
            if case .constant(let name) = $0 { return !name.hasPrefix("GS1_LINTER_") && !name.hasPrefix("validate") }
            return false
        }
    }
}

/// The bytes of a C string as the vectors spell it (U+0000-U+00FF stand for single bytes).
func cBytes(_ text: String) -> [UInt8] { text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) } }

/// GS1's caret notation of a message ("^01...^21...").
func caret(_ message: GS1Message) -> String { "^" + String(decoding: message.encoded(separator: UInt8(ascii: "^")), as: UTF8.self) }

/// The tally of one vector file: how many reproduced their expected outcome, which were skipped
/// and why; printed so the count appears in the test log.
struct GS1VectorTally {
    let file: String
    private(set) var passed = 0
    private(set) var skipped: [(line: Int, reason: String)] = []

    init(_ file: String) { self.file = file }

    /// Records `vector`'s outcome: `reproduced` must hold.
    mutating func check(_ reproduced: Bool, _ vector: GS1Vector, _ detail: @autoclosure () -> String = "") {
        #expect(reproduced, "\(vector.testDescription) \(detail())")
        if reproduced { passed += 1 }
    }

    mutating func skip(_ vector: GS1Vector, because reason: String) { skipped.append((vector.line, reason)) }

    /// Prints the summary and checks every vector was either reproduced or skipped with a reason,
    /// and that at least `reproduced` were: a file that fails to load, or a change that skips
    /// what used to pass, does not pass quietly.
    func finish(total: Int, reproduced minimum: Int) {
        let reasons = Dictionary(grouping: skipped, by: \.reason).map { "\($0.value.count) \($0.key)" }.sorted()
        print("GS1 vectors \(file): \(passed) of \(total) reproduced, \(skipped.count) skipped" + (reasons.isEmpty ? "" : ": ") + reasons.joined(separator: "; "))
        #expect(passed + skipped.count == total)
        #expect(passed >= minimum, "\(file): \(passed) vectors reproduced, at least \(minimum) expected")
    }
}
