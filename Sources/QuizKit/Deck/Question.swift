/// One interview question with its model answer and grading checklist.
package struct Question: Sendable, Hashable, Identifiable {
    /// A stable kebab-case id; progress is keyed by it, so editing the text never loses progress.
    package var id: String
    /// The topic, a kebab-case word such as `training`.
    package var topic: String
    /// 1 (basic) to 3 (advanced).
    package var difficulty: Int
    /// The suggested time to answer aloud, in minutes.
    package var minutes: Double
    /// The question as asked.
    package var question: LocalizedText
    /// What a strong candidate says first, before the interviewer probes: the core of `answer` in about a minute, in
    /// the same answer markup; nil when the deck gives none. Shown before the model answer.
    package var oneMinuteAnswer: LocalizedText?
    /// The model answer, in the answer markup (paragraphs, `- ` lists, backtick code): what to say in `minutes`.
    package var answer: LocalizedText
    /// Depth beyond the spoken answer, in the answer markup: worked examples, derivations, numbers, API specifics.
    /// Shown after the answer where the whole question is shown; nil when the deck gives none.
    package var details: LocalizedText?
    /// The one-line points a strong answer covers: the grading checklist.
    package var keyPoints: [LocalizedText]
    /// The matcher's cues for the key points, by position: empty when the deck gives none, else one per key point
    /// (`KeyPointCues.none` for a point without cues). The bundled deck's are decoded when first read.
    package var keyPointCues: [KeyPointCues] {
        get { cueStorage.cues }
        set { cueStorage = .decoded(newValue) }
    }
    var cueStorage: CueStorage
    /// Questions that probe further, with short answers.
    package var followUps: [FollowUp]
    /// Papers, book chapters or documentation to read.
    package var references: [LocalizedText]

    /// Creates a question.
    package init(
        id: String, topic: String, difficulty: Int, minutes: Double,
        question: LocalizedText, oneMinuteAnswer: LocalizedText? = nil, answer: LocalizedText,
        details: LocalizedText? = nil, keyPoints: [LocalizedText], followUps: [FollowUp] = [],
        references: [LocalizedText] = [],
        keyPointCues: [KeyPointCues] = []
    ) {
        self.id = id
        self.topic = topic
        self.difficulty = difficulty
        self.minutes = minutes
        self.question = question
        self.oneMinuteAnswer = oneMinuteAnswer
        self.answer = answer
        self.details = details
        self.keyPoints = keyPoints
        self.followUps = followUps
        self.references = references
        self.cueStorage = .decoded(keyPointCues)
    }

    /// The cues of key point `index` (0-based); none when the deck gives none.
    package func cues(forPoint index: Int) -> KeyPointCues {
        keyPointCues.indices.contains(index) ? keyPointCues[index] : .none
    }

    /// The suggested time in whole seconds.
    package var suggestedSeconds: Int { Int((minutes * 60).rounded()) }

    // MARK: Ids made from a hash

    /// Whether the id says nothing a reader would recognise, so screens show the question's text in its place.
    package var hasHashID: Bool { Self.isHashID(id) }

    /// Whether `id` is one the Anki or CSV import made from a hash: `anki-` and 12 hexadecimal digits (a note's
    /// guid), or `q-` and 6 (a question without an ASCII word), each optionally followed by the card's `-r`
    /// (reverse) or `-c1`, `-c2`… (cloze number) and a `-2`, `-3`… that told a repeated id apart.
    package static func isHashID(_ id: String) -> Bool {
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return false }
        let digits: Int
        switch parts[0] {
        case "anki": digits = 12
        case "q": digits = 6
        default: return false
        }
        guard parts[1].utf8.count == digits, parts[1].utf8.allSatisfy({ $0.isHexDigitByte }) else { return false }
        return parts.dropFirst(2).allSatisfy { part in
            let bytes = part.utf8
            if part == "r" { return true }
            let number = part.first == "c" ? bytes.dropFirst() : bytes[...]
            return !number.isEmpty && number.allSatisfy { (0x30...0x39).contains($0) }
        }
    }
}

extension UInt8 {
    /// `0`–`9` or `a`–`f` (the lower-case hexadecimal digits ids are made of).
    fileprivate var isHexDigitByte: Bool { (0x30...0x39).contains(self) || (0x61...0x66).contains(self) }
}
