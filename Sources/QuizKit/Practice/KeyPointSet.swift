/// The key points an answer covered, as a set of 1-based numbers from 1 to 64.
package struct KeyPointSet: Sendable, Hashable, Sequence {
    /// Bit `n - 1` is set when point `n` was covered.
    private(set) var bits: UInt64

    /// The largest point number a set can hold.
    static let maximum = 64

    /// An empty set.
    package init() { bits = 0 }

    /// A set from raw bits.
    package init(bits: UInt64) { self.bits = bits }

    /// A set of point numbers; numbers outside 1…64 are ignored.
    package init(_ numbers: some Sequence<Int>) {
        bits = 0
        for number in numbers { insert(number) }
    }

    /// Every point from 1 to `total`.
    static func all(_ total: Int) -> KeyPointSet {
        total >= 64 ? KeyPointSet(bits: .max) : KeyPointSet(bits: (1 << UInt64(Swift.max(0, total))) - 1)
    }

    /// Adds a point number.
    mutating func insert(_ number: Int) {
        guard (1...Self.maximum).contains(number) else { return }
        bits |= 1 << UInt64(number - 1)
    }

    /// Whether a point number is in the set.
    func contains(_ number: Int) -> Bool {
        (1...Self.maximum).contains(number) && bits & (1 << UInt64(number - 1)) != 0
    }

    /// How many points are in the set.
    package var count: Int { bits.nonzeroBitCount }

    /// Whether no point is in the set.
    var isEmpty: Bool { bits == 0 }

    /// The largest number in the set, or 0.
    var highest: Int { bits == 0 ? 0 : 64 - bits.leadingZeroBitCount }

    /// The numbers in ascending order.
    package func makeIterator() -> IndexingIterator<[Int]> {
        (1...Self.maximum).filter(contains).makeIterator()
    }
}
