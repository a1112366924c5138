// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets over FuKit's readers and `fu log`'s planner. They only link with the
// fuzzer's instrumentation (-sanitize=fuzzer brings the driver each `main` calls): run
// them with scripts/fuzz-coverage. The oracles are the tests' own (Tests/FuKitTests/Support,
// linked into FuzzChecks).

let package = Package(
  name: "FuFuzz",
  dependencies: [.package(name: "fu", path: "..")],
  targets: [
    .target(name: "CFuzzer"),
    .target(name: "FuzzChecks", dependencies: ["CFuzzer", .product(name: "FuKit", package: "fu")]),
  ]
    + ["FuzzFrontMatter", "FuzzLogPlanner", "FuzzVCard", "FuzzCSV"].map { name in
      .executableTarget(name: name, dependencies: ["FuzzChecks"])
    }
)
