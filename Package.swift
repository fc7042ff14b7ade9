// swift-tools-version: 6.0
// Fordeling: exact, reconciled cost-allocation sheets for Danish municipal finance.
// No package dependencies: the Swift toolchain only (standard library, Foundation, Swift Testing).
import PackageDescription

// The SHA-256 instructions module is compiled for x86-64's SHA extensions (and SSE4.1, which they come with);
// it runs only on CPUs that report them.
#if arch(x86_64)
let shaExtensions: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-msha", "-Xcc", "-msse4.1"])]
#else
let shaExtensions: [SwiftSetting] = []
#endif

let package = Package(
    name: "Fordeling",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "fordel", targets: ["fordel"]),
        .library(name: "FordelingCore", targets: ["FordelingCore"]),
        .library(name: "FordelingFormats", targets: ["FordelingFormats"]),
        .library(name: "FordelingSystem", targets: ["FordelingSystem"]),
    ],
    // Data flows one way: Inputs/ → FordelingSystem (load) → FordelingFormats (read) → FordelingCore (model, allocate,
    // reconcile, audit, scenarios) → FordelingFormats (present, write) → FordelingSystem (the outputs folder) → Outputs/.
    targets: [
        // Pure computation: exact amounts, the apportionment kernel, the model, sheets, audit, scenarios, the batch. No I/O.
        .target(name: "FordelingCore"),
        // Text in and out, pure: decoding, CSV and workbooks, Danish numbers, the readers of every input; the Danish presentation and
        // the writers.
        .target(name: "FordelingFormats", dependencies: ["FordelingCore", "ZIPArchive", "XMLScanner"]),
        // The I/O shell: reading input files within limits, loading an inputs folder, the outputs folder (lock, ownership,
        // atomic swap), SHA-256 of the inputs, work spread over the cores.
        .target(name: "FordelingSystem", dependencies: ["FordelingCore", "FordelingFormats", "SHA256Instructions"]),
        // `split --output` over any number of parties: the key read from bytes on every core, streamed to CSV.
        .target(name: "FordelingStreaming", dependencies: ["FordelingCore", "FordelingFormats", "FordelingSystem"]),
        // SHA-256 on the CPU's SHA instructions, where it has them (the input files' digests).
        .target(name: "SHA256Instructions", swiftSettings: shaExtensions),
        // ZIP archives (reading and writing) and DEFLATE decompression, for .xlsx workbooks. Bytes in, values out.
        .target(name: "ZIPArchive"),
        // A pull tokenizer for the XML inside .xlsx workbooks. Bytes in, tokens out.
        .target(name: "XMLScanner"),
        // The thin command-line interface.
        .executableTarget(name: "fordel", dependencies: ["FordelingCore", "FordelingFormats", "FordelingSystem", "FordelingStreaming"]),
        // Helpers shared by the test targets (a seeded random generator, paths of the repository, fuzz targets).
        .target(name: "FordelingTestSupport", dependencies: ["FordelingFormats", "ZIPArchive", "XMLScanner"], path: "Tests/Support"),
        .testTarget(name: "FordelingCoreTests", dependencies: ["FordelingCore", "FordelingFormats", "FordelingTestSupport"]),
        .testTarget(name: "FordelingFormatsTests", dependencies: ["FordelingFormats", "FordelingTestSupport"]),
        .testTarget(name: "FordelingSystemTests", dependencies: ["FordelingSystem", "SHA256Instructions", "FordelingTestSupport"]),
        .testTarget(name: "FordelingStreamingTests", dependencies: ["FordelingStreaming", "FordelingTestSupport"]),
        .testTarget(name: "ZIPArchiveTests", dependencies: ["ZIPArchive", "FordelingTestSupport"]),
        .testTarget(name: "XMLScannerTests", dependencies: ["XMLScanner", "ZIPArchive", "FordelingTestSupport"]),
        // The whole pipeline in process, on the real inputs: the seeds reproduced and audited, the generated sweep.
        .testTarget(name: "FordelingPipelineTests", dependencies: ["FordelingSystem", "FordelingTestSupport"]),
        .testTarget(name: "FordelEndToEndTests", dependencies: ["fordel", "FordelingFormats", "FordelingTestSupport"]),
    ]
)
