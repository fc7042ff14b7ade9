import Foundation

/// The libFuzzer entry point: `FUZZ_TARGET` (csv, numbers, definitions, scenarios or approved) chooses
/// which of `FuzzTargets` each input goes to. Built and run by Tests/Fuzz/fuzz.sh (`make fuzz`).
let target = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "csv"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTargets.run(target, Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
