// swift-tools-version: 6.0
import PackageDescription

// Data flows one way: files → parse → check (rules) → score → render → write.
// One module per stage; see docs/architecture in ../shared and README.md.
let package = Package(
    name: "Jixiao",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "jixiao", targets: ["jixiao"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", exact: "1.16.2"),
    ],
    targets: [
        .target(name: "JixiaoModel"),
        .target(name: "JixiaoParsing", dependencies: [
            "JixiaoModel",
            // For its CYaml module (libyaml), whose events YAMLComposer reads; Yams itself is not imported.
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "JixiaoRules", dependencies: ["JixiaoModel", "JixiaoParsing"]),
        .target(name: "JixiaoScoring", dependencies: ["JixiaoModel", "JixiaoRules", "JixiaoParsing"]),
        // HTML through our own small escaping builder: Plot 0.14 leaves attribute values unescaped.
        .target(name: "JixiaoSite", dependencies: ["JixiaoModel", "JixiaoRules", "JixiaoScoring"]),
        .target(name: "JixiaoBuild", dependencies: [
            "JixiaoModel", "JixiaoParsing", "JixiaoRules", "JixiaoScoring", "JixiaoSite",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .systemLibrary(name: "CInotifyTools", path: "Sources/CInotifyTools"),
        .target(name: "JixiaoWatch", dependencies: [
            "CInotifyTools",
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "jixiao", dependencies: [
            "JixiaoModel", "JixiaoParsing", "JixiaoRules", "JixiaoScoring", "JixiaoSite",
            "JixiaoBuild", "JixiaoWatch",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "JixiaoModelTests", dependencies: ["JixiaoModel"]),
        .testTarget(name: "JixiaoParsingTests", dependencies: ["JixiaoParsing", "JixiaoModel", "JixiaoTestSupport"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "JixiaoRulesTests", dependencies: ["JixiaoRules", "JixiaoParsing", "JixiaoModel", "JixiaoTestSupport"]),
        .testTarget(name: "JixiaoScoringTests", dependencies: ["JixiaoScoring", "JixiaoRules", "JixiaoParsing", "JixiaoModel"]),
        .testTarget(name: "JixiaoSiteTests", dependencies: ["JixiaoSite", "JixiaoBuild", "JixiaoRules", "JixiaoParsing", "JixiaoModel"]),
        // Test helpers more than one test target needs.
        .target(name: "JixiaoTestSupport", path: "Tests/JixiaoTestSupport"),
        .testTarget(name: "JixiaoBuildTests", dependencies: ["JixiaoBuild", "JixiaoModel", "JixiaoTestSupport"]),
        .testTarget(name: "JixiaoWatchTests", dependencies: ["JixiaoWatch", "JixiaoTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
