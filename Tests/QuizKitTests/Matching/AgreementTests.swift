import Testing

@testable import QuizKit

@Suite struct AgreementTests {
    /// Cohen's worked example shape: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → pₒ = 0.7, pₑ = 0.5, κ = 0.4.
    @Test func kappaCorrectsAgreementForChance() throws {
        var tally = Agreement()
        for _ in 0..<20 { tally.add(first: true, second: true) }
        for _ in 0..<5 { tally.add(first: true, second: false) }
        for _ in 0..<10 { tally.add(first: false, second: true) }
        for _ in 0..<15 { tally.add(first: false, second: false) }
        let kappa = try #require(tally.kappa)
        #expect(abs(kappa - 0.4) < 1e-12)
        #expect(tally.falseTickRate == 0.25)  // 5 of the 20 the reference leaves unticked
        #expect(tally.missRate == 10.0 / 30)
    }

    @Test func edgeCases() {
        #expect(Agreement().kappa == nil)
        var same = Agreement()
        same.add(first: true, second: true)
        #expect(same.kappa == 1)
        var opposite = Agreement()
        opposite.add(first: true, second: false)
        opposite.add(first: false, second: true)
        #expect(opposite.kappa == -1)
    }
}
