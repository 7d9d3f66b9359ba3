import FoundationEssentials

/// The scorecard as JSON: what `dlquiz interviews` lists and `--fresh` reads. The keys are listed in the README.
extension Scorecard {
    /// The JSON document, with stable keys.
    package var json: JSONValue {
        .object([
            ("v", .int(Self.formatVersion)),
            ("type", "scorecard"),
            ("candidate", .string(candidate)),
            ("date", .string(localDate)),
            ("started", .string(Timestamp.string(from: started))),
            ("ended", .string(Timestamp.string(from: ended))),
            ("utcOffset", .int(utcOffset)),
            ("deck", .string(deckID)),
            ("deckTitle", .string(deckTitle)),
            ("language", .string(language)),
            ("seed", seed.map { .string(String($0)) } ?? .null),
            ("questions", .array(questions.map(\.json))),
            (
                "total",
                .object([
                    ("asked", .int(asked.count)),
                    ("score", .double(score)),
                    ("fraction", .double(fraction)),
                    ("seconds", .int(seconds)),
                    ("followUpsAsked", .int(followUpsAsked)),
                    ("followUpsAnsweredWell", .int(followUpsAnsweredWell)),
                ])
            ),
        ])
    }

    /// Reads a scorecard written by `json`.
    ///
    /// - Throws: `ScorecardReadError.notAScorecard` when `type` is not `scorecard`, `.unknownFormatVersion` when `v`
    ///   is not `formatVersion`, `.invalidJSON(location:problem:)` where the text breaks the JSON grammar, and
    ///   `.missingOrWrong(key:)` or `.incompleteQuestion(index:)` naming what is missing or wrong.
    package init(jsonBytes bytes: [UInt8]) throws(ScorecardReadError) {
        let root: JSONNode
        do {
            root = try JSONParser(bytes: bytes).parse()
        } catch {
            throw ScorecardReadError.invalidJSON(
                location: LineIndex(bytes: bytes).location(of: error.offset), problem: error.problem)
        }
        guard root["type"]?.stringValue == "scorecard" else { throw .notAScorecard }
        guard let version = root["v"]?.intValue, version == Self.formatVersion else {
            throw .unknownFormatVersion(root["v"]?.intValue)
        }
        func required<Value>(_ key: String, _ read: (JSONNode) -> Value?) throws(ScorecardReadError) -> Value {
            guard let node = root[key], let value = read(node) else {
                throw ScorecardReadError.missingOrWrong(key: key)
            }
            return value
        }
        candidate = try required("candidate", \.stringValue)
        started = try required("started") { $0.stringValue.flatMap(Timestamp.date(from:)) }
        ended = try required("ended") { $0.stringValue.flatMap(Timestamp.date(from:)) }
        utcOffset = root["utcOffset"]?.intValue ?? 0
        deckID = try required("deck", \.stringValue)
        deckTitle = root["deckTitle"]?.stringValue ?? deckID
        language = root["language"]?.stringValue ?? ""
        seed = root["seed"]?.stringValue.flatMap { UInt64($0) }
        let entries = try required("questions", \.arrayValue)
        var questions: [Entry] = []
        for (offset, node) in entries.enumerated() {
            guard let entry = Entry(json: node) else { throw ScorecardReadError.incompleteQuestion(index: offset) }
            questions.append(entry)
        }
        self.questions = questions
    }
}

extension Scorecard.Entry {
    var json: JSONValue {
        .object([
            ("id", .string(id)),
            ("topic", .string(topic)),
            ("topicName", .string(topicName)),
            ("difficulty", .int(difficulty)),
            ("suggestedSeconds", .int(suggestedSeconds)),
            ("question", .string(question)),
            ("status", .string(status.rawValue)),
            ("seconds", .int(seconds)),
            ("coverage", .double(coverage)),
            (
                "keyPoints",
                .array(keyPoints.map { .object([("text", .string($0.text)), ("covered", .bool($0.isCovered))]) })
            ),
            (
                "followUps",
                .array(
                    followUps.map {
                        .object([("question", .string($0.question)), ("result", .string($0.result.rawValue))])
                    })
            ),
            ("notes", .array(notes.map(JSONValue.string))),
        ])
    }

    init?(json node: JSONNode) {
        guard let id = node["id"]?.stringValue,
            let status = node["status"]?.stringValue.flatMap(InterviewRecord.Status.init(rawValue:)),
            let keyPoints = node["keyPoints"]?.arrayValue
        else { return nil }
        var points: [Scorecard.KeyPoint] = []
        for point in keyPoints {
            guard let text = point["text"]?.stringValue, let covered = point["covered"]?.boolValue else { return nil }
            points.append(Scorecard.KeyPoint(text: text, isCovered: covered))
        }
        var followUps: [Scorecard.FollowUpEntry] = []
        for followUp in node["followUps"]?.arrayValue ?? [] {
            guard let question = followUp["question"]?.stringValue,
                let result = followUp["result"]?.stringValue.flatMap(InterviewRecord.FollowUpResult.init(rawValue:))
            else { return nil }
            followUps.append(Scorecard.FollowUpEntry(question: question, result: result))
        }
        let topic = node["topic"]?.stringValue ?? ""
        self.init(
            id: id, topic: topic, topicName: node["topicName"]?.stringValue ?? topic,
            difficulty: node["difficulty"]?.intValue ?? 0, suggestedSeconds: node["suggestedSeconds"]?.intValue ?? 0,
            question: node["question"]?.stringValue ?? id, status: status, seconds: node["seconds"]?.intValue ?? 0,
            keyPoints: points, followUps: followUps,
            notes: (node["notes"]?.arrayValue ?? []).compactMap(\.stringValue))
    }
}

/// Why a scorecard file could not be read, as data; the command line words it.
package enum ScorecardReadError: Error, Sendable, Equatable {
    /// The file is JSON but its `type` is not `scorecard`.
    case notAScorecard
    /// The format version `v` (nil when missing or not a whole number) is not one this version reads.
    case unknownFormatVersion(Int?)
    /// The member `key` (such as `candidate`) is missing or has the wrong kind of value.
    case missingOrWrong(key: String)
    /// The entry `questions[index]` is incomplete.
    case incompleteQuestion(index: Int)
    /// The text is not JSON: where it breaks the grammar (1-based line and column) and how, as a clause
    /// ("expected ',' or '}' after an object member").
    case invalidJSON(location: SourceLocation, problem: JSONSyntaxError.Problem)
}
