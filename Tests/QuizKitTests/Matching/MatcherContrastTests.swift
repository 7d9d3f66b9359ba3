import Testing

@testable import QuizKit

/// Relations reversed with an antonym rather than a negation: the contrast of a point's anchor written in its place,
/// a window that contradicts the point as much as it states it, and the lexicon's antonymous predicates.
@Suite struct MatcherContrastTests {
    static func matcher(_ points: [String], language: String = "en", tuning: MatcherTuning = .init())
        -> KeyPointMatcher
    {
        KeyPointMatcher(points: points, cues: [], questionText: "", language: language, tuning: tuning)
    }

    /// The default tuning with one change.
    static func tuning(_ change: (inout MatcherTuning) -> Void) -> MatcherTuning {
        var tuning = MatcherTuning()
        change(&tuning)
        return tuning
    }

    @Test(arguments: [
        (
            "en", "Relates the limit to curvature: the sharper the loss surface, the smaller the stable step.",
            "The limit is tied to curvature: the sharper the loss surface (the higher the curvature), the smaller the stable step.",
            "The limit is tied to curvature: the sharper the loss surface (the higher the curvature), the larger the stable step."
        ),
        (
            "ja", "上限を曲率と結びつける：損失面が鋭いほど安定な歩幅は小さい（上限は曲率の逆数の約2倍）",
            "安定に取れる上限は曲率と関係していて、損失面が鋭い（曲率が大きい）ほど安定な歩幅は小さくなります。目安として上限は曲率の逆数の約2倍です。",
            "安定に取れる上限は曲率と関係していて、損失面が鋭い（曲率が大きい）ほど安定な歩幅は大きくなります。目安として上限は曲率の約2倍です。"
        ),
    ])
    func theAnchorsContrastWrittenInItsPlaceContradictsThePoint(
        language: String, point: String, right: String, reversed: String
    ) {
        #expect(Self.matcher([point], language: language).match(right).suggested == KeyPointSet([1]))
        #expect(Self.matcher([point], language: language).match(reversed).suggested.isEmpty)
        // Without the anchor's contrast counted against the point and the window's limit, the reversed Japanese
        // answer was suggested (the English one already lost the words of its swapped clause).
        if language == "ja" {
            let neither = Self.tuning {
                $0.anchorContrastContradicts = false
                $0.windowContradictionLimit = nil
                $0.windowRefusedWhereAnchorReversed = false
            }
            let noLimit = Self.tuning {
                $0.windowContradictionLimit = nil
                $0.windowRefusedWhereAnchorReversed = false
            }
            #expect(
                Self.matcher([point], language: language, tuning: neither).match(reversed).suggested == KeyPointSet([1])
            )
            #expect(
                Self.matcher([point], language: language, tuning: noLimit).match(reversed).suggested == KeyPointSet([1])
            )
        }
    }

    @Test func aWindowThatPutsTheAnchorsContrastInItsPlaceDoesNotCoverThePoint() {
        // Everything but the anchor is stated: the slopes multiply, the gradient vanishes, some layers learn slowly.
        // (In English the swapped clause already loses its words; a Japanese clause keeps more of them.)
        let point = "層を重ねると小さな傾きが掛け合わされて勾配が消失し、入力に近い層の学習が遅れる"
        let reversed = "層を重ねると小さな傾きが掛け合わされて勾配が消失し、出力に近い層ほど学習が遅れます。"
        #expect(Self.matcher([point], language: "ja").match(reversed).suggested.isEmpty)
        // The rule alone refuses it, without the window's contradiction limit.
        let noLimit = Self.tuning { $0.windowContradictionLimit = nil }
        #expect(Self.matcher([point], language: "ja", tuning: noLimit).match(reversed).suggested.isEmpty)
        let lenient = Self.tuning {
            $0.windowRefusedWhereAnchorReversed = false
            $0.windowContradictionLimit = nil
        }
        #expect(Self.matcher([point], language: "ja", tuning: lenient).match(reversed).suggested == KeyPointSet([1]))
    }

    @Test func aContrastAnotherClauseOfThePointIsAnchoredOnIsNotAReversal() {
        // "variance" reverses the first clause's anchor, but the second clause is anchored on it: stated, not reversed.
        let point =
            "High training error signals bias; a large gap between training and validation error signals variance."
        let answer =
            "High training error means bias, and a large gap between training and validation error means variance."
        let twoSentences =
            "High training error means bias. A large gap between training and validation error means variance."
        let index = AnswerIndex(twoSentences, lexicon: .shared)
        let text = PointCompiler(questionText: "", lexicon: .shared, tuning: MatcherTuning()).text(point)
        let similarity = PointScorer(answer: index, tuning: MatcherTuning(), isJapanese: false).similarity(text)
        #expect(similarity.reversedAnchors.isEmpty)
        #expect(Self.matcher([point]).match(answer).suggested == KeyPointSet([1]))
    }

    @Test func aJapaneseCueDoesNotHoldWhereTheAnchorsContrastTakesItsPlace() {
        let point = ["層を重ねると小さな傾きが掛け合わされて勾配が消失し、入力に近い層の学習が遅れる"]
        let cues = [["all: 掛け合わ, 消失"]]
        let reversed = "小さな傾きが掛け合わされて勾配が消失し、出力に近い層ほど学習が遅れます。"
        let right = "小さな傾きが掛け合わされて勾配が消失し、入力に近い層ほど学習が遅れます。"
        let matcher = { (tuning: MatcherTuning) in
            KeyPointMatcher(points: point, cues: cues, questionText: "", language: "ja", tuning: tuning)
        }
        #expect(matcher(MatcherTuning()).match(right).points[0].basis == .cue)
        #expect(matcher(MatcherTuning()).match(reversed).suggested.isEmpty)
        let lenient = Self.tuning { $0.japaneseCueRefusedWhereAnchorReversed = false }
        #expect(matcher(lenient).match(reversed).points[0].basis == .cue)
    }

    @Test func theAnchorsContrastIsCountedAsAContradiction() throws {
        // "smaller" is the anchor of the point's clause; "larger", in a clause about it instead, contradicts it.
        let point = "the sharper the surface, the smaller the stable step"
        let answer = "the sharper the surface, the larger the stable step"
        let compiler = PointCompiler(questionText: "", lexicon: .shared, tuning: MatcherTuning())
        let text = compiler.text(point)
        let small = try #require(text.features.first { $0.term.feature == "c:small" })
        #expect(small.contrasts == ["c:large"])
        let index = AnswerIndex(answer, lexicon: .shared)
        let with = PointScorer(answer: index, tuning: MatcherTuning(), isJapanese: false).similarity(text)
        let noContrast = Self.tuning { $0.anchorContrastContradicts = false }
        let without = PointScorer(answer: index, tuning: noContrast, isJapanese: false).similarity(text)
        #expect(with.contradictions[0, default: 0] >= without.contradictions[0, default: 0] + small.weight)
    }

    @Test func antonymousPredicatesOfTheLexiconContradict() {
        let rescale = ["Rescales the learning rate in proportion to the batch size."]
        #expect(
            Self.matcher(rescale).match("When the batch size doubles, the learning rate grows in proportion to it.")
                .suggested == KeyPointSet([1]))
        #expect(
            Self.matcher(rescale).match("When the batch size doubles, halve the learning rate to rescale it.")
                .suggested.isEmpty)
        let once = ["Each sample is used once per epoch, so workers reading one stream shard it."]
        #expect(
            Self.matcher(once).match(
                "Every sample is seen once per epoch; workers reading one stream each take a shard."
            )
            .suggested == KeyPointSet([1]))
        #expect(
            Self.matcher(once).match(
                "Workers reading one stream see some samples more than once per epoch, which is fine, no shard needed."
            ).suggested.isEmpty)
    }

    @Test func flatIsTheContrastOfSharp() {
        let features = AnalyzedText("the flatter the loss surface").units.map(\.feature)
        #expect(features.contains("c:smooth"))
        let lexicon = Lexicon.shared
        let smooth = try! #require(lexicon.index(of: "smooth"))
        let sharp = try! #require(lexicon.index(of: "sharp"))
        #expect(lexicon.contrasts[smooth].contains(sharp))
    }
}
