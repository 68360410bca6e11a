@testable import LotraceCore
import LotraceDiagnostics

/// The checks every harness that loads an in-memory folder makes: the same files give the same
/// dataset twice, every file's rows add up (read = used + skipped + rejected), and every
/// rejection's and refusal's position lies inside the file it names.
enum LoadCheck {
    /// Loads `files` twice and checks the outcome; `inside(file, position)` tells whether a
    /// position of the file named `file` lies inside it.
    static func check(_ files: [InputData], schemas: String? = nil, inside: (String, SourcePosition) -> Bool) {
        let loader = DatasetLoader(schemasDirectory: schemas)
        let first = loader.load(files: files)
        let second = loader.load(files: files)
        FuzzHarness.require(summary(first) == summary(second), "two loads of the same files differ:\n\(summary(first))\n\(summary(second))")
        let names = Set(files.map(\.name))
        for file in first.files {
            FuzzHarness.require(
                file.read == file.used + file.skipped + file.rejected.count,
                "\(file.name): \(file.read) rows read, but \(file.used) used + \(file.skipped) skipped + \(file.rejected.count) rejected")
            FuzzHarness.require(file.skipReasons.values.reduce(0, +) == file.skipped, "\(file.name): skip reasons do not add up to \(file.skipped)")
            for rejection in file.rejected {
                FuzzHarness.require(rejection.position.line >= 1, "\(file.name): rejection without a line: \(rejection)")
                FuzzHarness.require(
                    inside(file.name, rejection.position), "\(file.name): rejection outside the file: \(rejection.position) \(rejection.message)")
            }
        }
        for refusal in first.refusals where names.contains(refusal.position.file) {
            FuzzHarness.require(
                inside(refusal.position.file, refusal.position), "refusal outside the file: \(refusal.position) \(refusal.message)")
        }
    }

    /// The dataset as text: each file's accounting and diagnostics, the refusals, the records'
    /// counts.
    static func summary(_ dataset: Dataset) -> String {
        var lines = dataset.files.map { file in
            "\(file.name) \(file.format.rawValue) \(file.roles.map(\.rawValue)) read \(file.read) used \(file.used) skipped \(file.skipped) "
                + "\(file.skipReasons.sorted { $0.key < $1.key }) notes \(file.notes) sheet \(file.sheet ?? "-") "
                + file.rejected.map { "\n  \($0.position) \($0.reason.rawValue) \($0.message)" }.joined()
        }
        lines += dataset.refusals.map { "refused \($0)" }
        lines.append(
            "products \(dataset.products.count) lots \(dataset.lots.count) locations \(dataset.locations.count) "
                + "partners \(dataset.partners.count) types \(dataset.operationTypes.count) transfers \(dataset.transfers.count) "
                + "lines \(dataset.moveLines.count) pending \(dataset.pendingMoveLines.count) links \(dataset.consumedBy.count)")
        return lines.joined(separator: "\n")
    }
}
