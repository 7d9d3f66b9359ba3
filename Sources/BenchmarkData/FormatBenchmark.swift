// `BenchmarkData formats`: the same generated deck as JSON and as Markdown, each written to a file, then read and
// validated alternately `runs` times in one process; prints the median of each and their ratio (Markdown / JSON).
// Also times writing the Markdown form (a JSON-to-Markdown conversion). Run it on a release build:
//
//   swift run -c release BenchmarkData formats --questions 10000 --runs 7

import FoundationEssentials
import QuizKit

#if canImport(Glibc)
    import Glibc
#endif

func runFormatBenchmark(questions: Int, seed: UInt64, runs: Int) {
    var json = ""
    writeDeck(questions: questions, seed: seed) { json += $0 }
    let jsonBytes = Array(json.utf8)
    guard let deck = try? DeckLoader.load(bytes: jsonBytes, source: "benchmark.json") else {
        FileHandleOutput.write("the generated deck does not load\n")
        exit(1)
    }
    let markdown = MarkdownDeckWriter().write(deck)
    let folder = FileManager.default.temporaryDirectory.path + "/dlquiz-formats-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let jsonPath = folder + "/benchmark.json"
    let markdownPath = folder + "/benchmark.md"
    _ = FileManager.default.createFile(atPath: jsonPath, contents: Data(jsonBytes))
    _ = FileManager.default.createFile(atPath: markdownPath, contents: Data(markdown.utf8))
    FileHandleOutput.write(
        "\(questions) questions: \(jsonBytes.count) bytes of JSON, \(markdown.utf8.count) of Markdown, in \(folder)\n")

    let clock = ContinuousClock()
    var jsonTimes: [Duration] = []
    var markdownTimes: [Duration] = []
    var writeTimes: [Duration] = []
    for _ in 0..<max(1, runs) {
        jsonTimes.append(
            clock.measure {
                let bytes = [UInt8](FileManager.default.contents(atPath: jsonPath) ?? Data())
                guard (try? DeckLoader.load(bytes: bytes, source: jsonPath)) == deck else { exit(1) }
            })
        markdownTimes.append(
            clock.measure {
                let bytes = [UInt8](FileManager.default.contents(atPath: markdownPath) ?? Data())
                guard (try? MarkdownDeckReader.read(bytes: bytes, source: markdownPath)) == deck else { exit(1) }
            })
        writeTimes.append(clock.measure { _ = MarkdownDeckWriter().write(deck) })
    }
    func median(_ times: [Duration]) -> Double {
        let sorted = times.sorted()
        let middle = sorted[sorted.count / 2]
        return Double(middle.components.seconds) * 1000 + Double(middle.components.attoseconds) / 1e15
    }
    func milliseconds(_ value: Double) -> String { String(Double((value * 100).rounded()) / 100) }
    let jsonMedian = median(jsonTimes)
    let markdownMedian = median(markdownTimes)
    FileHandleOutput.write("load JSON      median \(milliseconds(jsonMedian)) ms over \(jsonTimes.count) runs\n")
    FileHandleOutput.write("load Markdown  median \(milliseconds(markdownMedian)) ms\n")
    FileHandleOutput.write("ratio Markdown / JSON \(milliseconds(markdownMedian / jsonMedian))\n")
    FileHandleOutput.write("write Markdown median \(milliseconds(median(writeTimes))) ms\n")
    try? FileManager.default.removeItem(atPath: folder)
}
