/// Where audit rules report their findings (rules never throw; the caller decides what a finding
/// means for the exit code).
public struct AuditCollector: Sendable {
    public private(set) var findings: [AuditFinding] = []
    let dataset: Dataset

    init(dataset: Dataset) { self.dataset = dataset }

    /// Reports a finding.
    public mutating func report(_ finding: AuditFinding) { findings.append(finding) }

    /// Reports a finding about the move line at `index`: its file, line, product and lot.
    mutating func report(_ rule: AuditRuleID, line index: Int, location: LocationID?, detail: String) {
        let line = dataset.moveLines[index]
        report(
            AuditFinding(
                rule: rule, file: dataset.files[Int(line.file)].name, line: Int(line.line),
                product: dataset[line.product].key, lot: line.lot.map { dataset[$0].name },
                location: location.map { dataset[$0].fullName }, detail: detail, moveLine: index))
    }
}
