import Testing

@testable import QuizKit

/// The matcher on whole answers: paraphrases found, with their evidence; contradictions, swapped terms and reversed
/// inequalities refused; cues that add phrasings, demand terms and veto.
@Suite struct KeyPointMatcherTests {
    static func matcher(_ points: [String], cues: [[String]] = [], question: String = "", language: String = "en")
        -> KeyPointMatcher
    {
        KeyPointMatcher(points: points, cues: cues, questionText: question, language: language)
    }

    static let batchNorm = [
        "Normalizes each feature with the mean and variance of the current mini-batch.",
        "At inference it uses running averages of mean and variance gathered in training, not the batch's own.",
        "Small batches give noisy statistics; batch-independent norms such as GroupNorm or LayerNorm avoid that.",
    ]

    @Test func aParaphraseIsSuggestedWithItsEvidence() {
        let answer = "BN standardises every feature using the batch mean and var. Nothing else."
        let match = Self.matcher(Self.batchNorm).match(answer)
        #expect(match.suggested == KeyPointSet([1]))
        let point = match.points[0]
        #expect(point.basis == .phrasing && point.confidence > 0.5)
        #expect(point.evidence(in: answer) == "standardises every feature using the batch mean and var")
        #expect(match.points[1].isCovered == false && match.points[1].confidence < 0.5)
    }

    @Test func theSamePointReadsTheSameInJapaneseWithMixedScripts() {
        let points = ["特徴量ごとに、ミニバッチの平均と分散で標準化する"]
        let answer = "BNはミニバッチ内の平均と分散を使って各特徴量を正規化します。"
        #expect(Self.matcher(points, language: "ja").match(answer).suggested == KeyPointSet([1]))
    }

    @Test func thePointsOppositePredicateIsNotCovered() {
        // The point says statistics depend on the batch; the answer says the opposite with the same words.
        let matcher = Self.matcher(["BN depends on the batch, so small batches give noisy statistics."])
        #expect(
            matcher.match("BN depends on the batch: with small batches the statistics are noisy.").suggested.count == 1)
        #expect(matcher.match("BN does not depend on the batch, so its statistics are fine.").suggested.isEmpty)
        #expect(matcher.match("BN is independent of the batch.").suggested.isEmpty)
    }

    @Test func swappedDefinitionsAreNotCovered() {
        let matcher = Self.matcher([
            "Bias: how far the average prediction is from the true value.",
            "Variance: how much the prediction changes when retrained on another sample.",
        ])
        let right =
            "Bias is how far the average prediction is from the true value, and variance is how much the prediction changes when you retrain on another sample."
        let swapped =
            "Variance is how far the average prediction is from the true value, and bias is how much the prediction changes when you retrain on another sample."
        #expect(matcher.match(right).suggested == KeyPointSet([1, 2]))
        #expect(matcher.match(swapped).suggested.isEmpty)
    }

    @Test func aReversedInequalityIsVetoed() {
        let point = "Near a minimum the learning rate must stay below two over the largest curvature."
        let cues = [
            "all: learning rate, below | < | less than, 2 / lambda_max | two over | curvature",
            "not: above | > | greater than, curvature | lambda_max",
        ]
        let matcher = Self.matcher([point], cues: [cues])
        #expect(matcher.match("Stability needs lr < 2/λ_max, the sharpest curvature.").suggested.count == 1)
        let reversed = matcher.match("The learning rate must be greater than 2 over the largest curvature.")
        #expect(reversed.suggested.isEmpty)
        #expect(reversed.points[0].basis == .contradiction)
        #expect(
            reversed.points[0].evidence(in: "The learning rate must be greater than 2 over the largest curvature.")
                == "greater than 2 over the largest curvature")
        // Without the cue, the contrast of "below" and "greater than" alone already refuses it.
        #expect(
            Self.matcher([point]).match("The learning rate must be greater than 2 over the largest curvature.")
                .suggested.isEmpty)
    }

    @Test func anAnswerWithoutTheIdeaIsNotSuggested() {
        let match = Self.matcher(Self.batchNorm).match("It makes training faster.")
        #expect(match.suggested.isEmpty)
        #expect(match.points.allSatisfy { !$0.isCovered && $0.basis == .none })
        #expect(Self.matcher(Self.batchNorm).match("").suggested.isEmpty)
    }

    @Test func theProposedGradeFollowsTheSuggestedCoverage() {
        let points = [
            "Epoch: one pass over the training data.", "Iteration: one mini-batch, one parameter update.",
            "Mini-batch: the samples behind one gradient estimate.",
        ]
        let matcher = Self.matcher(points)
        let all = matcher.match(
            "An epoch is one pass over the training data. An iteration processes one mini-batch and makes one parameter update. A mini-batch is the samples behind one gradient estimate."
        )
        #expect(all.suggested == KeyPointSet([1, 2, 3]) && all.proposedGrade == .easy)
        let one = matcher.match("An epoch is one pass over the training data.")
        #expect(one.coverage == 1.0 / 3 && one.proposedGrade == .again)
    }

    @Test func aLongAnswerIsLinearAndDeterministic() {
        let sentence = "Batch norm normalizes each feature with the mean and variance of the mini-batch. "
        let answer = String(repeating: sentence, count: 200)
        let matcher = Self.matcher(Self.batchNorm)
        #expect(matcher.match(answer) == matcher.match(answer))
        #expect(matcher.match(answer).suggested == KeyPointSet([1]))
    }
}
