import Foundation
@testable import LotraceCore

/// `lotrace.json`: the same answer twice; settings read are written back (JSON) as text that
/// reads as the same settings.
enum ConfigHarness {
    /// What reading gave.
    enum Answer: Equatable {
        case settings(LotraceConfig)
        case refused(String)
    }

    static let harness = FuzzHarness(name: "config") { input in
        let answer = FuzzHarness.deterministic(input) { bytes -> Answer in
            do throws(ConfigError) {
                return .settings(try LotraceConfig.decode(Data(bytes), file: LotraceConfig.fileName))
            } catch {
                return .refused(error.description)
            }
        }
        guard case .settings(let config) = answer else { return }
        let written: Data
        do {
            written = try JSONEncoder().encode(config)
        } catch {
            FuzzHarness.require(false, "settings read cannot be written: \(error)")
            return
        }
        FuzzHarness.require(
            (try? LotraceConfig.decode(written, file: LotraceConfig.fileName)) == config, "settings do not read back as themselves")
    }
}
