import LotraceCore

extension IntegrityAudit {
    /// One line per finding, compiler style (`file:line: severity: rule: product lot location:
    /// detail`), then the number of findings per rule.
    public var text: String {
        var out = ""
        for finding in findings {
            let place = finding.file.map { file in finding.line.map { "\(file):\($0)" } ?? file } ?? "-"
            let subject = [finding.product, finding.lot, finding.location].compactMap { $0 }.joined(separator: " ")
            out += "\(place): \(finding.severity.rawValue): \(finding.rule.rawValue): \(subject.isEmpty ? "" : subject + ": ")\(finding.detail)\n"
        }
        let errors = findings.filter { $0.severity == .error }.count
        out += "\n\(findings.count) finding\(findings.count == 1 ? "" : "s") (\(errors) error\(errors == 1 ? "" : "s"), \(findings.count - errors) warning\(findings.count - errors == 1 ? "" : "s"))\n"
        var table = TextTable(["Rule", "Severity", "Findings"], rightAligned: [2])
        for (rule, count) in counts { table.append([rule.rawValue, rule.severity.rawValue, String(count)]) }
        return out + table.render()
    }
}
