import Testing

@testable import QuizKit

/// The cue language: what each kind reads, and where a line goes wrong.
@Suite struct CueTests {
    @Test func eachKindReadsItsTerms() throws {
        #expect(
            try Cue(parsing: "all: running mean | moving average, inference")
                == Cue(kind: .together(window: nil), terms: [["running mean", "moving average"], ["inference"]]))
        #expect(
            try Cue(parsing: "near 12: dropout, after ... last bn")
                == Cue(kind: .together(window: 12), terms: [["dropout"], ["after ... last bn"]]))
        #expect(try Cue(parsing: "need: debated｜disputed") == Cue(kind: .required, terms: [["debated", "disputed"]]))
        #expect(
            try Cue(parsing: "not: inference， recompute")
                == Cue(kind: .veto(window: nil), terms: [["inference"], ["recompute"]]))
        #expect(try Cue(parsing: "not near 30：gap, bias") == Cue(kind: .veto(window: 30), terms: [["gap"], ["bias"]]))
        #expect(
            try Cue(parsing: "  ALSO:  keeps the running mean, and uses it  ")
                == Cue(kind: .phrasing, terms: [["keeps the running mean, and uses it"]]))
    }

    @Test(arguments: [
        ("running mean, inference", CueSyntaxError(column: 1, problem: .missingKind)),
        ("any: x", CueSyntaxError(column: 1, problem: .unknownKind("any"))),
        ("near ten: x, y", CueSyntaxError(column: 1, problem: .badWindow("ten"))),
        ("near 99: x, y", CueSyntaxError(column: 1, problem: .badWindow("99"))),
        ("all: x,, y", CueSyntaxError(column: 8, problem: .emptyTerm)),
        ("all: x |", CueSyntaxError(column: 9, problem: .emptyTerm)),
        ("all: 移動平均, the", CueSyntaxError(column: 11, problem: .noContentWords("the"))),
        ("also:   ", CueSyntaxError(column: 6, problem: .emptyTerm)),
    ])
    func aBadLineNamesItsColumn(line: String, error: CueSyntaxError) {
        #expect(throws: error) { try Cue(parsing: line) }
        #expect(Cue.syntaxError(in: line) == error)
    }

    @Test func aGoodLinePassesTheQuickCheck() {
        for line in ["all: x, y", "need: 議論 | 反論", "not: without", "near 5: x | y, z", "also: the running mean"] {
            #expect(Cue.syntaxError(in: line) == nil, "\(line)")
        }
    }

    // MARK: Matching

    static func match(_ answer: String, point: String = "Uses the running averages at inference.", cues: [String])
        -> KeyPointMatch
    {
        KeyPointMatcher(points: [point], cues: [cues], questionText: "", language: "en").match(answer).points[0]
    }

    static func covered(_ answer: String, point: String = "Uses the running averages at inference.", cues: [String])
        -> Bool
    {
        match(answer, point: point, cues: cues).isCovered
    }

    @Test func allNeedsEveryTermInOneSentence() {
        let cues = ["all: running mean | moving average, inference | test time"]
        #expect(Self.match("At test time it switches to the moving averages.", cues: cues).basis == .cue)
        #expect(Self.match("It keeps a moving average. At test time it is fixed.", cues: cues).basis != .cue)
    }

    @Test func orderedSegmentsTellWhoDoesWhat() {
        let cues = ["all: random search ... beats ... grid search"]
        let point = "Prefers random to grid search."
        #expect(Self.match("Random search beats grid search.", point: point, cues: cues).basis == .cue)
        #expect(Self.match("Grid search beats random search.", point: point, cues: cues).basis != .cue)
    }

    @Test func aCueNeedsSomeOfThePointsOwnText() {
        // The cue's terms alone, in an answer about something else, do not cover the point.
        let cues = ["all: beats"]
        #expect(
            Self.match("Random search beats grid search.", point: "Prefers random to grid search.", cues: cues).basis
                == .cue)
        #expect(
            Self.match("Her record beats every other record.", point: "Prefers random to grid search.", cues: cues)
                .basis != .cue)
    }

    @Test func aRepeatedTermAsksForTwoDifferentThings() {
        let remedies = "more data | regularization | dropout | early stopping"
        let cues = ["near 20: variance, \(remedies), \(remedies)"]
        let point = "Remedies for variance, at least two."
        #expect(Self.covered("For variance: more data and dropout.", point: point, cues: cues))
        #expect(!Self.covered("For variance: more data.", point: point, cues: cues))
    }

    @Test func needGatesTheSimilarity() {
        let point = "Why it helps is debated: covariate shift, later a smoother loss landscape."
        #expect(Self.covered("The loss landscape gets smoother, which is debated.", point: point, cues: []))
        #expect(
            !Self.covered(
                "It reduces covariate shift and the loss landscape.", point: point,
                cues: ["need: debated | disputed | smoother"]))
    }

    @Test func notVetoesWhateverElseTheAnswerSays() {
        let cues = ["all: running average, inference", "not: inference, recompute | current batch"]
        let answer =
            "Running averages are kept during training. At inference you recompute the statistics from the current batch."
        #expect(!Self.covered(answer, cues: cues))
        #expect(Self.covered("At inference it uses the running averages.", cues: cues))
    }

    @Test func termsAreReadLikeAnswersWithNegation() {
        let cues = ["not: not depend, batch"]
        let point = "Depends on the batch size."
        #expect(!Self.covered("BN does not depend on the batch size.", point: point, cues: cues))
        #expect(Self.covered("BN depends on the batch size.", point: point, cues: cues))
    }
}

extension Cue {
    init(kind: Kind, terms: [[String]]) {
        self = try! Cue(parsing: "need: x")
        self.kind = kind
        self.terms = terms
    }
}
