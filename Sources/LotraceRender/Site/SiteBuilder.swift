import Foundation
import LotraceCore

/// Runs the site steps into a staging folder next to the output and swaps it in only when
/// every step succeeded: a failed or killed build leaves the previous site as it was.
public struct SiteBuilder: Sendable {
    /// The output folder ("output").
    public let output: String
    public let steps: [any SiteStep]

    /// A builder writing `steps` into `output`.
    public init(output: String, steps: [any SiteStep] = SiteSteps.all) {
        self.output = output
        self.steps = steps
    }

    /// The templates every step needs, without repeats, in step order.
    public var requiredTemplates: [String] {
        var seen = Set<String>()
        return steps.flatMap(\.templates).filter { seen.insert($0).inserted }
    }

    /// Builds the site of `dataset` as of `asOf`, holding `lock` (the output folder's, taken by
    /// the caller before it loaded the data), else taking the lock itself.
    /// `inputs`, the digest of the data folder's files, lets a build of unchanged data keep the
    /// pages whose moment key did not change without making them (`FolderWriter.reuse`), and a
    /// build of the same inputs as of the same moment keep the whole site as it is; without it
    /// every page is made and compared.
    /// - Throws: `TemplateError` when the templates fail the lint, `OutputError` when another
    ///   run holds the lock, the output folder may not be replaced or a step failed (its
    ///   message names the step).
    public func build(
        dataset: Dataset, config: LotraceConfig, asOf: LocalDateTime, templates: TemplateLibrary,
        reporter: SiteReporter, inputs: ContentDigest? = nil, lock: OutputLock? = nil
    ) throws -> SiteSummary {
        let started = ContinuousClock.now
        try templates.lint(required: requiredTemplates)
        let folder = AtomicFolder(path: output)
        let held = try lock ?? OutputLock(guarding: output)
        precondition(held.folder == folder.path, "the lock of \(held.folder) does not guard \(folder.path)")
        defer { if lock == nil { held.release() } }
        try folder.checkReplaceable()
        try folder.prepareStaging()
        let siteOutput = FolderWriter(folder: folder.staging, previous: folder.exists ? folder.path : nil)
        do {
            if let inputs {
                var hasher = DigestHasher()
                hasher.combine(LotraceVersion.string)
                hasher.combine(inputs)
                hasher.combine(templates.digest)
                for step in steps { hasher.combine(step.title) }
                siteOutput.declare(hasher.finalize(), asOf: asOf.seconds)
                if siteOutput.previousIsCurrent {
                    folder.discardStaging()
                    let (files, bytes) = siteOutput.previousFiles
                    reporter.note("the site is current: same data, templates and as-of as the build that wrote it; nothing to write")
                    return SiteSummary(
                        folder: folder.path, files: files, rendered: [], reused: files, removed: 0, unchanged: files, bytes: bytes,
                        seconds: Self.seconds(since: started))
                }
            }
            let context = SiteContext(
                dataset: dataset, config: config, asOf: asOf, templates: templates, output: siteOutput,
                sections: steps.compactMap(\.section), progress: reporter.progress)
            for (number, step) in steps.enumerated() {
                let title = "[\(number + 1)/\(steps.count)] \(step.title)"
                reporter.start(title)
                let clock = ContinuousClock.now
                let outcome: SiteStepOutcome
                do {
                    outcome = try step.run(in: context)
                } catch {
                    throw OutputError("\(title) failed: \(error)")
                }
                context.record(outcome, of: step.title)
                reporter.finish(title, outcome: outcome, seconds: Self.seconds(since: clock))
            }
            try siteOutput.writeManifest()
            try folder.swap(topLevel: siteOutput.topLevelNames)
        } catch {
            folder.discardStaging()
            throw error
        }
        return SiteSummary(
            folder: folder.path, files: siteOutput.count, rendered: siteOutput.produced, reused: siteOutput.reused,
            removed: siteOutput.removed, unchanged: siteOutput.unchanged, bytes: siteOutput.bytes,
            seconds: Self.seconds(since: started))
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        (ContinuousClock.now - start).inSeconds
    }
}

/// What a build wrote.
public struct SiteSummary: Sendable, Hashable, CustomStringConvertible {
    /// The site folder (absolute).
    public var folder: String
    /// Files written (pages, assets, indexes), the marker and manifest not counted.
    public var files: Int
    /// Of those, the files this build made (rendered, or written as data), sorted.
    public var rendered: [String]
    /// Of those, reused from the previous site without being made again: their inputs' digest
    /// did not change.
    public var reused: Int
    /// Files of the previous site this build did not write (deleted with it).
    public var removed: Int
    /// Files kept from the previous site with their modification time (reused, or made again
    /// with the same bytes).
    public var unchanged: Int
    public var bytes: Int
    public var seconds: Double

    /// "site written to /srv/output: 3,120 files (20 rendered, 3,100 reused, 2 removed; 3,110
    /// unchanged), 18.4 MB in 2.31 s (1,351 files/s)".
    public var description: String {
        let rate = seconds > 0 ? Int(Double(files) / seconds) : files
        return "site written to \(folder): \(DisplayFormat.count(files, "file")) (\(DisplayFormat.grouped(rendered.count)) rendered, "
            + "\(DisplayFormat.grouped(reused)) reused, \(DisplayFormat.grouped(removed)) removed; \(DisplayFormat.grouped(unchanged)) unchanged), "
            + String(format: "%.1f MB in %.2f s", Double(bytes) / 1_000_000, seconds) + " (\(DisplayFormat.grouped(rate)) files/s)"
    }
}
