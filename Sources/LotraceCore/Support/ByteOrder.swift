import Foundation

/// Deterministic text ordering for reports: by UTF-8 bytes, field by field. Swift's `<` on
/// `String` treats canonically equivalent texts (NFC and NFD) as equal; lot names that differ
/// only so are distinct data (docs/input-rules.md rule 14) and must keep a fixed order.
enum ByteOrder {
    /// True when `a` sorts before `b` by UTF-8 bytes.
    static func less(_ a: String, _ b: String) -> Bool { compare(a, b) < 0 }

    /// The order of `a` and `b` by UTF-8 bytes: negative when `a` sorts first, zero for the same
    /// bytes, positive when `b` sorts first (compared in place with `memcmp` when both are
    /// stored as UTF-8, as Swift's own strings are).
    static func compare(_ a: String, _ b: String) -> Int {
        let compared = a.utf8.withContiguousStorageIfAvailable { first in
            b.utf8.withContiguousStorageIfAvailable { second in
                let common = min(first.count, second.count)
                let order = common == 0 ? 0 : memcmp(first.baseAddress!, second.baseAddress!, common)
                return order != 0 ? Int(order) : first.count - second.count
            }
        }
        if let order = compared ?? nil { return order }
        if a.utf8.lexicographicallyPrecedes(b.utf8) { return -1 }
        return b.utf8.lexicographicallyPrecedes(a.utf8) ? 1 : 0
    }

    /// True when the fields of `a` sort before those of `b`, the first differing field deciding.
    static func less(_ a: [String], _ b: [String]) -> Bool { a.lexicographicallyPrecedes(b, by: less) }

    /// `items` sorted by `key` (fields compared by bytes), each key computed once; stable.
    static func sorted<T>(_ items: [T], by key: (T) -> [String]) -> [T] {
        let keys = items.map(key)
        return items.indices.sorted { a, b in less(keys[a], keys[b]) || (!less(keys[b], keys[a]) && a < b) }
            .map { items[$0] }
    }

    /// Each name's rank in byte order (equal names share a rank), so that large lists sort by
    /// integers instead of comparing texts again and again.
    static func ranks(of names: [String]) -> [Int32] {
        let order = names.indices.sorted { less(names[$0], names[$1]) }
        var ranks = [Int32](repeating: 0, count: names.count)
        var rank: Int32 = 0
        for (position, index) in order.enumerated() {
            if position > 0 && less(names[order[position - 1]], names[index]) { rank += 1 }
            ranks[index] = rank
        }
        return ranks
    }
}
