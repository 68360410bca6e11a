/// How one file's header maps onto a role's columns.
struct ColumnMapping: Sendable {
    /// Number of header fields (every record must have as many).
    var headerCount: Int
    /// Header index of each column key, indexed by the key's raw value (nil: absent).
    var indices: [Int?]
    /// Header names that are not columns of the role, in header order.
    var ignored: [String]
    /// Optional columns of the role the header lacks (their first header name).
    var missingOptional: [String]

    /// The header index of `key`, nil when the file has no such column.
    func index(_ key: ColumnKey) -> Int? { indices[key.rawValue] }

    /// The present columns as (key, header index), in key order.
    var presentColumns: [(key: ColumnKey, index: Int)] {
        ColumnKey.allCases.compactMap { key in index(key).map { (key, $0) } }
    }
}

/// Finds a file's role from its header and maps its columns (docs/input-rules.md rules 1, 2, 5).
enum HeaderPlacement {
    /// The outcome of placing a header.
    enum Outcome {
        case placed(Role, ColumnMapping)
        case refused(RefusalReason, String)
    }

    /// Places `header` in a role: the role is given (XML model) or found as the one whose
    /// required columns are all present and which recognises the most header names.
    static func place(header: [String], role forcedRole: Role? = nil) -> Outcome {
        var seen: [ExactText: Int] = [:]
        for (index, name) in header.enumerated() {
            if let first = seen[ExactText(name)] {
                return .refused(.duplicateColumn, "column \"\(name)\" appears twice (fields \(first + 1) and \(index + 1))")
            }
            seen[ExactText(name)] = index
        }
        let roles = forcedRole.map { [$0] } ?? Role.allCases
        let fits = roles.map { role in (role: role, fit: fit(header: header, role: role)) }
        let complete = fits.filter { $0.fit.missingRequired.isEmpty && $0.fit.recognised > 0 }
        let bestComplete = complete.max(by: { $0.fit.recognised < $1.fit.recognised })
        if let closest = fits.max(by: { $0.fit.recognised < $1.fit.recognised }),
            !closest.fit.missingRequired.isEmpty,
            closest.fit.recognised > (bestComplete?.fit.recognised ?? 0),
            closest.fit.recognised >= 2 || forcedRole != nil
        {
            let missing = closest.fit.missingRequired.map { "\"\($0)\"" }.joined(separator: ", ")
            let plural = closest.fit.missingRequired.count > 1 ? "s" : ""
            return .refused(
                .missingRequiredColumn,
                "reads as \(closest.role.rawValue) but lacks the required column\(plural) \(missing)")
        }
        if let best = bestComplete {
            let ties = complete.filter { $0.fit.recognised == best.fit.recognised }
            if ties.count > 1 {
                let names = ties.map(\.role.rawValue).joined(separator: ", ")
                return .refused(
                    .unplacedFile, "the header fits several roles equally (\(names)); add the columns that tell them apart")
            }
            return mapping(header: header, role: best.role)
        }
        return .refused(
            .unplacedFile,
            "the header matches no known export (move lines, lots, products, transfers, operation types, partners, locations)")
    }

    private struct Fit {
        var recognised: Int
        var missingRequired: [String]
    }

    private static func fit(header: [String], role: Role) -> Fit {
        let names = Set(header)
        let specs = RoleColumns.specs(for: role)
        let presentKeys = Set(specs.filter { $0.headers.contains(where: names.contains) }.map(\.key))
        var recognised = 0
        var missing: [String] = []
        for spec in specs {
            recognised += spec.headers.filter(names.contains).count
            let satisfied = presentKeys.contains(spec.key) || spec.alternative.map(presentKeys.contains) == true
            if spec.required && !satisfied { missing.append(spec.headers[0]) }
        }
        return Fit(recognised: recognised, missingRequired: missing)
    }

    private static func mapping(header: [String], role: Role) -> Outcome {
        var indices = [Int?](repeating: nil, count: ColumnKey.allCases.count)
        var claimed = Set<Int>()
        var missingOptional: [String] = []
        for spec in RoleColumns.specs(for: role) {
            let matches = header.indices.filter { spec.headers.contains(header[$0]) }
            if matches.count > 1 {
                let names = matches.map { "\"\(header[$0])\"" }.joined(separator: " and ")
                return .refused(.duplicateColumn, "\(names) both name the \(spec.headers[0]) column")
            }
            if let index = matches.first {
                indices[spec.key.rawValue] = index
                claimed.insert(index)
            } else if !spec.required, !spec.headers.contains(where: { $0.hasSuffix("/id") || $0.hasSuffix("/External ID") }) {
                missingOptional.append(spec.headers[0])
            }
        }
        let ignored = header.indices.filter { !claimed.contains($0) }.map { header[$0] }
        return .placed(
            role,
            ColumnMapping(headerCount: header.count, indices: indices, ignored: ignored, missingOptional: missingOptional))
    }
}
