// swift-tools-version:6.0
// seedance: video generation as code. See README.md for the layout; each library below
// depends only on the ones listed before it.
import PackageDescription

let package = Package(
    name: "seedance",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "seedance", targets: ["seedance"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // libyaml from the system: Debian `libyaml-dev`, Homebrew `libyaml`.
        .systemLibrary(
            name: "CYAML",
            path: "Sources/CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev", "pkg-config"]), .brew(["libyaml", "pkg-config"])]
        ),
        // libcurl, opened with dlopen only when apply/status talk to the API, so that
        // `seedance lint` does not pay for loading it (8 ms per process, measured).
        .target(name: "CCurl", path: "Sources/CCurl", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),

        // 1. Source files, positions and the diagnostic model.
        .target(name: "SeedanceDiagnostics", path: "Sources/Diagnostics"),
        // 2. The YAML front end: libyaml events -> AST with spans.
        .target(name: "SeedanceYAML", dependencies: ["CYAML", "SeedanceDiagnostics"], path: "Sources/YAML"),
        // 3. The spec model (shots, storyboards, media) and the model capability table.
        .target(name: "SeedanceSpec", dependencies: ["SeedanceYAML"], path: "Sources/Spec"),
        // 4. The rules and the lint driver.
        .target(name: "SeedanceRules", dependencies: ["SeedanceSpec"], path: "Sources/Rules"),
        // 5. The emitter: request bodies and request hashes (`seedance build`).
        .target(name: "SeedanceEmitter", dependencies: ["SeedanceRules"], path: "Sources/Emitter"),
        // 6. The API client, the state file and the apply engine.
        .target(name: "SeedanceApply", dependencies: ["SeedanceEmitter", "CCurl"], path: "Sources/Apply"),
        // 7. Output formats for diagnostics.
        .target(name: "SeedanceFormats", dependencies: ["SeedanceRules", "SeedanceEmitter"], path: "Sources/Formats"),
        // 8. The commands; the executable is a few lines over them.
        .target(
            name: "SeedanceCLI",
            dependencies: [
                "SeedanceApply", "SeedanceFormats",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/CLI"
        ),
        .executableTarget(
            name: "seedance",
            dependencies: ["SeedanceCLI"],
            path: "Sources/seedance",
            // A statically linked Swift runtime starts in 2.7 ms instead of 6.3 ms
            // (measured on the project machine); lint runs on every commit.
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-Xlinker", "-l_FoundationCollections", "-Xlinker", "-l_FoundationCShims", "-Xlinker", "-lswiftSynchronization"], .when(platforms: [.linux]))]
        ),
        .testTarget(
            name: "SeedanceTests",
            dependencies: ["SeedanceCLI"],
            path: "Tests/SeedanceTests"
        ),
        .testTarget(name: "ApplyTests", dependencies: ["SeedanceApply"], path: "Tests/ApplyTests", exclude: []),
    ]
)
