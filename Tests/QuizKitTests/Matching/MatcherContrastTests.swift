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
            }
            let noLimit = Self.tuning { $0.windowContradictionLimit = nil }
            #expect(
                Self.matcher([point], language: language, tuning: neither).match(reversed).suggested == KeyPointSet([1])
            )
            #expect(
                Self.matcher([point], language: language, tuning: noLimit).match(reversed).suggested == KeyPointSet([1])
            )
        }
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
