/// Turns a parsed JSON document into a `Deck`, collecting every problem with its JSON path instead of stopping at the first.
struct DeckDecoder {
    /// Stop collecting after this many problems; the author fixes these first.
    static let problemLimit = DeckRules.problemLimit

    private(set) var problems: [(offset: Int?, path: String, problem: DeckDiagnostic.Problem)] = []
    private(set) var problemCount = 0
    private(set) var languages: [String] = []
    /// Whether each cue line is checked against the cue language (the bundled deck's were checked by its tests).
    var checksCueSyntax = true
    /// The bytes the document was parsed from, for the values its parser deferred (the bundled deck's cues).
    var source: [UInt8] = []

    /// The cues of a question from the bytes of its deferred `keyPointCues` (bytes its tests load with every check;
    /// a problem leaves the question without cues).
    static func cueTable(bytes: ArraySlice<UInt8>, languages: [String], keyPointCount: Int) -> [KeyPointCues] {
        guard let node = try? JSONParser(bytes: Array(bytes)).parse() else { return [] }
        var decoder = DeckDecoder()
        decoder.languages = languages
        decoder.checksCueSyntax = false
        let table = decoder.cueTable(node, path: "", keyPointCount: keyPointCount)
        return decoder.problemCount == 0 ? table : []
    }

    mutating func decode(_ root: JSONNode) -> Deck? {
        guard let members = object(root, path: "", what: .deck) else { return nil }
        checkKeys(
            members, allowed: ["$schema", "schemaVersion", "id", "title", "languages", "topics", "questions"], path: "")

        guard let versionNode = required("schemaVersion", in: members, of: root, path: "") else { return nil }
        guard let version = integer(versionNode, path: "schemaVersion", in: 1...Int.max) else { return nil }
        guard version == Deck.currentSchemaVersion else {
            report(
                versionNode.offset, "schemaVersion",
                .unknownSchemaVersion(found: version, supported: Deck.currentSchemaVersion))
            return nil
        }

        let id = required("id", in: members, of: root, path: "").flatMap { identifier($0, path: "id") }
        languages = required("languages", in: members, of: root, path: "").flatMap { languageList($0) } ?? []
        if languages.isEmpty { return nil }
        let title = required("title", in: members, of: root, path: "").flatMap { localized($0, path: "title") }
        let topicNames = member("topics", in: members).map { topicNameList($0) } ?? []
        let questions = required("questions", in: members, of: root, path: "").flatMap { questionList($0) }

        guard problemCount == 0, let id, let title, let questions else { return nil }
        return Deck(
            schemaVersion: version, id: id, title: title, languages: languages,
            topicNames: topicNames.map { TopicName(topic: $0.topic, name: $0.name) }, questions: questions)
    }

    // MARK: Questions

    private mutating func questionList(_ node: JSONNode) -> [Question]? {
        guard let elements = array(node, path: "questions") else { return nil }
        if elements.isEmpty {
            report(node.offset, "questions", .noQuestions(markdown: false))
            return nil
        }
        var questions: [Question] = []
        questions.reserveCapacity(elements.count)
        var firstUse: [String: Int] = [:]
        for (index, element) in elements.enumerated() {
            let path = "questions[\(index)]"
            // Duplicates are checked on the raw id, so they are found even in questions with other problems.
            if case .object(let members) = element.value, let idMember = members.first(where: { $0.key == "id" }),
                case .string(let id) = idMember.value.value
            {
                if let first = firstUse[id] {
                    report(
                        idMember.value.offset, path + ".id",
                        DeckRules.duplicateID(id, firstUse: .path("questions[\(first)]")))
                    continue
                }
                firstUse[id] = index
            }
            if let question = self.question(element, path: path) { questions.append(question) }
        }
        return questions
    }

