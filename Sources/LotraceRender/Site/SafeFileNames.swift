/// Turns user-controlled names (lot names, references) into file names that are safe on every
/// file system and unique within one output folder: `../../etc/x`, `A/B`, `CON`, a trailing dot
/// or 300 characters all become ordinary, distinct file names; the same name always maps to the
/// same file within one run (first come, first served for collisions).
public struct SafeFileNames: Sendable {
    private var taken: [String: String] = [:]
    private var used: Set<String> = []

    public init() {}

    /// The file name for `name` with `suffix` (".html"), reserved for it.
    public mutating func name(for name: String, suffix: String) -> String {
        let key = name + "\u{0}" + suffix
        if let known = taken[key] { return known }
        let candidate = reserve(name, suffix: suffix)
        taken[key] = candidate
        return candidate
    }

    /// A file name for `name` with `suffix` that no other call returns, not even
    /// `name(for:suffix:)` of the same name (pages of the site's own, named like data might be:
    /// a month "2025-03" beside a transfer of that reference).
    public mutating func reserve(_ name: String, suffix: String) -> String {
        let base = Self.sanitised(name)
        var candidate = base + suffix
        var folded = candidate.lowercased()
        var counter = 2
        while used.contains(folded) {
            candidate = "\(base)-\(counter)\(suffix)"
            folded = candidate.lowercased()
            counter += 1
        }
        used.insert(folded)
        return candidate
    }

    /// Letters, digits, `-` and `_` kept (ASCII), everything else as `_`; never empty, never a
    /// Windows device name, at most 80 characters.
    static func sanitised(_ name: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(name.utf8.count, 80))
        for scalar in name.unicodeScalars.prefix(80) {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": bytes.append(UInt8(scalar.value))
            default: bytes.append(UInt8(ascii: "_"))
            }
        }
        if bytes.isEmpty { bytes = [UInt8(ascii: "_")] }
        let out = String(decoding: bytes, as: UTF8.self)
        if bytes.count <= 4, reserved.contains(out.uppercased()) { return "_" + out }
        return out
    }

    private static let reserved = Set(["CON", "PRN", "AUX", "NUL"] + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] })
}
