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
            name: "Kopru", targets: ["Kopru", "PublicationCore", "XMLSource", "FormatReaders", "Alignment", "Project", "Assembly", "Exchange"]),
        .executable(name: "kopru", targets: ["kopru"]),
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
        .target(name: "Alignment", dependencies: ["FormatReaders", "PublicationCore"], swiftSettings: strict),
        // Writing into a project safely: protected places, atomic files and folders, the project lock,
        // interrupts and child processes.
        .target(name: "Project", dependencies: ["CSystem", "PublicationCore"], swiftSettings: strict),
        .target(
            name: "Assembly",
            dependencies: [
                "Alignment", "Project", "FormatReaders", "PublicationCore",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "Exchange",
            dependencies: ["Alignment", "Assembly", "FormatReaders", "Project", "XMLSource", "PublicationCore"],
            swiftSettings: strict
        ),
        .target(
            name: "Commands",
            dependencies: [
                "Assembly", "Alignment", "Exchange", "FormatReaders", "Project", "PublicationCore", "XMLSource",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ],
            swiftSettings: strict
        ),
        // The umbrella: `import Kopru` re-exports the library's modules.
        .target(
            name: "Kopru", dependencies: ["Alignment", "Assembly", "Exchange", "FormatReaders", "Project", "PublicationCore"],
            swiftSettings: strict),
        .executableTarget(name: "kopru", dependencies: ["Commands"], swiftSettings: strict),
        // libFuzzer targets, one per reader (scripts/fuzz.sh, `make fuzz`). A normal build makes them
        // replay tools; built with -DFUZZING -sanitize=fuzzer,address, libFuzzer drives them.
        .executableTarget(name: "FuzzXLIFF12", dependencies: ["FormatReaders"], path: "Fuzz/FuzzXLIFF12", swiftSettings: strict),
        .executableTarget(name: "FuzzXLIFF2", dependencies: ["FormatReaders"], path: "Fuzz/FuzzXLIFF2", swiftSettings: strict),
        .executableTarget(name: "FuzzDocBook", dependencies: ["FormatReaders"], path: "Fuzz/FuzzDocBook", swiftSettings: strict),
        .executableTarget(name: "FuzzWord", dependencies: ["FormatReaders"], path: "Fuzz/FuzzWord", swiftSettings: strict),
        .executableTarget(name: "FuzzManifest", dependencies: ["Assembly"], path: "Fuzz/FuzzManifest", swiftSettings: strict),
        .target(name: "TestSupport", dependencies: ["PublicationCore"], swiftSettings: strict),
        .testTarget(name: "PublicationCoreTests", dependencies: ["PublicationCore", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "XMLSourceTests", dependencies: ["XMLSource", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "FormatReadersTests",
            dependencies: ["FormatReaders", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(name: "KopruTests", dependencies: ["Kopru", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "ProjectTests", dependencies: ["Project", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "AlignmentTests", dependencies: ["Alignment", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "AssemblyTests",
            dependencies: ["Assembly", "Project", "TestSupport"],
            resources: [.copy("Golden")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ExchangeTests", dependencies: ["Exchange", "Project", "TestSupport"], exclude: ["Transcripts"],
            swiftSettings: strict),
        .testTarget(
            name: "CommandsTests", dependencies: ["Commands", "TestSupport"], exclude: ["Transcripts", "Fixtures", "ReviewSet"],
            swiftSettings: strict),
    ]
)
