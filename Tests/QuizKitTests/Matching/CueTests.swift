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
            try Cue(parsing: "any 2: x, y, z") == Cue(kind: .some(count: 2, window: nil), terms: [["x"], ["y"], ["z"]]))
        #expect(
            try Cue(parsing: "ANY 2 near 40: x | x2, y")
                == Cue(kind: .some(count: 2, window: 40), terms: [["x", "x2"], ["y"]])
        )
        #expect(
            try Cue(parsing: "  ALSO:  keeps the running mean, and uses it  ")
                == Cue(kind: .phrasing, terms: [["keeps the running mean, and uses it"]]))
    }

    @Test(arguments: [
        ("running mean, inference", CueSyntaxError(column: 1, problem: .missingKind)),
        ("any: x", CueSyntaxError(column: 1, problem: .unknownKind("any"))),
        ("near ten: x, y", CueSyntaxError(column: 1, problem: .badWindow("ten"))),
        ("near 99: x, y", CueSyntaxError(column: 1, problem: .badWindow("99"))),
        ("any two: x, y", CueSyntaxError(column: 1, problem: .badCount("two"))),
        ("any 0: x, y", CueSyntaxError(column: 1, problem: .badCount("0"))),
        ("any 2 near 99: x, y", CueSyntaxError(column: 1, problem: .badWindow("99"))),
        ("any 2 close 9: x, y", CueSyntaxError(column: 1, problem: .unknownKind("any 2 close 9"))),
        ("not any 2: x, y", CueSyntaxError(column: 1, problem: .unknownKind("not any 2"))),
        ("all: x,, y", CueSyntaxError(column: 8, problem: .emptyTerm)),
        ("all: x |", CueSyntaxError(column: 9, problem: .emptyTerm)),
        ("all: 移動平均, the", CueSyntaxError(column: 11, problem: .noContentWords("the"))),
        ("also:   ", CueSyntaxError(column: 6, problem: .emptyTerm)),
        ("any 3: ensemble, subnetwork", CueSyntaxError(column: 1, problem: .fewerTermsThanCount(count: 3, terms: 2))),
        ("any 2 near 5: ensemble", CueSyntaxError(column: 1, problem: .fewerTermsThanCount(count: 2, terms: 1))),
    ])
    func aBadLineNamesItsColumn(line: String, error: CueSyntaxError) {
        #expect(throws: error) { try Cue(parsing: line) }
        #expect(Cue.syntaxError(in: line) == error)
    }

    @Test func aGoodLinePassesTheQuickCheck() {
        for line in [
            "all: x, y", "need: 議論 | 反論", "not: without", "near 5: x | y, z", "also: the running mean",
            "any 2: x, y, z",
            "any 2 near 40: x | y, z",
        ] {
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

    @Test func anyCountsDifferentTermsNotOneTermTwice() {
        let cues = ["any 2 near 20: more data | augmentation, dropout | weight decay, early stopping"]
        let point = "Remedies for variance, at least two of: more data, regularization, early stopping."
        #expect(
            Self.match("For variance: more data, and stop early with early stopping.", point: point, cues: cues).basis
                == .cue)
        #expect(Self.match("For variance: more data and augmentation.", point: point, cues: cues).basis != .cue)
        #expect(
            Self.match("For variance: more data. More data. Even more data.", point: point, cues: cues).basis != .cue)
        // One sentence (`any 2:`) asks for both in it; a window reaches across sentences.
        #expect(
            Self.match("Get more data. Then add dropout.", point: point, cues: ["any 2: more data, dropout"]).basis
                != .cue)
        #expect(
            Self.match("Get more data. Then add dropout.", point: point, cues: ["any 2 near 10: more data, dropout"])
                .basis == .cue)
        // A term stated as negated is not stated.
        #expect(Self.match("For variance: more data, but never dropout.", point: point, cues: cues).basis != .cue)
    }

    @Test func needGatesTheSimilarity() {
        let point = "Why it helps is debated: covariate shift, later a smoother loss landscape."
        #expect(Self.covered("The loss landscape gets smoother, which is debated.", point: point, cues: []))
        #expect(
            !Self.covered(
                "It reduces covariate shift and the loss landscape.", point: point,
                cues: ["need: debated | disputed | smoother"]))
    }

    @Test func needGatesCuesToo() {
        // The README: without a `need:` term the point is never suggested, by its text or by a cue.
        let point = "The expected squared error splits into bias squared, variance and noise."
        let cues = ["all: bias, variance, noise", "need: squared | square"]
        #expect(
            Self.match("The squared error is bias squared plus variance plus noise.", point: point, cues: cues)
                .isCovered)
        #expect(!Self.match("The error is bias plus variance plus noise.", point: point, cues: cues).isCovered)
        #expect(Self.match("The error is bias plus variance plus noise.", point: point, cues: [cues[0]]).basis == .cue)
    }

    @Test func aFormulasParenthesesStayInItsClause() {
        // "TP/(TP+FN)" is one clause with "Precision is", so a one-clause `not:` sees the swapped formula.
        let point = "Defines precision as the share of predicted positives that are real."
        let cues = ["all: precision, tp", "not: precision, false negative"]
        #expect(Self.match("Precision is TP/(TP+FN).", point: point, cues: cues).basis == .contradiction)
        #expect(Self.match("Precision is TP/(TP+FP).", point: point, cues: cues).isCovered)
        // An aside in parentheses after a word is still its own clause.
        #expect(Self.match("Precision is TP over flagged ones (not the FN).", point: point, cues: cues).isCovered)
    }

    @Test func aSentenceStatingAMisconceptionSupportsNoPoint() {
        // Point 2's veto holds in the first sentence; that sentence then cannot cover point 1 either.
        let matcher = KeyPointMatcher(
            points: ["Uses running averages at inference.", "Normalizes with the batch statistics in training."],
            cues: [["all: running average, inference"], ["not: training, running average"]], questionText: "",
            language: "en")
        let wrong = matcher.match("In training and at inference it uses the running averages.")
        #expect(wrong.points.map(\.isCovered) == [false, false])
        let right = matcher.match("At inference it uses the running averages. In training, the batch statistics.")
        #expect(right.points[0].isCovered)
    }

    @Test func aLoneWordFindsItsPlaceInsideAPhraseOfTheLexicon() {
        // "harmonic mean" is one concept; `need: harmonic` and 「調和」 still find it.
        let point = "F1 is the harmonic mean of precision and recall."
        #expect(Self.match("F1 is the harmonic mean of the two.", point: point, cues: ["need: harmonic"]).isCovered)
        let japanese = KeyPointMatcher(
            points: ["F1 は適合率と再現率の調和平均"], cues: [["need: 調和", "all: f1, 調和平均"]], questionText: "",
            language: "ja")
        #expect(japanese.match("F1 は両者の調和平均です。").points[0].isCovered)
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
