import Foundation
import Testing

@testable import QuizKit

/// The bundled deck as a rubric and a first answer: key points use no worked-example number, every follow-up names
/// real key points, and the one-minute answers fit a minute in both languages.
extension BundledDeckContentTests {
    // MARK: - Key points and their numbers

    /// A number found in a text: its digits and the characters right before and after it (nil at either end).
    struct FoundNumber: Equatable {
        var digits: String
        var before: Character?
        var after: Character?
    }

    /// The numbers in a text: runs of ASCII, fullwidth or superscript digits ("0.25¹⁰" gives 0 and 25¹⁰).
    static func numbers(in text: String) -> [String] { foundNumbers(in: text).map(\.digits) }

    /// The numbers in a text with their neighbouring characters.
    static func foundNumbers(in text: String) -> [FoundNumber] {
        let digits = Set("0123456789０１２３４５６７８９⁰¹²³⁴⁵⁶⁷⁸⁹")
        var result: [FoundNumber] = []
        var current = ""
        var before: Character? = nil
        var previous: Character? = nil
        for character in text {
            if digits.contains(character) {
                if current.isEmpty { before = previous }
                current.append(character)
            } else if !current.isEmpty {
                result.append(FoundNumber(digits: current, before: before, after: character))
                current = ""
            }
            previous = character
        }
        if !current.isEmpty { result.append(FoundNumber(digits: current, before: before, after: nil)) }
        return result
    }

    /// What a general factor or count is followed by: 2倍, 4倍, 1回, 2つ, 1対多, 1周, 4×.
    static let factorSuffixes: Set<Character> = ["倍", "回", "つ", "対", "周", "×"]

    /// Whether a number in a key point is a general factor or count (one digit followed by a factor suffix) or part
    /// of a name (right after a Latin letter: F1, L2, fp16), rather than a value from a worked example.
    static func isGeneralNumber(_ number: FoundNumber) -> Bool {
        if number.digits.count == 1, let after = number.after, factorSuffixes.contains(after) { return true }
        if let before = number.before, before.isASCII, before.isLetter { return true }
        return false
    }

    /// The numbers of a key point that break the rubric rule, given the numbers its question states.
    static func unstatedNumbers(inKeyPoint text: String, stated: Set<String>) -> [String] {
        foundNumbers(in: text).filter { !stated.contains($0.digits) && !isGeneralNumber($0) }.map(\.digits)
    }

