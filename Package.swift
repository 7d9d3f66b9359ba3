// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "dlquiz",
    products: [
        .executable(name: "dlquiz", targets: ["dlquiz"])
    ],
    targets: [
        // The bundled decks, compiled into the binary: no resource bundle to lose.
        .target(
            name: "BundledDecks",
            path: "Resources",
            exclude: ["deck.schema.json"],
            resources: [
                .embedInCode("deep-learning.json"),
                .embedInCode("tips.json"),
            ]
        ),
        // The pure domain: deck model, loading, selection, sessions, scoring, progress, scheduling, rendering.
        // No file system, no threads, no command-line words.
        .target(name: "QuizKit"),
        // Persistence: the progress file, atomic writes, the scorecard folder, reading decks, where files live.
        .target(name: "QuizStore", dependencies: ["QuizKit", "BundledDecks"]),
        // Everything about argv and the terminal.
        .target(name: "QuizCLI", dependencies: ["QuizKit", "QuizStore", "BundledDecks"]),
        // A few lines that hand the process over to QuizCLI.
        .executableTarget(name: "dlquiz", dependencies: ["QuizCLI"]),
        // A seeded generator of large decks and progress files for the benchmarks (not part of the product).
        .executableTarget(name: "BenchmarkData", dependencies: ["QuizKit"]),
        // The key-point matcher measured against expert-graded answers (not part of the product).
        .executableTarget(name: "MatcherBenchmark", dependencies: ["QuizKit"]),
        // What the test targets share: test decks, temporary folders, snapshots, the built binary on pipes and on a
        // pseudo-terminal. It depends on QuizKit only, so no test target reaches another product target through it.
        .target(name: "QuizTestSupport", dependencies: ["QuizKit"], path: "Tests/QuizTestSupport"),
        .testTarget(name: "QuizKitTests", dependencies: ["QuizKit", "QuizTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "QuizStoreTests", dependencies: ["QuizStore", "QuizKit", "QuizTestSupport"]),
        .testTarget(
            name: "QuizCLITests", dependencies: ["QuizCLI", "QuizKit", "QuizStore", "BundledDecks", "QuizTestSupport"],
            exclude: ["Snapshots", "Fixtures"]),
        .testTarget(name: "EndToEndTests", dependencies: ["dlquiz", "QuizTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