    private mutating func question(_ node: JSONNode, path: String) -> Question? {
        guard let members = object(node, path: path, what: .question) else { return nil }
        checkKeys(
            members,
            allowed: [
                "id", "topic", "difficulty", "minutes", "question", "oneMinuteAnswer", "answer", "details", "keyPoints",
                "keyPointCues", "followUps", "references",
            ], path: path)
        let before = problemCount
        let id = required("id", in: members, of: node, path: path).flatMap { identifier($0, path: path + ".id") }
        let topic = required("topic", in: members, of: node, path: path).flatMap {
            identifier($0, path: path + ".topic")
        }
        let difficulty = required("difficulty", in: members, of: node, path: path).flatMap {
            integer($0, path: path + ".difficulty", in: DeckRules.difficulties)
        }
        let minutes = required("minutes", in: members, of: node, path: path).flatMap {
            positiveNumber($0, path: path + ".minutes")
        }
        let question = required("question", in: members, of: node, path: path).flatMap {
            localized($0, path: path + ".question")
        }
        let answer = required("answer", in: members, of: node, path: path).flatMap {
            localized($0, path: path + ".answer")
        }
        let oneMinuteAnswer = member("oneMinuteAnswer", in: members).flatMap {
            localized($0, path: path + ".oneMinuteAnswer")
        }
        let details = member("details", in: members).flatMap { localized($0, path: path + ".details") }
        let keyPoints: [LocalizedText]? =
            member("keyPoints", in: members).map {
                localizedList($0, path: path + ".keyPoints", count: DeckRules.keyPointCount, singleLine: true)
            } ?? []
        // Probes are checked against every key point written, even one with a problem of its own.
        let keyPointCount =
            member("keyPoints", in: members).map { node in
                if case .array(let elements) = node.value { elements.count } else { 0 }
            } ?? 0
        var deferredCues: DeferredCues? = nil
        let keyPointCues =
            member("keyPointCues", in: members).map { (node: JSONNode) -> [KeyPointCues] in
                if case .deferred(let range) = node.value {
                    deferredCues = DeferredCues(
                        bytes: source[range], languages: languages, keyPointCount: keyPointCount)
                    return []
                }
                return cueTable(node, path: path + ".keyPointCues", keyPointCount: keyPointCount)
            } ?? []
        let followUps =
            member("followUps", in: members).flatMap {
                followUpList($0, path: path + ".followUps", keyPointCount: keyPointCount)
            } ?? []
        let references =
            member("references", in: members).flatMap {
                localizedList($0, path: path + ".references", count: DeckRules.referenceCount, singleLine: true)
            } ?? []
        guard problemCount == before, let id, let topic, let difficulty, let minutes, let question, let answer,
            let keyPoints
        else { return nil }
        var result = Question(
            id: id, topic: topic, difficulty: difficulty, minutes: minutes, question: question,
            oneMinuteAnswer: oneMinuteAnswer, answer: answer, details: details, keyPoints: keyPoints,
            followUps: followUps, references: references, keyPointCues: keyPointCues)
        if let deferredCues { result.cueStorage = .deferred(deferredCues) }
        return result
    }

    private mutating func followUpList(_ node: JSONNode, path: String, keyPointCount: Int) -> [FollowUp]? {
        guard let elements = array(node, path: path) else { return nil }
        var result: [FollowUp] = []
        for (index, element) in elements.enumerated() {
            let itemPath = "\(path)[\(index)]"
            guard let members = object(element, path: itemPath, what: .followUp) else { continue }
            checkKeys(members, allowed: ["question", "answer", "probes"], path: itemPath)
            let question = required("question", in: members, of: element, path: itemPath).flatMap {
                localized($0, path: itemPath + ".question")
            }
            let answer = required("answer", in: members, of: element, path: itemPath).flatMap {
                localized($0, path: itemPath + ".answer")
            }
            let probes =
                member("probes", in: members).flatMap {
                    probeList($0, path: itemPath + ".probes", keyPointCount: keyPointCount)
                } ?? []
            if let question, let answer { result.append(FollowUp(question: question, answer: answer, probes: probes)) }
        }
        return result
    }

    /// Whole numbers naming key points of the question, each 1 to `keyPointCount` and listed once; kept sorted.
    private mutating func probeList(_ node: JSONNode, path: String, keyPointCount: Int) -> [Int]? {
        guard let elements = array(node, path: path) else { return nil }
        var numbers: [Int] = []
        var offsets: [Int] = []
        for (index, element) in elements.enumerated() {
            guard let number = integer(element, path: "\(path)[\(index)]", in: Int.min...Int.max) else { continue }
            numbers.append(number)
            offsets.append(index)
        }
        for (position, problem) in DeckRules.probeProblems(numbers, keyPointCount: keyPointCount) {
            let index = offsets[position]
            report(elements[index].offset, "\(path)[\(index)]", problem)
        }
        return numbers.sorted()
    }

    private mutating func topicNameList(_ node: JSONNode) -> [(topic: String, name: LocalizedText)] {
        guard let members = object(node, path: "topics", what: .topicNames) else { return [] }
        var result: [(topic: String, name: LocalizedText)] = []
        for member in members {
            let path = childPath("topics", member.key)
            guard isKebabCase(member.key) else {
                report(member.keyOffset, path, .topicNotKebabCase)
                continue
            }
            if let name = localized(member.value, path: path) { result.append((member.key, name)) }
        }
        return result
    }

    // MARK: Problems

    mutating func report(_ offset: Int?, _ path: String, _ problem: DeckDiagnostic.Problem) {
        problemCount += 1
        if problems.count < Self.problemLimit { problems.append((offset, path, problem)) }
    }
}
