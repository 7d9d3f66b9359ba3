/// Builds a `ProgressHistory` from the file's bytes, which may arrive in chunks.
package struct ProgressHistoryBuilder {
    /// How many unusable lines are kept with their reasons; the rest are only counted.
    static let problemLimit = 100

    private var parser = ProgressLineParser()
    private var answers: [StoredAnswer] = []
    private var followUps: [StoredFollowUp] = []
    private var undone: Set<UInt64> = []
    private var problems: [ProgressProblem] = []
    private var problemCount = 0
    private var lineNumber = 0

    /// Lines longer than this many bytes are reported as `.tooLong` without being parsed.
    let lineLengthLimit: Int

    /// Creates an empty builder; lines over `lineLengthLimit` bytes are skipped as too long.
    package init(lineLengthLimit: Int = .max) {
        self.lineLengthLimit = lineLengthLimit
    }

    /// Makes room for about `count` answers, so a large file is not copied over and over as it grows.
    package mutating func reserveCapacity(_ count: Int) {
        answers.reserveCapacity(count)
    }

    /// Adds every complete line in `chunk` and returns how many bytes it used.
    ///
    /// The bytes after the last newline are an incomplete line: pass them again at the start of the next chunk, or
    /// with `isEndOfFile` set, when they are a final line without a newline (a torn write is then reported).
    @discardableResult
    package mutating func addLines(in chunk: UnsafeBufferPointer<UInt8>, isEndOfFile: Bool) -> Int {
        var lineStart = 0
        var index = 0
        let count = chunk.count
        while index < count {
            if chunk[index] == 0x0A {
                addLine(UnsafeBufferPointer(rebasing: chunk[lineStart..<index]))
                lineStart = index + 1
            }
            index += 1
        }
        if isEndOfFile && lineStart < count {
            addLine(UnsafeBufferPointer(rebasing: chunk[lineStart..<count]), isUnterminated: true)
            return count
        }
        return lineStart
    }

    /// Counts the next line as one too long to be a record (over `limit` bytes), skipped without being read.
    package mutating func addOverlongLine(limit: Int, isEndOfFile: Bool) {
        lineNumber += 1
        record(ProgressProblem(line: lineNumber, cause: .tooLong(limit: limit), isIncompleteLastLine: isEndOfFile))
    }

    /// How many lines were added so far.
    package var lineCount: Int { lineNumber }

    private mutating func record(_ problem: ProgressProblem) {
        problemCount += 1
        if problems.count < Self.problemLimit { problems.append(problem) }
    }

    private mutating func addLine(_ whole: UnsafeBufferPointer<UInt8>, isUnterminated: Bool = false) {
        lineNumber += 1
        if whole.count > lineLengthLimit {
            record(
                ProgressProblem(
                    line: lineNumber, cause: .tooLong(limit: lineLengthLimit), isIncompleteLastLine: isUnterminated))
            return
        }
        // A UTF-8 byte-order mark (an editor may add one) is not part of the first record.
        var line = whole
        if lineNumber == 1, line.count >= 3, line[0] == 0xEF, line[1] == 0xBB, line[2] == 0xBF {
            line = UnsafeBufferPointer(rebasing: line[3...])
        }
        do {
            switch try parser.parse(line) {
            case .answer(var answer):
                answer.line = Int32(truncatingIfNeeded: lineNumber)
                answers.append(answer)
            case .followUp(let followUp):
                followUps.append(followUp)
            case .undo(let session, let sequence):
                undone.insert(Self.pack(session, sequence))
            case .blank:
                break
            }
        } catch {
            record(ProgressProblem(line: lineNumber, cause: error.cause, isIncompleteLastLine: isUnterminated))
        }
    }

    /// The finished history.
    package func build() -> ProgressHistory {
        var kept = answers
        if !undone.isEmpty {
            kept.removeAll { undone.contains(Self.pack($0.session, $0.sequence)) }
        }
        return ProgressHistory(
            strings: parser.strings.strings, questionKeys: parser.questionKeys, answers: kept, problems: problems,
            problemCount: problemCount, lineCount: lineNumber, texts: parser.texts, textLengths: parser.textLengths,
            modes: parser.modes,
            followUps: followUps)
    }

    private static func pack(_ session: Int32, _ sequence: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: session)) << 32 | UInt64(UInt32(bitPattern: sequence))
    }
}
