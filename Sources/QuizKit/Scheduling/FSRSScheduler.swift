import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The FSRS-6 scheduler, matching py-fsrs 6.x with fuzzing disabled.
///
/// Pure and deterministic: every function takes the time as an argument. The arithmetic
/// mirrors py-fsrs's expressions term by term (including `math.e ** x` as `pow(e, x)`),
/// so results agree with py-fsrs to the last bit on the same libm.
package struct FSRSScheduler: Sendable {
    /// The settings this scheduler uses.
    let parameters: FSRSParameters
    /// The forgetting curve's exponent, −w[20].
    let decay: Double
    /// The forgetting curve's factor, 0.9^(1/decay) − 1 (py-fsrs's `_FACTOR`; always 0.9, not the desired retention).
    let factor: Double

    // Precomputed terms; each is the exact value py-fsrs recomputes on every call.
    private let w: [Double]
    private let retentionTerm: Double  // desired_retention ** (1 / DECAY) - 1
    private let easyInitialDifficulty: Double  // _initial_difficulty(Easy, clamp=False)
    private let expW8: Double  // e ** w[8]
    private let forgetShortTermDivisor: Double  // e ** (w[17] * w[18])
    private let shortTermGradeFactor: (Double, Double, Double, Double)  // e ** (w[17] * (g - 3 + w[18]))
    private let learningStepsMicros: [Double]
    private let relearningStepsMicros: [Double]

    /// The lowest stability py-fsrs allows (`STABILITY_MIN`).
    static let minimumStability = 0.001
    /// The difficulty range py-fsrs clamps to.
    static let difficultyRange: ClosedRange<Double> = 1.0...10.0

    /// Python's `math.e`.
    private static let e = 2.718281828459045
    private static let secondsPerDay: Double = 86_400
    private static let microsPerDay: Int64 = 86_400_000_000

    /// Creates a scheduler; `parameters.weights` must hold 21 values (see `FSRSParameters.problems`).
    package init(parameters: FSRSParameters = .standard) {
        precondition(
            parameters.weights.count == FSRSParameters.weightCount,
            "FSRS-6 needs \(FSRSParameters.weightCount) weights, got \(parameters.weights.count)"
        )
        let w = parameters.weights
        self.parameters = parameters
        self.w = w
        decay = -w[20]
        factor = pow(0.9, 1 / decay) - 1
        retentionTerm = pow(parameters.desiredRetention, 1 / decay) - 1
        easyInitialDifficulty = w[4] - pow(Self.e, w[5] * 3) + 1
        expW8 = pow(Self.e, w[8])
        forgetShortTermDivisor = pow(Self.e, w[17] * w[18])
        func shortTerm(_ grade: Double) -> Double { pow(Self.e, w[17] * (grade - 3 + w[18])) }
        shortTermGradeFactor = (shortTerm(1), shortTerm(2), shortTerm(3), shortTerm(4))
        learningStepsMicros = parameters.learningSteps.map(Self.micros)
        relearningStepsMicros = parameters.relearningSteps.map(Self.micros)
    }

    // MARK: Reviewing

    /// The card after a review with `grade` at `time` (py-fsrs's `review_card`, without fuzzing).
    func reviewed(_ card: FSRSCard, grade: Grade, at time: Date) -> FSRSCard {
        var card = card
        review(&card, grade: grade, at: time)
        return card
    }

    /// Applies a review with `grade` at `time` to `card` in place; allocation-free.
    ///
    /// A hand-built review or relearning card without stability/difficulty (which py-fsrs rejects) starts from the initial values.
    func review(_ card: inout FSRSCard, grade: Grade, at time: Date) {
        let sameDay: Bool
        if let lastReview = card.lastReview {
            sameDay = Self.wholeDays(from: lastReview, to: time) < 1
        } else {
            sameDay = false
        }
        // Interval until due: either microseconds (steps) or whole days (review).
        var stepMicros: Double? = nil

        switch card.phase {
        case .learning, .relearning:
            let isLearning = card.phase == .learning
            let steps = isLearning ? learningStepsMicros : relearningStepsMicros
            var step = card.step ?? 0
            if let stability = card.stability, let difficulty = card.difficulty {
                updateMemory(
                    &card, stability: stability, difficulty: difficulty, grade: grade, at: time, sameDay: sameDay)
            } else {
                // py-fsrs initialises here only in learning; a relearning card always has both.
                card.stability = initialStability(grade)
                card.difficulty = initialDifficulty(grade)
            }

            if steps.isEmpty || (step >= steps.count && grade != .again) {
                card.phase = .review
                card.step = nil
            } else {
                switch grade {
                case .again:
                    step = 0
                    stepMicros = steps[0]
                case .hard:
                    if step == 0 && steps.count == 1 {
                        stepMicros = (steps[0] * 1.5).rounded(.toNearestOrEven)
                    } else if step == 0 {
                        stepMicros = ((steps[0] + steps[1]) / 2.0).rounded(.toNearestOrEven)
                    } else {
                        stepMicros = steps[step]
                    }
                case .good:
                    if step + 1 == steps.count {
                        card.phase = .review
                    } else {
                        step += 1
                        stepMicros = steps[step]
                    }
                case .easy:
                    card.phase = .review
                }
                card.step = card.phase == .review ? nil : step
            }

        case .review:
            let stability = card.stability ?? initialStability(grade)
            let difficulty = card.difficulty ?? initialDifficulty(grade)
            updateMemory(&card, stability: stability, difficulty: difficulty, grade: grade, at: time, sameDay: sameDay)
            card.step = nil
            if grade == .again, let first = relearningStepsMicros.first {
                card.phase = .relearning
                card.step = 0
                stepMicros = first
            }
        }

        if let micros = stepMicros {
            card.due = time.addingTimeInterval(micros / 1_000_000)
        } else {
            let days = nextIntervalDays(stability: card.stability ?? Self.minimumStability)
            card.due = time.addingTimeInterval(Double(days) * Self.secondsPerDay)
        }
        card.lastReview = time
    }

    // MARK: Forgetting curve

    /// The stability and difficulty update shared by every phase: the short-term formula for a same-day review,
    /// else the recall or forgetting formula at the card's current retrievability (py-fsrs's order of evaluation).
    private func updateMemory(
        _ card: inout FSRSCard, stability: Double, difficulty: Double, grade: Grade, at time: Date, sameDay: Bool
    ) {
        if sameDay {
            card.stability = shortTermStability(stability, grade: grade)
        } else {
            let r = retrievability(of: card, at: time)
            card.stability = nextStability(
                difficulty: difficulty, stability: stability, retrievability: r, grade: grade)
        }
        card.difficulty = nextDifficulty(difficulty, grade: grade)
    }

    /// The probability of recall at `time` (py-fsrs's `get_card_retrievability`).
    ///
    /// 0 for a never-reviewed card. Counts whole elapsed days only (floor, at least 0), so it stays
    /// 1 for the first 24 hours after a review and steps down once a day. Works for future dates.
    package func retrievability(of card: FSRSCard, at time: Date) -> Double {
        guard let lastReview = card.lastReview, let stability = card.stability else { return 0 }
        let elapsedDays = max(0, Self.wholeDays(from: lastReview, to: time))
        return retrievability(elapsedDays: elapsedDays, stability: stability)
    }

    /// The probability of recall `elapsedDays` whole days after a review, given the stability.
    package func retrievability(elapsedDays: Int, stability: Double) -> Double {
        pow(1 + factor * Double(elapsedDays) / stability, decay)
    }

    /// The predicted probability of recall at `time`, 0...1, for what dlquiz shows and plans by.
    ///
    /// The same forgetting curve as `retrievability(of:at:)`, R(t) = (1 + factor · t / S)^decay (FSRS-6), but at
    /// the real elapsed time t in fractional days, so a question failed an hour ago shows the recall an hour of
    /// forgetting leaves, not 100 %. The review step itself keeps py-fsrs's whole days, so schedules stay
    /// identical to py-fsrs. 0 for a never-reviewed card; 1 at or before the last review.
    func predictedRecall(of card: FSRSCard, at time: Date) -> Double {
        guard let lastReview = card.lastReview, let stability = card.stability, stability > 0 else { return 0 }
        let days = max(0, time.timeIntervalSince(lastReview) / Self.secondsPerDay)
        return pow(1 + factor * days / stability, decay)
    }

    /// The review interval in whole days for a stability (py-fsrs's `_next_interval`).
    ///
    /// Rounded half-to-even like Python's `round`, then clamped to 1...maximumInterval.
    func nextIntervalDays(stability: Double) -> Int {
        let exact = (stability / factor) * retentionTerm
        let rounded = exact.rounded(.toNearestOrEven)
        guard rounded.isFinite else { return rounded < 0 ? 1 : max(1, parameters.maximumInterval) }
        let days = rounded >= Double(Int.max) ? Int.max : Int(rounded)
        return min(max(days, 1), parameters.maximumInterval)
    }

    // MARK: Model formulas (py-fsrs's private helpers)

    private func initialStability(_ grade: Grade) -> Double {
        max(w[grade.rawValue - 1], Self.minimumStability)
    }

    private func initialDifficulty(_ grade: Grade) -> Double {
        let d = w[4] - pow(Self.e, w[5] * Double(grade.rawValue - 1)) + 1
        return Self.clampDifficulty(d)
    }

    private func shortTermStability(_ stability: Double, grade: Grade) -> Double {
        let gradeFactor: Double
        switch grade {
        case .again: gradeFactor = shortTermGradeFactor.0
        case .hard: gradeFactor = shortTermGradeFactor.1
        case .good: gradeFactor = shortTermGradeFactor.2
        case .easy: gradeFactor = shortTermGradeFactor.3
        }
        var increase = gradeFactor * pow(stability, -w[19])
        if grade != .again {
            increase = max(increase, 1.0)
        }
        return max(stability * increase, Self.minimumStability)
    }

    private func nextDifficulty(_ difficulty: Double, grade: Grade) -> Double {
        let delta = -(w[6] * Double(grade.rawValue - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        let reverted = w[7] * easyInitialDifficulty + (1 - w[7]) * damped
        return Self.clampDifficulty(reverted)
    }

    private func nextStability(difficulty: Double, stability: Double, retrievability: Double, grade: Grade) -> Double {
        let next: Double
        if grade == .again {
            let longTerm =
                w[11]
                * pow(difficulty, -w[12])
                * (pow(stability + 1, w[13]) - 1)
                * pow(Self.e, (1 - retrievability) * w[14])
            let shortTerm = stability / forgetShortTermDivisor
            next = min(longTerm, shortTerm)
        } else {
            let hardPenalty = grade == .hard ? w[15] : 1
            let easyBonus = grade == .easy ? w[16] : 1
            next =
                stability
                * (1
                    + expW8
                    * (11 - difficulty)
                    * pow(stability, -w[9])
                    * (pow(Self.e, (1 - retrievability) * w[10]) - 1)
                    * hardPenalty
                    * easyBonus)
        }
        return max(next, Self.minimumStability)
    }

    private static func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, difficultyRange.lowerBound), difficultyRange.upperBound)
    }

    // MARK: Time arithmetic (Python timedelta semantics)

    /// Seconds as whole microseconds, as `timedelta(seconds:)` stores them.
    private static func micros(_ seconds: TimeInterval) -> Double {
        (seconds * 1_000_000).rounded(.toNearestOrEven)
    }

    /// `(to - from).days` in Python: whole days, rounded down (so negative before `from`).
    static func wholeDays(from start: Date, to end: Date) -> Int {
        let micros = (end.timeIntervalSince(start) * 1_000_000).rounded()
        // ±2^62 µs is about ±146,000 years; beyond that (or NaN) saturate.
        guard micros.magnitude < 4.0e18 else {
            return micros.isNaN ? 0 : (micros < 0 ? Int.min / 2 : Int.max / 2)
        }
        let m = Int64(micros)
        let (q, r) = m.quotientAndRemainder(dividingBy: microsPerDay)
        return Int(r < 0 ? q - 1 : q)
    }
}

// MARK: - FSRSScheduler Replay

extension FSRSScheduler {
    /// The state of a card created at `createdAt` after `reviews`, applied in the given order.
    ///
    /// Pass reviews oldest first (py-fsrs's `reschedule_card` sorts them; this does not, to stay
    /// allocation-free). A review earlier than the previous one counts as a same-day review, as in py-fsrs.
    func replay(_ reviews: some Sequence<(grade: Grade, time: Date)>, createdAt: Date) -> FSRSCard {
        replay(reviews, startingFrom: .new(at: createdAt))
    }

    /// The state of `card` after further `reviews`, applied in the given order; allocation-free.
    func replay(_ reviews: some Sequence<(grade: Grade, time: Date)>, startingFrom card: FSRSCard) -> FSRSCard {
        var card = card
        for review in reviews {
            self.review(&card, grade: review.grade, at: review.time)
        }
        return card
    }
}
