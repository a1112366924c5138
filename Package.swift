// swift-tools-version: 6.0
import PackageDescription

// fu targets Linux (it calls Glibc directly); cmark comes from Debian's libcmark-dev.

let package = Package(
  name: "fu",
  products: [
    .executable(name: "fu", targets: ["fu"]),
    .library(name: "FuKit", targets: ["FuKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.6.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  targets: [
    // The CommonMark reference parser, from the system (Debian: libcmark-dev).
    .systemLibrary(
      name: "Ccmark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"])]
    ),
    // glibc's malloc settings (mallopt), which the Glibc module leaves out.
    .systemLibrary(name: "CMalloc"),
    // Everything fu knows: parsing, the model, the vault, editing, rendering.
    .target(
      name: "FuKit",
      dependencies: ["Ccmark", .product(name: "Yams", package: "Yams")]
    ),
    // The command line: flags, help and exit codes over FuKit.
    .executableTarget(
      name: "fu",
      dependencies: [
        "FuKit", "CMalloc", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // What both test targets share (a seeded random generator).
    .target(name: "FuTestSupport", path: "Tests/FuTestSupport"),
    .testTarget(name: "FuKitTests", dependencies: ["FuKit", "FuTestSupport"]),
    // Golden-file tests that run the built `fu` on fixture vaults.
    .testTarget(name: "FuCLITests", dependencies: ["fu", "FuKit", "FuTestSupport"]),
  ]
)
