/// A small, fast random number generator (SplitMix64) whose sequence depends only on its seed.
///
/// The standard library's generators and shuffles may change between releases; this one, and the shuffles built on
/// it here, do not, so `--seed 7` picks the same questions on every machine and version.
package struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator from a seed.
    package init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly distributed integer in `0..<bound`, without modulo bias.
    package mutating func integer(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let range = UInt64(bound)
        let limit = UInt64.max - UInt64.max % range
        while true {
            let value = next()
            if value < limit { return Int(value % range) }
        }
    }

    /// The elements in a random order (Fisher–Yates), fixed by the generator's state.
    mutating func shuffled<Element>(_ elements: [Element]) -> [Element] {
        var result = elements
        if result.count < 2 { return result }
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            let other = integer(below: index + 1)
            if other != index { result.swapAt(index, other) }
        }
        return result
    }
}
