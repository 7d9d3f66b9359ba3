/// Proposes a self-grade from how many key points an answer covered.
public enum GradeProposal {
    /// The coverage at or above which each grade is proposed: all points for Easy, 70% for Good, 40% for Hard.
    public static let thresholds: [(grade: Grade, coverage: Double)] = [(.easy, 1.0), (.good, 0.7), (.hard, 0.4)]

    /// The proposed grade; an answer that ran over its time limit is proposed one grade lower (never below Again).
    public static func grade(coverage: Double, isOverTime: Bool = false) -> Grade {
        var grade = Grade.again
        for threshold in thresholds where coverage >= threshold.coverage - 1e-9 {
            grade = threshold.grade
            break
        }
        if isOverTime, let lower = Grade(rawValue: grade.rawValue - 1) { grade = lower }
        return grade
    }
}
