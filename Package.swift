// swift-tools-version: 6.2
import PackageDescription

/// Warnings are errors in Lotrace's own targets.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "Lotrace",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "lotrace", targets: ["lotrace"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Where things stand in inputs (`SourcePosition`) and problems found there (`Diagnostic`).
        .target(name: "LotraceDiagnostics", swiftSettings: strict),
        .target(name: "LotraceXML", dependencies: ["CLibXML2", "LotraceDiagnostics"], swiftSettings: strict),
        // zlib's raw inflate, for pulling a workbook's parts out of their ZIP archive in chunks.
        .systemLibrary(name: "CZlibInflate", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // libzint ships no pkg-config file: the module map links "zint" itself.
        .systemLibrary(name: "CZint", providers: [.apt(["libzint-dev"])]),
        .target(name: "LotraceBarcode", dependencies: ["CZint"], swiftSettings: strict),
        // renameat2(RENAME_EXCHANGE), which Swift's Glibc module does not declare.
        .systemLibrary(name: "CFolderExchange"),
        .target(
            name: "LotraceCore",
            dependencies: [
                "LotraceDiagnostics", "LotraceXML", "CZlibInflate", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strict),
        .target(name: "LotraceSamples", dependencies: ["LotraceCore"], swiftSettings: strict),
        .target(
            name: "LotraceRender",
            dependencies: ["LotraceDiagnostics", "LotraceCore", "LotraceXML", "LotraceBarcode", "CFolderExchange"],
            swiftSettings: strict),
        .executableTarget(
            name: "lotrace",
            dependencies: [
                "LotraceCore", "LotraceSamples", "LotraceRender", "LotraceXML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "LotraceXMLTests", dependencies: ["LotraceXML"],
            resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(
            name: "LotraceCoreTests",
            dependencies: [
                "LotraceCore", "LotraceSamples", "LotraceRender", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(
            name: "LotraceRenderTests", dependencies: ["LotraceRender"], exclude: ["Golden"], swiftSettings: strict),
        .testTarget(
            name: "LotraceBarcodeTests", dependencies: ["LotraceBarcode", "LotraceTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "LotraceCLITests", dependencies: ["lotrace", "LotraceTestSupport"], exclude: ["Fixtures"],
            swiftSettings: strict),
        // Helpers the test targets share (running programs); not part of the product.
        .target(name: "LotraceTestSupport", path: "Tests/Support", swiftSettings: strict),
    ]
)

// The fuzzing harnesses (Tests/Fuzz, run by scripts/fuzz.sh), declared only when LOTRACE_FUZZ is
// set: they link libFuzzer and need the library targets compiled for testing and with coverage,
// which a normal build does not have.
if Context.environment["LOTRACE_FUZZ"] != nil {
    package.targets.append(
        .executableTarget(
            name: "lotrace-fuzz", dependencies: ["LotraceCore", "LotraceRender", "LotraceDiagnostics"],
            path: "Tests/Fuzz/Harnesses", swiftSettings: strict))
}
