// Generates large, valid inputs for dlquiz's benchmarks, the same for the same seed:
//
//   swift run -c release BenchmarkData deck --questions 10000 --seed 1 > big-deck.json
//   swift run -c release BenchmarkData progress --questions 10000 --answers 1000000 --seed 1 > progress.jsonl
//   swift run -c release BenchmarkData progress --answers 1000 --from-deck Resources/deep-learning.json > small.jsonl
//
// The deck has id "benchmark", six topics, difficulties 1 to 3 and 3 to 8 key points per question (question i has
// 3 + i % 6). The progress file holds answers to that deck spread over five years, in sessions of 5 to 30 answers,
// with question popularity skewed towards low indices (as real use is), coverage drawn per answer and a grade that
// follows the coverage, as the quiz proposes it. With --from-deck FILE, the answers are to that deck's questions
// instead. See Tests/Benchmarks/run.sh for how they are used. `formats` times loading the same deck as JSON and as
// Markdown (Tests/Benchmarks/formats.sh).

import FoundationEssentials
import QuizKit

#if canImport(Glibc)
    import Glibc
#endif

let topics = ["training", "theory", "deployment", "evaluation", "architecture", "data"]

func option(_ name: String, default value: Int) -> Int {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: "--" + name), index + 1 < arguments.count,
        let number = Int(arguments[index + 1])
    else { return value }
    return number
}

func keyPointCount(_ question: Int) -> Int { 3 + question % 6 }

/// The deck whose questions answers name: a real deck file, or the generated "benchmark" deck.
struct AnsweredDeck {
    var id: String
    var questionIDs: [String]
    var keyPoints: [Int]

    static func load() -> AnsweredDeck {
        let arguments = CommandLine.arguments
        if let index = arguments.firstIndex(of: "--from-deck"), index + 1 < arguments.count {
            let path = arguments[index + 1]
            guard let data = FileManager.default.contents(atPath: path),
                let deck = try? DeckLoader.load(bytes: [UInt8](data), source: path)
            else {
                FileHandleOutput.write("cannot load \(path)\n")
                exit(65)
            }
            return AnsweredDeck(
                id: deck.id, questionIDs: deck.questions.map(\.id), keyPoints: deck.questions.map(\.keyPoints.count))
        }
        let count = option("questions", default: 10_000)
        return AnsweredDeck(
            id: "benchmark", questionIDs: (0..<count).map { "q\($0)" }, keyPoints: (0..<count).map(keyPointCount))
    }
}

func writeDeck(questions: Int, seed: UInt64, to output: (String) -> Void = FileHandleOutput.write) {
    var random = SeededRandom(seed: seed)
    var out = "{\n  \"schemaVersion\": 1,\n  \"id\": \"benchmark\",\n  \"title\": \"Benchmark deck\",\n"
    out += "  \"languages\": [\"en\"],\n  \"questions\": [\n"
    output(out)
    for index in 0..<questions {
        let points = (1...keyPointCount(index)).map { "\"Key point \($0) of question \(index)\"" }.joined(
            separator: ", ")
        let words = 60 + random.integer(below: 200)
        let answer = (0..<words).map { _ in
            ["gradient", "batch", "loss", "layer", "data", "model"][random.integer(below: 6)]
        }
        .joined(separator: " ")
        var item = "    {\"id\": \"q\(index)\", \"topic\": \"\(topics[index % topics.count])\", "
        item += "\"difficulty\": \(1 + random.integer(below: 3)), \"minutes\": \(2 + random.integer(below: 4)), "
        item += "\"question\": \"What is item \(index)?\", \"answer\": \"\(answer).\\n\\n- first\\n- second\", "
        item += "\"keyPoints\": [\(points)], \"followUps\": [{\"question\": \"Why?\", \"answer\": \"Because.\"}], "
        item += "\"references\": [\"Reference \(index)\"]}"
        item += index + 1 < questions ? ",\n" : "\n"
        output(item)
    }
    output("  ]\n}\n")
}

func writeProgress(deck: AnsweredDeck, answers: Int, seed: UInt64) {
    let questions = deck.questionIDs.count
    var random = SeededRandom(seed: seed)
    // Five years of practice ending at 2026-11-20T00:00:00Z: answers are spread evenly over the span, in order,
    // and grouped into sessions of 5 to 30 consecutive answers.
    let end = 1_795_132_800.0
    let span = 5 * 365 * 86_400.0
    let step = span / Double(answers)
    var time = end - span
    var written = 0
    var sessionNumber = 0
    var batch = ""
    batch.reserveCapacity(1 << 20)
    while written < answers {
        sessionNumber += 1
        let session = "b" + String(sessionNumber, radix: 16)
        let length = min(answers - written, 5 + random.integer(below: 26))
        for sequence in 1...length {
            // Skewed popularity: the minimum of two uniform draws favours low indices.
            let question = min(random.integer(below: questions), random.integer(below: questions))
            let total = deck.keyPoints[question]
            let covered = (1...total).filter { _ in random.integer(below: 100) < 65 }
            let coverage = Double(covered.count) / Double(total)
            let record = AnswerRecord(
                time: Date(timeIntervalSince1970: time.rounded(.down)), session: session, sequence: sequence,
                deck: deck.id, question: deck.questionIDs[question], grade: GradeProposal.grade(coverage: coverage),
                covered: covered, total: total, seconds: 20 + random.integer(below: 280))
            batch += ProgressLineEncoder.line(for: .answer(record))
            time += step * (0.5 + Double(random.integer(below: 1000)) / 1000)
            written += 1
        }
        if batch.utf8.count > 1 << 20 {
            FileHandleOutput.write(batch)
            batch = ""
        }
    }
    FileHandleOutput.write(batch)
}

/// Buffered standard output without Foundation's FileHandle.
enum FileHandleOutput {
    static func write(_ text: String) {
        var copy = text
        copy.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 { exit(1) }
                offset += written
            }
        }
    }
}

let seed = UInt64(option("seed", default: 1))
switch CommandLine.arguments.dropFirst().first {
case "deck":
    writeDeck(questions: option("questions", default: 10_000), seed: seed)
case "formats":
    runFormatBenchmark(questions: option("questions", default: 10_000), seed: seed, runs: option("runs", default: 7))
case "progress":
    writeProgress(deck: AnsweredDeck.load(), answers: option("answers", default: 1_000_000), seed: seed)
default:
    FileHandleOutput.write(
        "usage: BenchmarkData deck|progress|formats [--questions N] [--answers N] [--seed N] [--from-deck FILE]\n")
    exit(64)
}
