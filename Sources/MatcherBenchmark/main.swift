// Measures the key-point matcher against expert-graded answers and prints, per split and language, Cohen's kappa,
// false ticks (overall and on trap answers) and missed points, with and without cues, the naive baseline, and the
// time per answer. Run from the package root on a release build:
//
//   swift run -c release MatcherBenchmark                       # the bundled deck's key points and cues
//   swift run -c release MatcherBenchmark --rubric-2026-12-07   # the replaced key points, with scaffolding cues
//   swift run -c release MatcherBenchmark --failures            # also list wrong decisions (development split only)
//   swift run -c release MatcherBenchmark --set cuedThreshold=0.8 # other constants (see TuningGrid.swift)
//   swift run -c release MatcherBenchmark --grid "thresholds=0.5/0.6;cueNegationGuard=0/1"
//       # development answers only: agreement per question for each combination, for leave-one-question-out
//
// Answers come from Tests/QuizKitTests/Fixtures/answers (dev-*.json to dev11-*.json and dev13-*.json for development,
// dev12-*.json and dev14-*.json fresh, heldout-*.json and heldout2-*.json held out; see the README there). Wrong
// decisions are only ever listed for the development split, so the fresh and held-out answers stay unread while cues
// and constants are chosen. `--ablate-cues LANG` lists, per cue line, the development answers' false ticks it causes
// and right ones it gives.

import FoundationEssentials
import QuizKit

#if canImport(Glibc)
    import Glibc
#endif

let arguments = CommandLine.arguments
if arguments.contains("--help") || arguments.contains("-h") {
    // The usage is the comment at the top of this file; never run the figures (held-out rows included) by mistake.
    print(
        """
        usage: MatcherBenchmark [--dev-only] [--failures] [--answers DIR] [--deck FILE] [--rubric-2026-12-07]
                                [--set name=value,...] [--grid "name=a/b;name=c/d"] [--timing]
                                [--explain ID --lang LANG [--answer N]] [--analyze TEXT] [--ablate-cues LANG]
        Prints kappa, false ticks (all answers, trap answers) and missed points per answer split and language,
        with and without cues. --dev-only leaves out the held-out answers; --failures lists the development
        answers' wrong decisions.
        """)
    exit(0)
}
func value(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func bytes(_ path: String) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
        print("cannot read \(path)")
        exit(66)
    }
    return [UInt8](data)
}

// The answers ticked against the deck's key points, or (with --rubric-2026-12-07) those ticked against the key points
// of 2026-12-07, which the bundled deck has since replaced, with that rubric and its scaffolding cues.
let isOldRubric = arguments.contains("--rubric-2026-12-07")
let base = "Tests/QuizKitTests/Fixtures/answers"
let folder = value("--answers") ?? (isOldRubric ? base + "/rubric-2026-12-07" : base)
let deckPath = value("--deck") ?? "Resources/deep-learning.json"
guard let bundledDeck = try? DeckLoader.load(bytes: bytes(deckPath), source: deckPath) else {
    print("\(deckPath) is not a deck")
    exit(65)
}
var rubric: Rubric
let rubricName: String
if isOldRubric {
    let points = folder + "/rubric.json"
    let cues = folder + "/cues.json"
    guard let read = Rubric(points: bytes(points), cues: bytes(cues), questionsFrom: bundledDeck) else {
        print("\(points) is not a rubric")
        exit(65)
    }
    rubric = read
    rubricName = "\(points) with the scaffolding cues of \(cues)"
} else if FileManager.default.fileExists(atPath: folder + "/rubric.json") {
    // The key points the answers were ticked against, with the deck's cues for the points the deck words the same.
    var unmatched: [String] = []
    guard let read = Rubric(points: bytes(folder + "/rubric.json"), cuesFrom: bundledDeck, unmatched: &unmatched) else {
        print("\(folder)/rubric.json is not a rubric")
        exit(65)
    }
    rubric = read
    rubricName = "\(folder)/rubric.json with the cues of \(deckPath)"
    if !unmatched.isEmpty {
        print("points worded differently in the deck (measured without cues): " + unmatched.joined(separator: ", "))
    }
} else {
    rubric = Rubric(deck: bundledDeck)
    rubricName = "the key points and cues of \(deckPath)"
}

if let kinds = value("--only-cues") {
    // Development of the cue language: keep only cue lines of the given kinds (comma-separated: also,all,near,need,not).
    let wanted = kinds.split(separator: ",").map(String.init)
    for (id, languages) in rubric.entries {
        for (language, entry) in languages {
            var kept = entry
            kept.cues = entry.cues.map { lines in
                lines.filter { line in wanted.contains { line.lowercased().hasPrefix($0) } }
            }
            rubric.entries[id]?[language] = kept
        }
    }
}

