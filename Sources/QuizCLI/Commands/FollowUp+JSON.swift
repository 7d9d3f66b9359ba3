import QuizKit

extension FollowUp {
    /// A follow-up in one language as `show --json` and `pick --json --rubric` write it: question, answer and the key
    /// point numbers it probes.
    func json(in language: String) -> JSONValue {
        .object([
            ("question", .string(question.text(in: language))),
            ("answer", .string(answer.text(in: language))),
            ("probes", .array(probes.map(JSONValue.int))),
        ])
    }
}
