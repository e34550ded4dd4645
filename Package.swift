// swift-tools-version:6.1
import PackageDescription

// Dependencies: swift-argument-parser, for the `biz` command line
// (subcommands, --help, usage errors with exit code 2), and ZIPFoundation,
// to zip the parts of an exported .xlsx workbook. Everything else is ours.
let package = Package(
    name: "Biz",
    products: [
        .executable(name: "biz", targets: ["biz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", .upToNextMinor(from: "0.9.20")),
        // Hummingbird 2, for `biz serve` only (Sources/BizServe); its default
        // traits are off so swift-configuration is not built (README: build cost).
        // swift-log and swift-http-types come with it; named to import them.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // Simulation engines, distributions, seeded RNG. Knows nothing of the language.
        .target(name: "BizCore"),
        // Text rendering: numbers, money, percents in en/ru, tables, sparklines, charts, SVG.
        .target(name: "BizFormat"),
        // The language: source, lexer, parser, AST, diagnostics, values, cells, interpreter, builtins.
        // ZIPFoundation only zips .xlsx workbooks (Output/XLSXPackage.swift).
        .target(name: "BizLang", dependencies: ["BizCore", "BizFormat", "ZIPFoundation"]),
        // libedit, as a system library (apt: libedit-dev).
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit",
                       providers: [.apt(["libedit-dev"]), .brew(["libedit"])]),
        // The interactive prompt: line editing, history, completion, :commands.
        .target(name: "BizREPL", dependencies: ["BizLang", "BizFormat", "CEditLine"]),
        // The editor tools: `biz lsp` (a language server over stdio, with
        // background evaluation in a child process) and `biz watch`.
        .target(name: "BizLSP", dependencies: ["BizLang", "BizREPL", "BizFormat"]),
        // The classroom server: `biz serve` (playground, sessions, teacher view).
        .target(name: "BizServe", dependencies: [
            "BizLang", "BizREPL", "BizLSP", "BizFormat",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        // Linked with mimalloc (apt: libmimalloc-dev), which then serves every
        // malloc of the process: a script that makes records or lists in a
        // loop frees and remakes thousands of small blocks, and glibc's malloc
        // spent 20 % of such a run on them (benchmarks/README.md, fifth pass).
        .executableTarget(name: "biz", dependencies: [
            "BizLang", "BizREPL", "BizLSP", "BizServe",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: [.linkedLibrary("mimalloc")]),
        // The generator of valid programs and their invariant checks, for the
        // fuzzer's `programs` mode and for BizFuzzKitTests (docs/FUZZING.md).
        .target(name: "BizFuzzKit", dependencies: ["BizCore", "BizLang"]),
        // libFuzzer target over lex + parse + eval, in four modes (see docs/FUZZING.md).
        .executableTarget(name: "BizFuzz", dependencies: ["BizLang", "BizFuzzKit"]),
        // Test helpers shared by test targets: where ../shared is, skip or fail when it is missing.
        .target(name: "BizTestSupport", path: "Tests/BizTestSupport"),
        .testTarget(name: "BizCoreTests", dependencies: ["BizCore"]),
        .testTarget(name: "BizFormatTests", dependencies: ["BizFormat"]),
        .testTarget(name: "BizLangTests", dependencies: ["BizLang"]),
        .testTarget(name: "BizFuzzKitTests", dependencies: ["BizFuzzKit", "BizLang"]),
        // Drives the real `biz` binary on a pseudo-terminal (so it depends on it).
        .testTarget(name: "BizREPLTests", dependencies: ["BizREPL", "BizLang", "biz"]),
        // Runs the real `biz` binary: conformance, examples, golden outputs, exit codes.
        .testTarget(name: "BizCLITests", dependencies: ["biz", "BizTestSupport"], exclude: ["golden", "scripts"]),
        // Drives `biz lsp` as a process over the protocol, and Neovim as a real client.
        .testTarget(name: "BizLSPTests", dependencies: ["biz", "BizLSP", "BizLang", "BizREPL", "BizTestSupport"]),
        // Runs `biz serve`: chromium through selenium, hostile input (browser.py, security.py drive it).
        .testTarget(name: "BizServeTests", dependencies: ["biz", "BizServe", "BizTestSupport"], exclude: ["browser.py", "security.py"]),
    ],
    swiftLanguageModes: [.v6]
)
