internal import CFuzzer
import Glibc

/// Runs libFuzzer on `oracle` (one of `FuzzOracle`'s, named `target` in its reports) with
/// the command line's options and inputs, and exits with its status. An input that breaks
/// the oracle stops the run, and libFuzzer keeps it as a crash.
public func runFuzzer(_ target: String, _ oracle: @escaping @Sendable ([UInt8]) -> [String])
  -> Never
{
  Fuzzed.target = target
  Fuzzed.oracle = oracle
  var argc = CommandLine.argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
  exit(
    LLVMFuzzerRunDriver(&argc, &argv) { data, count in
      let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
      let violations = Fuzzed.oracle(bytes)
      if !violations.isEmpty {
        let report = "fuzz \(Fuzzed.target): \(violations.joined(separator: "\n"))\n"
        _ = report.withCString { write(2, $0, strlen($0)) }
        abort()
      }
      return 0
    })
}

/// The target being fuzzed: a C callback captures nothing, so it reads them here. Set once
/// before libFuzzer starts, on its one thread.
private enum Fuzzed {
  nonisolated(unsafe) static var target = ""
  nonisolated(unsafe) static var oracle: @Sendable ([UInt8]) -> [String] = { _ in [] }
}
