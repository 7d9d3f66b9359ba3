// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "dlquiz",
    products: [
        .executable(name: "dlquiz", targets: ["dlquiz"]),
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
        .target(name: "QuizKit"),
        // Everything about argv and the terminal.
        .target(name: "QuizCLI", dependencies: ["QuizKit", "BundledDecks"]),
        // A few lines that hand the process over to QuizCLI.
        .executableTarget(name: "dlquiz", dependencies: ["QuizCLI"]),
        // A seeded generator of large decks and progress files for the benchmarks (not part of the product).
        .executableTarget(name: "BenchmarkData", dependencies: ["QuizKit"]),
        .testTarget(name: "QuizKitTests", dependencies: ["QuizKit"], exclude: ["Fixtures"]),
        .testTarget(name: "QuizCLITests", dependencies: ["QuizCLI", "QuizKit", "BundledDecks"], exclude: ["Snapshots", "Fixtures"]),
        .testTarget(name: "EndToEndTests", dependencies: ["dlquiz"]),
    ],
    swiftLanguageModes: [.v6]
)
