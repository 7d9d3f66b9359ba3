import Testing

@testable import QuizKit

/// What keeps an `all:` cue from ticking a point when an answer uses its words for a wrong claim: a clause that
/// negates them, a clause about the contrasting concept, and a point's own text alone asked to match closely.
@Suite struct CueGuardTests {
    static func matcher(
        _ points: [String], cues: [[String]], tuning: MatcherTuning = .init(), language: String = "en"
    )
        -> KeyPointMatcher
    {
        KeyPointMatcher(
            points: points, cues: cues, questionText: "", language: language, tuning: tuning)
    }

    static let memory = matcher(
        ["Sizes the gallery's memory: count times dimension times bytes per number."],
        cues: [["all: dimension, memory"]])

    @Test func aCueHoldsWhereTheAnswerAssertsIt() {
        let match = Self.memory.match(
            "Memory grows with the embedding dimension: ten million vectors of 512 floats.")
        #expect(match.suggested == KeyPointSet([1]) && match.points[0].basis == .cue)
    }

    @Test func aCueDoesNotHoldInAClauseThatNegatesSomething() {
        #expect(
            Self.memory.match("The dimension doesn't matter for memory, vectors are compressed.")
                .suggested.isEmpty)
        var lenient = MatcherTuning()
        lenient.cueNegationGuard = false
        let matcher = Self.matcher(
            ["Sizes the gallery's memory: count times dimension times bytes per number."],
            cues: [["all: dimension, memory"]], tuning: lenient)
        #expect(
            matcher.match("The dimension doesn't matter for memory, vectors are compressed.").suggested
                .count == 1)
    }

    @Test func aCueThatAsksForANegationStillHoldsWhereTheAnswerNegates() {
        let matcher = Self.matcher(
            [
                "Convolution parameters depend on kernel size and channels, not on the input's height or width."
            ],
            cues: [["all: parameters, not depend"]])
        let match = matcher.match("The convolution parameters do not depend on the input size.")
        #expect(match.points[0].isCovered && match.points[0].basis == .cue)
    }

    @Test func aCueDoesNotHoldInAClauseAboutTheContrastingConcept() {
        let points = [
            "Remedies for bias: a larger model, longer training.",
            "Remedies for variance: more data, stronger regularization.",
        ]
        let cues = [["all: larger | bigger, model | network"], ["all: more data | regularization"]]
        // The first sentence states enough of point 2's own text for its cue to count; the second says the cue's
        // words about bias (contradictions of the point's own text, which also refuse it, are let through here).
        var guarded = MatcherTuning()
        guarded.cueContradictionLimit = 10
        var lenient = guarded
        lenient.cueContrastGuard = false
        let swapped =
            "Variance has its own remedies, as bias has. For high bias you add more data and regularization."
        #expect(
            Self.matcher(points, cues: cues, tuning: lenient).match(swapped).suggested == KeyPointSet([2])
        )
        let matcher = Self.matcher(points, cues: cues, tuning: guarded)
        #expect(matcher.match(swapped).suggested.isEmpty)
        #expect(
            matcher.match("For high variance, get more data or add regularization.").suggested
                == KeyPointSet([2]))
    }

    @Test func aPointWithCuesNeedsACloserMatchOfItsOwnText() {
        // The cue (which asks for the batch) does not hold, so only the point's own text could tick it.
        let point = "Normalizes each feature with the mean and variance of the current mini-batch."
        let cues = [["all: batch, mean | variance, normalize"]]
        let answer = "It normalizes each feature with a mean and variance, like scaling."
        var lenient = MatcherTuning()
        lenient.cuedThreshold = nil
        var strict = MatcherTuning()
        strict.cuedThreshold = 2  // never: only a cue ticks a point that has cues
        let loose = Self.matcher([point], cues: cues, tuning: lenient).match(answer).points[0]
        #expect(loose.isCovered && loose.basis == .phrasing, "confidence \(loose.confidence)")
        #expect(!Self.matcher([point], cues: cues, tuning: strict).match(answer).points[0].isCovered)
        // Without cues the same text ticks it at the language's threshold.
        #expect(Self.matcher([point], cues: [[]], tuning: strict).match(answer).suggested.count == 1)
    }
}
