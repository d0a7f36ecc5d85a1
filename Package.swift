// swift-tools-version: 6.0
import PackageDescription

let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Kopru",
    platforms: [.macOS(.v14)],
    products: [
        .library(
            name: "Kopru",
            targets: [
                "Kopru", "PublicationCore", "XMLSource", "FormatReaders", "Pairing", "QualityChecks", "Project", "Assembly",
                "Exchange",
            ]),
        .executable(name: "kopru", targets: ["kopru"]),
        .executable(name: "kopru-preview", targets: ["kopru-preview"]),
    ],
    dependencies: [
        // The command line: subcommands, --help, validation and exit codes.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The manifest (kopru.yaml) is YAML.
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
        // EPUB, Word (.docx) and OpenDocument (.odt) are ZIP containers.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        // `kopru preview`: a small HTTP server on loopback that serves the publication and reloads it.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Linux system calls that Swift's Glibc module does not expose (renameat2).
        .target(name: "CSystem"),
        .target(name: "PublicationCore", swiftSettings: strict),
        .target(name: "XMLSource", dependencies: ["CLibXML2", "PublicationCore"], swiftSettings: strict),
        .target(
            name: "FormatReaders",
            dependencies: ["XMLSource", "PublicationCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strict
        ),
        // Pairing an original with its translation: blocks, sentences, sentence alignment, text utilities.
        .target(name: "Pairing", dependencies: ["PublicationCore"], swiftSettings: strict),
        // The QA checks on paired segments, and the glossary they use.
        .target(name: "QualityChecks", dependencies: ["Pairing", "XMLSource", "PublicationCore"], swiftSettings: strict),
        // A project on disk: the manifest, the lock file, loading a publication, the check report, and
        // writing into the project safely (protected places, atomic files and folders, the project lock,
        // interrupts and child processes).
        .target(
            name: "Project",
            dependencies: [
                "CSystem", "FormatReaders", "Pairing", "QualityChecks", "PublicationCore",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict
        ),
        // The writers: HTML, EPUB and PDF.
        .target(
            name: "Assembly",
            dependencies: [
                "Pairing", "Project", "FormatReaders", "PublicationCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strict
        ),
        // Exporting what is missing as XLIFF, importing translations back, TMX.
        .target(
            name: "Exchange",
            dependencies: ["Pairing", "FormatReaders", "Project", "XMLSource", "PublicationCore"],
            swiftSettings: strict
        ),
        .target(
            name: "Commands",
            dependencies: [
                "Assembly", "Pairing", "QualityChecks", "Exchange", "FormatReaders", "Project", "PublicationCore", "XMLSource",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // The HTTP server behind `kopru preview`, an executable of its own (`kopru-preview`, which
        // `kopru preview` runs in its place), so that `kopru` itself links no HTTP stack: FlyingFox
        // brings FoundationNetworking and with it libcurl and two dozen libraries that every other
        // command would load at start.
        .target(
            name: "PreviewServer",
            dependencies: [
                "Commands", "Assembly", "Project", "PublicationCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ],
            swiftSettings: strict,
            // FlyingFox brings FoundationNetworking, whose static library (in the release build, which links
            // the Swift libraries statically) calls libcurl without naming it; the shared one of the debug and
            // test builds names it already.
            linkerSettings: [.linkedLibrary("curl", .when(platforms: [.linux], configuration: .release))]
        ),
        .executableTarget(name: "kopru-preview", dependencies: ["PreviewServer"], swiftSettings: strict),
        // The umbrella: `import Kopru` re-exports the library's modules.
        .target(
            name: "Kopru",
            dependencies: ["Pairing", "QualityChecks", "Assembly", "Exchange", "FormatReaders", "Project", "PublicationCore"],
            swiftSettings: strict),
        .executableTarget(name: "kopru", dependencies: ["Commands"], swiftSettings: strict),
        // The sentence aligner's evaluation (NTREX loader, perturbations, scoring) and its benchmark
        // tool `kopru-bench-align`, used by `make bench` and the evaluation test; not part of the library.
        .target(name: "AlignmentEvaluation", dependencies: ["Pairing", "PublicationCore", "TestSupport"], swiftSettings: strict),
        .executableTarget(
            name: "kopru-bench-align",
            dependencies: ["AlignmentEvaluation", "Pairing", "PublicationCore", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/kopru-bench-align", swiftSettings: strict),
        // libFuzzer targets, one per reader (scripts/fuzz.sh, `make fuzz`). A normal build makes them
        // replay tools; built with -DFUZZING -sanitize=fuzzer,address, libFuzzer drives them.
        .target(name: "FuzzDriver", dependencies: ["FormatReaders", "PublicationCore"], path: "Fuzz/FuzzDriver", swiftSettings: strict),
        .executableTarget(name: "FuzzXLIFF12", dependencies: ["FuzzDriver"], path: "Fuzz/FuzzXLIFF12", swiftSettings: strict),
        .executableTarget(name: "FuzzXLIFF2", dependencies: ["FuzzDriver"], path: "Fuzz/FuzzXLIFF2", swiftSettings: strict),
        .executableTarget(name: "FuzzDocBook", dependencies: ["FormatReaders", "FuzzDriver"], path: "Fuzz/FuzzDocBook", swiftSettings: strict),
        .executableTarget(name: "FuzzWord", dependencies: ["FormatReaders", "FuzzDriver"], path: "Fuzz/FuzzWord", swiftSettings: strict),
        .executableTarget(name: "FuzzManifest", dependencies: ["Project", "FuzzDriver"], path: "Fuzz/FuzzManifest", swiftSettings: strict),
        .target(name: "TestSupport", dependencies: ["PublicationCore"], swiftSettings: strict),
        .testTarget(name: "PublicationCoreTests", dependencies: ["PublicationCore", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "XMLSourceTests", dependencies: ["XMLSource", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "FormatReadersTests",
            dependencies: [
                "FormatReaders", "PublicationCore", "TestSupport", "XMLSource", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(name: "KopruTests", dependencies: ["Kopru", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "ProjectTests", dependencies: [
            "Project", "Pairing", "FormatReaders", "PublicationCore", "TestSupport",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], swiftSettings: strict),
        .testTarget(
            name: "PairingTests", dependencies: ["Pairing", "AlignmentEvaluation", "FormatReaders", "PublicationCore", "TestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "QualityChecksTests",
            dependencies: ["QualityChecks", "Pairing", "FormatReaders", "Project", "PublicationCore", "TestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "AlignmentEvaluationTests", dependencies: ["AlignmentEvaluation", "Pairing", "FormatReaders", "TestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "AssemblyTests",
            dependencies: ["Assembly", "Pairing", "Project", "PublicationCore", "TestSupport"],
            resources: [.copy("Golden")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ExchangeTests",
            dependencies: [
                "Exchange", "Assembly", "FormatReaders", "Pairing", "Project", "PublicationCore", "XMLSource", "TestSupport",
            ],
            exclude: ["Transcripts"],
            swiftSettings: strict),
        .testTarget(
            name: "CommandsTests", dependencies: ["Commands", "Pairing", "Project", "TestSupport"], exclude: ["Transcripts", "Fixtures", "ReviewSet"],
            swiftSettings: strict),
    ]
)
