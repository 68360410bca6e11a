/// Reads a CSV file's header and detects its delimiter (`,` `;` or tab): the one under which the
/// header names the most known columns, then the one giving the most fields.
enum CSVHeader {
    static let delimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]

    /// The delimiter and header names; nil when the header's quoting is broken.
    static func read(_ bytes: [UInt8]) -> (UInt8, [String])? {
        var best: (delimiter: UInt8, names: [String], known: Int)?
        for delimiter in delimiters {
            guard let names = names(bytes, delimiter: delimiter) else { continue }
            let known = names.filter(knownNames.contains).count
            if best == nil || known > best!.known || (known == best!.known && names.count > best!.names.count) {
                best = (delimiter, names, known)
            }
        }
        return best.map { ($0.delimiter, $0.names) }
    }

    private static func names(_ bytes: [UInt8], delimiter: UInt8) -> [String]? {
        bytes.withUnsafeBufferPointer { whole in
            var tokenizer = CSVTokenizer(buffer: UnsafeBufferPointer(rebasing: whole.prefix(64 * 1024)), delimiter: delimiter)
            guard case .record = tokenizer.next() else { return nil }
            let record = tokenizer.record
            return tokenizer.fields.map { String(decoding: record[$0.start..<$0.end], as: UTF8.self) }
        }
    }

    /// Every header name of every role, in every language.
    static let knownNames: Set<String> = Set(Role.allCases.flatMap { RoleColumns.specs(for: $0).flatMap(\.headers) })
        .union(OdooLabels.shared.usesByHeader.keys)
}