    /// Key points are a rubric: a candidate who answers well without the deck's worked examples must be able to tick
    /// every one, so a key point may only use numbers that its question itself states (in the same language),
    /// general factors and counts (2倍, 4倍, 1回, 2つ以上) and digits inside names (F1, L2); never a worked-example value.
    @Test func keyPointsUseNoWorkedExampleNumbers() throws {
        for question in try Self.deck().questions {
            for language in ["en", "ja"] {
                let stated = Set(Self.numbers(in: question.question.text(in: language)))
                for (index, point) in question.keyPoints.enumerated() {
                    let text = point.text(in: language)
                    let unstated = Self.unstatedNumbers(inKeyPoint: text, stated: stated)
                    #expect(
                        unstated.isEmpty, "\(question.id).keyPoints[\(index)].\(language) uses \(unstated): \(text)")
                }
            }
        }
    }

    @Test func theRubricRuleAllowsGeneralFactorsAndNamesButNotWorkedValues() {
        #expect(Self.unstatedNumbers(inKeyPoint: "縦横とも2倍なら画素数は4倍、1回だけ、2つ以上、1対多", stated: []).isEmpty)
        #expect(Self.unstatedNumbers(inKeyPoint: "F1 and L2 distances in fp16", stated: []).isEmpty)
        #expect(Self.unstatedNumbers(inKeyPoint: "σ′ peaks at 0.25", stated: []) == ["0", "25"])
        #expect(Self.unstatedNumbers(inKeyPoint: "about 20 GB for 512-d vectors", stated: []) == ["20", "512"])
        #expect(Self.unstatedNumbers(inKeyPoint: "12倍 is not a general factor", stated: []) == ["12"])
        #expect(Self.unstatedNumbers(inKeyPoint: "10 million faces", stated: ["10"]).isEmpty)
    }

    @Test func numbersAreFoundInEveryDigitForm() {
        #expect(Self.numbers(in: "0.25¹⁰ ≈ 9.5 × 10⁻⁷, ２倍, L2") == ["0", "25¹⁰", "9", "5", "10", "⁷", "２", "2"])
        #expect(Self.numbers(in: "no digits here").isEmpty)
    }

    // MARK: - Follow-ups

    /// What is wrong with a follow-up's `probes` for a question with `keyPointCount` key points: numbers outside the
    /// key points, repeated, or out of order.
    static func probeProblems(_ probes: [Int], keyPointCount: Int) -> [String] {
        var problems = probes.filter { !(1...keyPointCount).contains($0) }.map { "key point \($0) does not exist" }
        if probes != Array(Set(probes)).sorted() { problems.append("\(probes) is not ascending without repeats") }
        return problems
    }

    /// Every follow-up names the key points it probes, or none for depth beyond them; each question has follow-ups
    /// that probe key points, and most of its key points are probed by some follow-up.
    @Test func followUpsProbeRealKeyPoints() throws {
        // Read the raw file too: a bad number would stop the loader before the checks below could name it.
        let raw = try JSONParser(
            bytes: Array(try Data(contentsOf: Self.resources.appendingPathComponent("deep-learning.json")))
        ).parse()
        guard case .object(let root) = raw.value,
            case .array(let questions)? = root.first(where: { $0.key == "questions" })?.value.value
        else {
            Issue.record("no questions")
            return
        }
        for node in questions {
            guard case .object(let members) = node.value else { continue }
            func array(_ key: String, in members: [JSONMember]) -> [JSONNode] {
                if case .array(let elements)? = members.first(where: { $0.key == key })?.value.value { return elements }
                return []
            }
            let id =
                members.first { $0.key == "id" }.flatMap {
                    if case .string(let id) = $0.value.value { id } else { nil }
                } ?? "?"
            let keyPointCount = array("keyPoints", in: members).count
            var probed = Set<Int>()
            for (index, followUp) in array("followUps", in: members).enumerated() {
                guard case .object(let fields) = followUp.value else { continue }
                let probes = array("probes", in: fields).compactMap { node -> Int? in
                    if case .number(let value, _) = node.value { Int(exactly: value) } else { nil }
                }
                let problems = Self.probeProblems(probes, keyPointCount: keyPointCount)
                #expect(problems.isEmpty, "\(id).followUps[\(index)].probes: \(problems.joined(separator: "; "))")
                probed.formUnion(probes)
            }
            #expect(probed.count * 2 >= keyPointCount, "\(id): follow-ups probe only key points \(probed.sorted())")
        }
        // The loader agrees: it refuses a deck whose probes name no key point.
        for question in try Self.deck().questions {
            for followUp in question.followUps {
                #expect(Self.probeProblems(followUp.probes, keyPointCount: question.keyPoints.count).isEmpty)
            }
        }
    }

    @Test func theProbeCheckNamesEveryFault() {
        #expect(Self.probeProblems([1, 3], keyPointCount: 4).isEmpty)
        #expect(Self.probeProblems([], keyPointCount: 4).isEmpty)
        #expect(
            Self.probeProblems([5, 0], keyPointCount: 4) == [
                "key point 5 does not exist", "key point 0 does not exist", "[5, 0] is not ascending without repeats",
            ])
        #expect(Self.probeProblems([2, 2], keyPointCount: 4) == ["[2, 2] is not ascending without repeats"])
    }

    // MARK: - One-minute answers

    /// The one-minute answer is what a strong candidate says first, spoken in 60 to 90 seconds: at most 150 English
    /// words and 450 Japanese characters (spaces aside), and at least 90 words and 270 characters, so that it is a
    /// real first answer and not a slogan.
    static let oneMinuteWords = 90...150
    static let oneMinuteCharacters = 270...450

    /// Whether a one-minute answer fits its budget in both languages, with the reason when it does not.
    static func oneMinuteProblems(_ text: LocalizedText) -> [String] {
        var problems: [String] = []
        let words = wordCount(text.text(in: "en"))
        if !oneMinuteWords.contains(words) { problems.append("\(words) English words, outside \(oneMinuteWords)") }
        let characters = spokenCharacterCount(text.text(in: "ja"))
        if !oneMinuteCharacters.contains(characters) {
            problems.append("\(characters) Japanese characters, outside \(oneMinuteCharacters)")
        }
        return problems
    }

    @Test func oneMinuteAnswersCanBeSaidInAMinuteOrSo() throws {
        for question in try Self.deck().questions {
            let oneMinuteAnswer = try #require(question.oneMinuteAnswer, "\(question.id) has no one-minute answer")
            let problems = Self.oneMinuteProblems(oneMinuteAnswer)
            #expect(problems.isEmpty, "\(question.id).oneMinuteAnswer: \(problems.joined(separator: "; "))")
            // Shorter than the full answer it opens, in both languages.
            #expect(Self.wordCount(oneMinuteAnswer.text(in: "en")) < Self.wordCount(question.answer.text(in: "en")))
            #expect(
                Self.spokenCharacterCount(oneMinuteAnswer.text(in: "ja"))
                    < Self.spokenCharacterCount(question.answer.text(in: "ja")))
        }
    }

    @Test func theOneMinuteBudgetRefusesLongAndStubAnswers() {
        let fine = LocalizedText([
            "en": String(repeating: "word ", count: 150), "ja": String(repeating: "あ", count: 450),
        ])
        #expect(Self.oneMinuteProblems(fine).isEmpty)
        let long = LocalizedText([
            "en": String(repeating: "word ", count: 151), "ja": String(repeating: "あ ", count: 451),
        ])
        #expect(
            Self.oneMinuteProblems(long) == [
                "151 English words, outside 90...150", "451 Japanese characters, outside 270...450",
            ])
        let stub = LocalizedText(["en": "Too short.", "ja": "短すぎます。"])
        #expect(
            Self.oneMinuteProblems(stub) == [
                "2 English words, outside 90...150", "6 Japanese characters, outside 270...450",
            ])
    }
}
