import LotraceCore

/// The search index the search box reads (progressive enhancement: every page works without
/// it), sharded so that no file grows with the data: `search.json` lists the shards, each
/// `search/<hex of its key>.json` holds the entries whose search term starts with its key.
///
/// Terms are lowercased lot names, references, customers and sales orders, and what follows
/// each `/`, `-`, space or other separator in them (so `WH/OUT/00123` is found by `00123` and
/// `FLR-250106-1` by `250106`). A shard holds at most `shardLimit` entries: a key with more is
/// split by one more character (`wh` into `wh/`, `wh/o`...).
struct SearchIndexStep: SiteStep {
    static let path = "search.json"
    static let folder = "search"
    static let shardLimit = 2_000

    let title = "Write search index"
    let templates: [String] = []
    let section: SiteSection? = nil

    func run(in context: SiteContext) throws -> SiteStepOutcome {
        // Same data: the same terms.
        if let kept = try context.output.reuseAll(under: Self.folder + "/", momentKey: ""), try context.reuse(Self.path, momentKey: "") {
            return SiteStepOutcome(count: kept, noun: "shard kept", plural: "shards kept")
        }
        let dataset = context.dataset
        var entries = SearchEntries()
        for lot in dataset.lots {
            let target = SearchEntries.Target(title: lot.name, note: dataset[lot.product].key, path: context.links.lotPage(lot.id))
            entries.add(lot.name, finding: target)
        }
        for slip in context.slips {
            guard let path = context.links.slipFile(slip.reference) else { continue }
            let target = SearchEntries.Target(title: slip.reference, note: slip.customer?.name ?? "", path: path)
            for field in [slip.reference, slip.customer?.name ?? "", slip.order ?? ""] {
                entries.add(field, finding: target)
            }
        }
        let sorted = entries.sortedTerms()
        var shards: [(key: ArraySlice<UInt8>, terms: ArraySlice<Int32>)] = []
        Self.shard(sorted[...], of: entries, depth: 2, into: &shards)
        for shard in shards {
            let rows = shard.terms.map { term -> JSONValue in
                let target = entries.target(of: term)
                return .array([
                    .string(String(decoding: entries.term(term), as: UTF8.self)), .string(target.title), .string(target.note),
                    .string(target.path),
                ])
            }
            try context.output.write(JSONValue.array(rows).serialized(pretty: false), to: Self.file(of: shard.key))
        }
        let keys = shards.map { JSONValue.string(String(decoding: $0.key, as: UTF8.self)) }
        let manifest = JSONValue.object([("folder", .string(Self.folder + "/")), ("shards", .array(keys))])
        try context.output.write(manifest.serialized(pretty: false), to: Self.path)
        return SiteStepOutcome(count: entries.count, noun: "entry", plural: "entries")
    }

    /// The search terms of `text`, lowercased: itself and what follows each separator, at most
    /// 4, as the UTF-8 offsets where they start in the lowercased text (each runs to its end).
    static func termOffsets(_ text: String) -> (lowercased: String, offsets: [Int]) {
        let lowercased = text.lowercased()
        let length = lowercased.utf8.count
        guard length > 0 else { return (lowercased, []) }
        var offsets = [0]
        var offset = 0
        for scalar in lowercased.unicodeScalars where offsets.count < 4 {
            offset += UTF8.width(scalar)
            let isSeparator = !(scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
            if isSeparator, offset < length { offsets.append(offset) }
        }
        return (lowercased, offsets)
    }

    /// Cuts sorted `terms` into shards by their first `depth` scalars, deeper where a shard
    /// would hold more than `shardLimit` (terms shorter than the key share the shorter key).
    private static func shard(
        _ terms: ArraySlice<Int32>, of entries: SearchEntries, depth: Int,
        into shards: inout [(key: ArraySlice<UInt8>, terms: ArraySlice<Int32>)]
    ) {
        let key = { (term: Int32) in entries.term(term).prefix(entries.prefix(of: term, scalars: depth).length) }
        let isLonger = { (term: Int32) in entries.prefix(of: term, scalars: depth).hasMore }
        var start = terms.startIndex
        while start < terms.endIndex {
            let groupKey = key(terms[start])
            var end = start
            while end < terms.endIndex && key(terms[end]) == groupKey { end += 1 }
            let group = terms[start..<end]
            if group.count > shardLimit && group.contains(where: isLonger) {
                let exact = group.prefix { !isLonger($0) }
                if !exact.isEmpty { shards.append((groupKey, exact)) }
                shard(group[exact.endIndex...], of: entries, depth: depth + 1, into: &shards)
            } else {
                shards.append((groupKey, group))
            }
            start = end
        }
    }

    /// `search/<key as lowercase hexadecimal UTF-8>.json`.
    static func file(of key: some Collection<UInt8>) -> String {
        let hex = key.map { byte in
            (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }.joined()
        return "\(folder)/\(hex).json"
    }
}