/// The graded answers of a split (`dev`, or files joined with `+`: `dev+dev2`); a second file that is not there
/// (`dev2`, `heldout2`, …) adds nothing.
func answers(_ split: String, _ language: String) -> [GradedAnswer] {
    var all: [GradedAnswer] = []
    for (offset, part) in split.split(separator: "+").enumerated() {
        let path = "\(folder)/\(part)-\(language).json"
        if offset > 0 || part.last?.isNumber == true, !FileManager.default.fileExists(atPath: path) { continue }
        guard let read = GradedAnswer.decode(bytes(path)) else {
            print("\(path) is not a list of graded answers")
            exit(65)
        }
        all += read
    }
    return all
}

/// The answers cues and constants may be chosen from (every development file); the fresh and held-out files are never
/// listed in failures.
let development = "dev+dev2+dev3+dev4+dev5+dev6+dev7+dev8+dev9+dev10+dev11+dev13"

/// Rows of the figures: each file, then the development and held-out answers together. The third field: not read
/// for cues or constants yet, so left out with `--dev-only` (held out, and a fresh set until it is read).
let splits = [
    ("dev", "development 1", false), ("dev2", "development 2", false), ("dev3", "development 3", false),
    ("dev4", "development 4", false), ("dev5", "development 5", false), ("dev6", "development 6", false),
    ("dev7", "development 7", false), ("dev8", "development 8", false),
    ("dev9", "development 9", false), ("dev10", "development 10", false), ("dev11", "development 11", false),
    ("dev13", "development 13", false), (development, "development", false), ("dev12", "fresh 12", true),
    ("dev14", "fresh 14", true),
    ("heldout", "held out 1", true), ("heldout2", "held out 2", true), ("heldout+heldout2", "held out", true),
    ("dev12+dev14+heldout+heldout2", "unseen", true),
]

