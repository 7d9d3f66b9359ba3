import FoundationEssentials

/// The settings of an FSRS-6 scheduler; the defaults are py-fsrs 6.x's.
package struct FSRSParameters: Sendable, Hashable, Codable {
    /// The number of FSRS-6 model weights.
    static let weightCount = 21

    /// py-fsrs's `DEFAULT_PARAMETERS` (w[0] ... w[20]; w[20] is the decay, 0.1542).
    package static let defaultWeights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666,
        0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658,
        0.1542,
    ]

    /// py-fsrs's `LOWER_BOUNDS_PARAMETERS`: the smallest valid value of each weight.
    static let lowerBounds: [Double] = [
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0,
        0.001, 0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0,
        0.1,
    ]

    /// py-fsrs's `UPPER_BOUNDS_PARAMETERS`: the largest valid value of each weight.
    static let upperBounds: [Double] = [
        100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8,
        3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8,
        0.8,
    ]

    /// The 21 model weights.
    var weights: [Double]
    /// The recall probability that review intervals aim for (0.9).
    var desiredRetention: Double
    /// Learning steps in seconds (1 min, 10 min).
    var learningSteps: [TimeInterval]
    /// Relearning steps in seconds (10 min).
    var relearningSteps: [TimeInterval]
    /// The longest review interval, in days (36,500).
    var maximumInterval: Int

    /// Creates parameters; every argument defaults to py-fsrs's default.
    package init(
        weights: [Double] = FSRSParameters.defaultWeights,
        desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600],
        relearningSteps: [TimeInterval] = [600],
        maximumInterval: Int = 36_500
    ) {
        self.weights = weights
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
    }

    /// py-fsrs's default scheduler settings (without fuzzing).
    package static let standard = FSRSParameters()

    /// A description of each invalid setting; empty when the parameters are usable.
    ///
    /// Checks what py-fsrs checks (21 weights, each within its bounds) plus a retention in (0, 1),
    /// a maximum interval of at least one day and positive steps.
    package var problems: [String] {
        var problems: [String] = []
        if weights.count != Self.weightCount {
            problems.append("expected \(Self.weightCount) weights, got \(weights.count)")
        } else {
            for index in weights.indices {
                let (value, low, high) = (weights[index], Self.lowerBounds[index], Self.upperBounds[index])
                if !(low <= value && value <= high) {
                    problems.append("weights[\(index)] = \(value) is out of bounds: (\(low), \(high))")
                }
            }
        }
        if !(desiredRetention > 0 && desiredRetention < 1) {
            problems.append("desired retention \(desiredRetention) is not in (0, 1)")
        }
        if maximumInterval < 1 {
            problems.append("maximum interval \(maximumInterval) is less than one day")
        }
        if (learningSteps + relearningSteps).contains(where: { !($0 > 0 && $0.isFinite) }) {
            problems.append("learning and relearning steps must be positive")
        }
        return problems
    }

    /// Whether `problems` is empty.
    var isValid: Bool { problems.isEmpty }
}
