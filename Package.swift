// swift-tools-version: 6.0
// Fordeling: exact, reconciled cost-allocation sheets for Danish municipal finance.
// No package dependencies: the Swift toolchain only (standard library, Foundation, Swift Testing).
import PackageDescription

let package = Package(
    name: "Fordeling",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "fordel", targets: ["fordel"]),
        .library(name: "FordelingCore", targets: ["FordelingCore"]),
        .library(name: "FordelingFormats", targets: ["FordelingFormats"]),
    ],
    targets: [
        // Pure computation: exact amounts, apportionment, rules, sheets, reconciliation. No I/O.
        .target(name: "FordelingCore"),
        // Text in and out: decoding, CSV, Danish numbers, the definition format, renderers, files.
        .target(name: "FordelingFormats", dependencies: ["FordelingCore"]),
        // The thin command-line interface.
        .executableTarget(name: "fordel", dependencies: ["FordelingCore", "FordelingFormats"]),
        // Helpers shared by the test targets (a seeded random generator, paths of the repository, fuzz targets).
        .target(name: "FordelingTestSupport", dependencies: ["FordelingFormats"], path: "Tests/Support"),
        .testTarget(name: "FordelingCoreTests", dependencies: ["FordelingCore", "FordelingTestSupport"]),
        .testTarget(name: "FordelingFormatsTests", dependencies: ["FordelingFormats", "FordelingTestSupport"]),
        .testTarget(name: "FordelEndToEndTests", dependencies: ["fordel", "FordelingFormats", "FordelingTestSupport"]),
    ]
)
