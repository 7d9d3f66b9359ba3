import Foundation

@testable import QuizKit

/// The py-fsrs reference reviews in Fixtures/fsrs/reviews.json (made by make_fixtures.py).
struct FSRSFixture: Decodable {
    /// One scheduler configuration of the fixture.
    struct Config: Decodable {
        let parameters: [Double]
        let desiredRetention: Double
        let learningSteps: [Double]
        let relearningSteps: [Double]
        let maximumInterval: Int

        enum CodingKeys: String, CodingKey {
            case parameters
            case desiredRetention = "desired_retention"
            case learningSteps = "learning_steps"
            case relearningSteps = "relearning_steps"
            case maximumInterval = "maximum_interval"
        }

        /// The same settings as Swift parameters.
        var fsrsParameters: FSRSParameters {
            FSRSParameters(
                weights: parameters,
                desiredRetention: desiredRetention,
                learningSteps: learningSteps,
                relearningSteps: relearningSteps,
                maximumInterval: maximumInterval
            )
        }
    }

    /// One review: its input, the retrievability before it, and the card after it.
    struct Review: Decodable {
        let rating: Int
        let time: Int
        let retrievabilityBefore: Double
        let state: Int
        let step: Int?
        let stability: Double
        let difficulty: Double
        let due: Int
        let lastReview: Int

        init(from decoder: any Decoder) throws {
            // Columns as listed in the fixture's "columns".
            var row = try decoder.unkeyedContainer()
            rating = try row.decode(Int.self)
            time = try row.decode(Int.self)
            retrievabilityBefore = try row.decode(Double.self)
            state = try row.decode(Int.self)
            step = try row.decodeNil() ? nil : try row.decode(Int.self)
            stability = try row.decode(Double.self)
            difficulty = try row.decode(Double.self)
            due = try row.decode(Int.self)
            lastReview = try row.decode(Int.self)
        }
    }

    /// One card's history.
    struct History: Decodable {
        let config: Int
        let created: Int
        let reviews: [Review]
    }

    let pyFsrsVersion: String
    let seed: Int
    let columns: [String]
    let configs: [Config]
    let sequences: [History]

    enum CodingKeys: String, CodingKey {
        case pyFsrsVersion = "py_fsrs_version"
        case seed, columns, configs, sequences
    }

    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fsrs/reviews.json")

    static func load() throws -> FSRSFixture {
        try JSONDecoder().decode(FSRSFixture.self, from: Data(contentsOf: url))
    }
}

/// Seconds since 1970 as a Date.
func epoch(_ seconds: Int) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }
