import Synchronization

/// Where a question's cues are: decoded, or still the bytes of the bundled deck (`DeckLoader` with `isBuiltIn`),
/// decoded the first time a matcher, a writer or a check reads them. Equal and hashed by the cues either way.
enum CueStorage: Sendable, Hashable {
    case decoded([KeyPointCues])
    case deferred(DeferredCues)

    var cues: [KeyPointCues] {
        switch self {
        case .decoded(let cues): cues
        case .deferred(let deferred): deferred.cues
        }
    }

    static func == (lhs: CueStorage, rhs: CueStorage) -> Bool { lhs.cues == rhs.cues }

    func hash(into hasher: inout Hasher) { hasher.combine(cues) }
}

/// A question's `keyPointCues` as the deck's bytes, decoded once, on first use, from any thread.
final class DeferredCues: Sendable {
    private let bytes: ArraySlice<UInt8>
    private let languages: [String]
    private let keyPointCount: Int
    private let decoded = Mutex<[KeyPointCues]?>(nil)

    init(bytes: ArraySlice<UInt8>, languages: [String], keyPointCount: Int) {
        self.bytes = bytes
        self.languages = languages
        self.keyPointCount = keyPointCount
    }

    var cues: [KeyPointCues] {
        decoded.withLock { cached in
            if let cached { return cached }
            let cues = DeckDecoder.cueTable(bytes: bytes, languages: languages, keyPointCount: keyPointCount)
            cached = cues
            return cues
        }
    }
}
