import Foundation

/// The search index's entries as the search step sorts and shards them: every term's lowercased
/// UTF-8 bytes in one buffer (a text's terms are suffixes of it, stored once), and what each
/// term finds (title, note, page) shared by the terms of one text. Sorting moves 32-bit term
/// numbers and compares bytes, which orders terms as their Unicode scalars do (UTF-8 keeps the
/// scalars' order); terms that compare equal keep the order they were added in.
struct SearchEntries {
    /// What a text's terms find.
    struct Target {
        var title: String
        var note: String
        var path: String
    }

    private var bytes: [UInt8] = []
    /// Where each term starts in `bytes`, and where it ends (its text's end).
    private var starts: [Int] = []
    private var ends: [Int] = []
    private var targetOfTerm: [Int32] = []
    private var targets: [Target] = []

    var count: Int { starts.count }

    /// Adds the terms of `text` (`SearchIndexStep.termOffsets`), each finding `target`.
    mutating func add(_ text: String, finding target: Target) {
        let terms = SearchIndexStep.termOffsets(text)
        guard !terms.offsets.isEmpty else { return }
        let base = bytes.count
        bytes.append(contentsOf: terms.lowercased.utf8)
        let end = bytes.count
        let targetIndex = Int32(targets.count)
        targets.append(target)
        for offset in terms.offsets {
            starts.append(base + offset)
            ends.append(end)
            targetOfTerm.append(targetIndex)
        }
    }

    /// The bytes of term `term`.
    func term(_ term: Int32) -> ArraySlice<UInt8> { bytes[starts[Int(term)]..<ends[Int(term)]] }

    /// What term `term` finds.
    func target(of term: Int32) -> Target { targets[Int(targetOfTerm[Int(term)])] }

    /// The terms in order: by their bytes, then in the order they were added.
    func sortedTerms() -> [Int32] {
        var order = Array(0..<Int32(count))
        bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress
            order.sort { a, b in
                let (aStart, aEnd) = (starts[Int(a)], ends[Int(a)])
                let (bStart, bEnd) = (starts[Int(b)], ends[Int(b)])
                let shared = min(aEnd - aStart, bEnd - bStart)
                if shared > 0, let base {
                    let compared = memcmp(base + aStart, base + bStart, shared)
                    if compared != 0 { return compared < 0 }
                }
                if aEnd - aStart != bEnd - bStart { return aEnd - aStart < bEnd - bStart }
                return a < b
            }
        }
        return order
    }

    /// The byte length of the first `scalars` Unicode scalars of term `term` (all of it when it
    /// has no more), and whether it has more.
    func prefix(of term: Int32, scalars: Int) -> (length: Int, hasMore: Bool) {
        let start = starts[Int(term)]
        let end = ends[Int(term)]
        var position = start
        var counted = 0
        while position < end && counted < scalars {
            position += 1
            // Continuation bytes (10xxxxxx) belong to the scalar already counted.
            while position < end && bytes[position] & 0xC0 == 0x80 { position += 1 }
            counted += 1
        }
        return (position - start, position < end)
    }
}
