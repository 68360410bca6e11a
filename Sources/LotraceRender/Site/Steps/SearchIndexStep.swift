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

    /// One thing to find: its lowercased term, what to show and where it is.
    private struct Entry {
        var term: [Unicode.Scalar]
        var title: String
        var note: String
        var path: String
    }

    func run(in context: SiteContext) throws -> SiteStepOutcome {
        // Same data: the same terms.
        if let kept = try context.output.reuseAll(under: Self.folder + "/", momentKey: ""), try context.reuse(Self.path, momentKey: "") {
            return SiteStepOutcome(count: kept, noun: "shard kept", plural: "shards kept")
        }
        let dataset = context.dataset
        var entries: [Entry] = []
        for lot in dataset.lots {
            let path = context.links.lotPage(lot.id)
            for term in Self.terms(lot.name) {
                entries.append(Entry(term: term, title: lot.name, note: dataset[lot.product].key, path: path))
            }
        }
        for slip in context.slips {
            guard let path = context.links.slipFile(slip.reference) else { continue }
            for field in [slip.reference, slip.customer?.name ?? "", slip.order ?? ""] {
                for term in Self.terms(field) {
                    entries.append(Entry(term: term, title: slip.reference, note: slip.customer?.name ?? "", path: path))
                }
            }
        }
        entries.sort { $0.term.lexicographicallyPrecedes($1.term) { $0.value < $1.value } }
        var shards: [(key: [Unicode.Scalar], entries: ArraySlice<Entry>)] = []
        Self.shard(entries[...], depth: 2, into: &shards)
        for shard in shards {
            let rows = shard.entries.map { entry -> JSONValue in
                .array([.string(String(String.UnicodeScalarView(entry.term))), .string(entry.title), .string(entry.note), .string(entry.path)])
            }
            try context.output.write(JSONValue.array(rows).serialized(pretty: false), to: Self.file(of: shard.key))
        }
        let keys = shards.map { JSONValue.string(String(String.UnicodeScalarView($0.key))) }
        let manifest = JSONValue.object([("folder", .string(Self.folder + "/")), ("shards", .array(keys))])
        try context.output.write(manifest.serialized(pretty: false), to: Self.path)
        return SiteStepOutcome(count: entries.count, noun: "entry", plural: "entries")
    }

    /// The search terms of `text`: itself and what follows each separator, lowercased, at most 4.
    static func terms(_ text: String) -> [[Unicode.Scalar]] {
        let scalars = Array(text.lowercased().unicodeScalars)
        guard !scalars.isEmpty else { return [] }
        var terms = [scalars]
        for index in scalars.indices.dropLast() where terms.count < 4 {
            let isSeparator = !(scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]))
            if isSeparator, index + 1 < scalars.count { terms.append(Array(scalars[(index + 1)...])) }
        }
        return terms
    }

    /// Cuts sorted `entries` into shards by their first `depth` scalars, deeper where a shard
    /// would hold more than `shardLimit` (entries shorter than the key share the shorter key).
    private static func shard(
        _ entries: ArraySlice<Entry>, depth: Int, into shards: inout [(key: [Unicode.Scalar], entries: ArraySlice<Entry>)]
    ) {
        var start = entries.startIndex
        while start < entries.endIndex {
            let key = Array(entries[start].term.prefix(depth))
            var end = start
            while end < entries.endIndex && Array(entries[end].term.prefix(depth)) == key { end += 1 }
            let group = entries[start..<end]
            if group.count > shardLimit && group.contains(where: { $0.term.count > depth }) {
                let exact = group.prefix { $0.term.count <= depth }
                if !exact.isEmpty { shards.append((key, exact)) }
                shard(group[exact.endIndex...], depth: depth + 1, into: &shards)
            } else {
                shards.append((key, group))
            }
            start = end
        }
    }

    /// `search/<key as lowercase hexadecimal UTF-8>.json`.
    static func file(of key: [Unicode.Scalar]) -> String {
        let hex = String(String.UnicodeScalarView(key)).utf8.map { byte in
            (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }.joined()
        return "\(folder)/\(hex).json"
    }
}
