import Foundation

/// libFuzzer's driver (linked from `libclang_rt.fuzzer_no_main` by scripts/fuzz.sh).
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The harness libFuzzer calls; set once, before the driver starts.
nonisolated(unsafe) private var selected: FuzzHarness?

/// `lotrace-fuzz HARNESS [libFuzzer options and corpus folders]`: runs one harness under
/// libFuzzer (scripts/fuzz.sh builds and calls it).
@main
enum FuzzMain {
    static func main() {
        let arguments = CommandLine.arguments
        guard arguments.count > 1, let harness = FuzzHarness.all.first(where: { $0.name == arguments[1] }) else {
            let names = FuzzHarness.all.map(\.name).joined(separator: " ")
            FileHandle.standardError.write(Data("usage: lotrace-fuzz HARNESS [libFuzzer options] [CORPUS...]\nharnesses: \(names)\n".utf8))
            exit(64)
        }
        selected = harness
        // libFuzzer reads its own options: the harness name is taken out.
        var kept: [UnsafeMutablePointer<CChar>?] = [strdup(arguments[0])] + arguments.dropFirst(2).map { strdup($0) } + [nil]
        var argc = Int32(kept.count - 1)
        let status = kept.withUnsafeMutableBufferPointer { buffer in
            var argv = buffer.baseAddress
            return runFuzzerDriver(&argc, &argv) { data, size in
                let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
                selected?.run(bytes)
                return 0
            }
        }
        exit(status)
    }
}
