/// Puts selected questions in the order a quiz asks them.
public enum QuestionOrdering {
    /// Sequential keeps the given order; random shuffles with the seed (the same seed, the same order).
    public static func random(_ questions: [Question], seed: UInt64) -> [Question] {
        var generator = SeededRandom(seed: seed)
        return generator.shuffled(questions)
    }
}
