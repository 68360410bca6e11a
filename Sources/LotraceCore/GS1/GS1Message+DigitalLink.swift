extension GS1Message {
    /// The message as a GS1 Digital Link URI on `domain` (`https://id.gs1.org`, a path stem
    /// allowed): the first primary key in the path, then its key qualifiers that the message
    /// holds, in the dictionary's order (`/01/<GTIN>/10/<lot>`, `/21/<serial>`), every other
    /// element a query parameter in message order (`?17=251231`); an element repeated with the
    /// same value is written once. Values are percent-encoded; `GS1DigitalLink.parse` reads the
    /// URI back to the same elements.
    /// - Returns: nil when the message holds no primary key.
    public func digitalLink(domain: String) -> String? {
        var seen: Set<String> = []
        let elements = elements.filter { seen.insert($0.ai + "\u{0}" + $0.value).inserted }
        guard let key = elements.first(where: { $0.definition.primaryKey != nil }),
            let lists = key.definition.primaryKey
        else { return nil }
        let present = Set(elements.map(\.ai))
        let qualifiers = lists.max { a, b in a.filter(present.contains).count < b.filter(present.contains).count } ?? []
        let path = [key] + qualifiers.compactMap { ai in elements.first { $0.ai == ai } }
        let inPath = Set(path.map(\.ai))
        let query = elements.filter { !inPath.contains($0.ai) }
        var uri = domain.hasSuffix("/") ? String(domain.dropLast()) : domain
        for element in path { uri += "/\(element.ai)/" + GS1PercentEncoding.escape(element.value.utf8, in: .path) }
        if !query.isEmpty {
            uri += "?" + query.map { "\($0.ai)=" + GS1PercentEncoding.escape($0.value.utf8, in: .query) }.joined(separator: "&")
        }
        return uri
    }
}