func percent(_ value: Double?) -> String {
    guard let value else { return "–" }
    let tenths = Int((value * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
}

func decimal(_ value: Double?) -> String {
    guard let value else { return "–" }
    let hundredths = Int((abs(value) * 100).rounded())
    return (value < 0 ? "-" : "") + "\(hundredths / 100)." + (hundredths % 100 < 10 ? "0" : "") + "\(hundredths % 100)"
}

func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }

// Development only: `--set threshold=0.6,cuedThreshold=0.9` measures other constants than `MatcherTuning`'s.
guard let baseTuning = tuning(setting: value("--set")) else {
    print("--set takes name=value pairs separated by commas: " + tuningSetters.keys.sorted().joined(separator: ", "))
    exit(64)
}
if let grid = value("--grid") {
    let graded = ["en": answers(development, "en"), "ja": answers(development, "ja")]
    printGrid(grid, rubric: rubric, base: baseTuning, answers: graded)
    exit(0)
}
if arguments.contains("--tune") {
    tune(rubric: rubric, english: answers(development, "en"), japanese: answers(development, "ja"))
    exit(0)
}
if let language = value("--ablate-cues") {
    printCueAblation(rubric: rubric, language: language, answers: answers(development, language), tuning: baseTuning)
    exit(0)
}
let developmentOnly = arguments.contains("--dev-only")
if arguments.contains("--timing") {
    printLongAnswerTimes(rubric: rubric, english: answers(development, "en"), japanese: answers(development, "ja"))
    exit(0)
}
if let text = value("--analyze") {
    print(KeyPointMatcher(points: [], cues: [], questionText: "", language: "en").explain(text))
    exit(0)
}
if let id = value("--explain"), let language = value("--lang") {
    // Development only: how one development answer (by its position among the question's answers) was read.
    let position = Int(value("--answer") ?? "0") ?? 0
    let graded = answers(development, language).filter { $0.id == id }
    guard let entry = rubric.entries[id]?[language], position < graded.count else { exit(64) }
    let matcher = KeyPointMatcher(
        points: entry.points, cues: entry.cues, questionText: entry.question, language: language,
        tuning: baseTuning)
    print(graded[position].level, graded[position].covered.sorted())
    print(matcher.explain(graded[position].answer))
    exit(0)
}

print("Matcher benchmark: \(rubricName)")
var cueLines = 0
for (id, languages) in rubric.entries.sorted(by: { $0.key < $1.key }) {
    for (language, entry) in languages.sorted(by: { $0.key < $1.key }) {
        for (point, lines) in entry.cues.enumerated() {
            for line in lines {
                cueLines += 1
                do throws(CueSyntaxError) { _ = try Cue(parsing: line) } catch {
                    print(
                        "unreadable cue \(id) \(language) point \(point + 1) column \(error.column): \(error.problem): \(line)"
                    )
                }
            }
        }
    }
}
print("cue lines: \(cueLines)")
print(
    "answers: \(folder) (development: dev-*.json to dev11-*.json and dev13-*.json, fresh: dev12-*.json and dev14-*.json, held out: heldout-*.json and heldout2-*.json)\n"
)
let header = ["split", "lang", "cues", "answers", "kappa", "false ticks", "on traps", "missed"]
let widths = [15, 6, 9, 9, 7, 13, 10, 8]
print(zip(header, widths).map { pad($0, $1) }.joined())
let clock = ContinuousClock()
var developmentTime = Duration.zero
var developmentAnswers = 0
for (split, name, isHeldOut) in splits where !(developmentOnly && isHeldOut) {
    for language in ["en", "ja"] {
        let graded = answers(split, language)
        if graded.isEmpty { continue }
        for cues in [true, false] {
            var evaluation: MatcherEvaluation? = nil
            let elapsed = clock.measure {
                evaluation = MatcherEvaluation(answers: graded, rubric: rubric, cues: cues, tuning: baseTuning)
            }
            guard let evaluation else { continue }
            if split == development && cues {
                developmentTime += elapsed
                developmentAnswers += evaluation.answers
            }
            let row = [
                name, language, cues ? "with" : "without", "\(evaluation.answers)", decimal(evaluation.all.kappa),
                percent(evaluation.all.falseTickRate), percent(evaluation.traps.falseTickRate),
                percent(evaluation.all.missRate),
            ]
            print(zip(row, widths).map { pad($0, $1) }.joined())
            if arguments.contains("--failures") && split == development && cues {
                printFailures(evaluation, rubric: rubric)
            }
        }
    }
}

do {
    let deck = bundledDeck
    // The deck's own model answers (answer and details) should cover most points and trip no `not:` cue: a cue
    // that vetoes a model answer is too broad. They are not graded, so this is a check, not a figure.
    for language in ["en", "ja"] {
        var covered = 0
        var total = 0
        var vetoes: [String] = []
        var unsuggested: [String] = []
        for question in deck.questions {
            // The deck's own key points and cues (or, for the 2026-12-07 rubric, that rubric and its cues).
            let matcher: KeyPointMatcher
            if isOldRubric, let entry = rubric.entries[question.id]?[language] {
                matcher = KeyPointMatcher(
                    points: entry.points, cues: entry.cues, questionText: entry.question, language: language)
            } else {
                matcher = KeyPointMatcher(question: question, language: language)
            }
            let pointCount =
                isOldRubric ? rubric.entries[question.id]?[language]?.points.count ?? 0 : question.keyPoints.count
            let text = [question.oneMinuteAnswer, question.answer, question.details].compactMap {
                $0?.text(in: language)
            }
            .joined(separator: "\n\n")
            let match = matcher.match(text)
            covered += match.suggested.count
            total += pointCount
            for point in match.points where !point.isCovered && point.basis != .contradiction {
                unsuggested.append("\(question.id) point \(point.number)")
            }
            for point in match.points where point.basis == .contradiction {
                vetoes.append(
                    "\(question.id) point \(point.number): \(point.evidence(in: text).map(String.init) ?? "")")
            }
        }
        print("model answers \(language): \(covered) of \(total) points suggested, \(vetoes.count) vetoed")
        if arguments.contains("--failures") {
            for veto in vetoes { print("    VETO \(veto)") }
            for point in unsuggested { print("    NOT SUGGESTED \(point)") }
        }
    }
}

print("\nNaive baseline (English five-letter stems, Japanese character bigrams; threshold tuned on development):")
for language in ["en", "ja"] {
    let baseline = NaiveBaseline(rubric: rubric, language: language, tuningOn: answers(development, language))
    for (split, name, isHeldOut) in splits where !(developmentOnly && isHeldOut) && split.contains("+") {
        let tally = baseline.evaluate(answers(split, language))
        print(
            "  \(pad(name, 12)) \(language)  threshold \(decimal(baseline.threshold))  kappa \(decimal(tally.all.kappa))"
                + "  false ticks \(percent(tally.all.falseTickRate))  on traps \(percent(tally.traps.falseTickRate))"
                + "  missed \(percent(tally.all.missRate))")
    }
}

let milliseconds = { (duration: Duration) -> Double in
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}
print(
    "\nTime: the development set (\(developmentAnswers) answers, matchers built per question) in "
        + "\(decimal(milliseconds(developmentTime))) ms, "
        + "\(decimal(milliseconds(developmentTime) / Double(max(1, developmentAnswers)))) ms per answer")
printLongAnswerTimes(rubric: rubric, english: answers(development, "en"), japanese: answers(development, "ja"))
