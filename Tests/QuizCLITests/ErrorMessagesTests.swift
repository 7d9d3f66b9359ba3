import Foundation
import Testing

@testable import QuizCLI
@testable import QuizKit
@testable import QuizStore

/// The words for errors that QuizKit and QuizStore report as data: byte for byte what users have always seen.
@Suite struct ErrorMessagesTests {
    @Test(arguments: [
        (
            StoreError(.read, path: "d.json", cause: .missing),
            "Cannot read 'd.json': no such file. Check the path and its permissions."
        ),
        (
            StoreError(.read, path: "d", cause: .isFolder),
            "Cannot read 'd': it is a folder, not a file. Give the path of a file, not of a folder."
        ),
        (
            StoreError(.read, path: "p", cause: .system(errno: EACCES)),
            "Cannot read 'p': permission denied. Check the file's permissions."
        ),
        (
            StoreError(.read, path: "f/d.json", cause: .system(errno: ENOTDIR)),
            "Cannot read 'f/d.json': a part of the path is not a folder. A part of the path is a file, not a folder: check the path."
        ),
        (
            StoreError(.read, path: "/dev/zero", cause: .tooLarge(limit: 64 << 20)),
            "Cannot read '/dev/zero': it holds more than 64 MiB, far more than any deck. Check the path: a deck is a JSON file of at most that size."
        ),
        (
            StoreError(.read, path: "/dev/zero", cause: .lineTooLong(line: 1, limit: 64 << 20)),
            "Cannot read '/dev/zero': line 1 runs on for more than 64 MiB without a line break, so it is not a progress file. Check the path given with --progress or DLQUIZ_PROGRESS."
        ),
        (
            StoreError(.write, path: "o/x", cause: .system(errno: ENOENT)),
            "Cannot write 'o/x': no such file or directory. Create the folder first, or choose another path."
        ),
        (
            StoreError(.write, path: "p", cause: .system(errno: ENOSPC)),
            "Cannot write 'p': the disk is full. Free some space on the disk and try again."
        ),
        (
            StoreError(.write, path: "p", cause: .system(errno: EROFS)),
            "Cannot write 'p': the file system is read-only. Choose a file on a disk that can be written to."
        ),
        (
            StoreError(.write, path: "p", cause: .system(errno: EACCES)),
            "Cannot write 'p': permission denied. Check the permissions of the file and of its folder."
        ),
        (
            StoreError(.write, path: "p", cause: .system(errno: EPERM)),
            "Cannot write 'p': operation not permitted. Check the permissions of the file and of its folder."
        ),
        (
            StoreError(.write, path: "p", cause: .system(errno: EIO)),
            "Cannot write 'p': input/output error. The disk reported an error: check the disk (and 'dmesg'), then try again."
        ),
        (
            StoreError(.write, path: "p", cause: .system(errno: EISDIR)),
            "Cannot write 'p': is a directory. Give the path of a file, not of a folder."
        ),
        (
            StoreError(.write, path: "p", cause: .system(errno: EFBIG)),
            "Cannot write 'p': file too large. The file has reached the largest size allowed here ('ulimit -f')."
        ),
        (
            StoreError(.write, path: "p", cause: .system(errno: EBADF)),
            "Cannot write 'p': bad file descriptor. Check that the folder exists and is writable."
        ),
        (
            StoreError(.write, path: "o", cause: .isFolder),
            "Cannot write 'o': it is a folder, not a file. Give the path of a file, not of a folder."
        ),
        (
            StoreError(.write, path: "f", cause: .isFile),
            "Cannot write 'f': it is a file, not a folder. Move the file out of the way, or choose another path."
        ),
        (
            StoreError(.write, path: "f", cause: .folderNotCreated(errno: EACCES)),
            "Cannot write 'f': the folder cannot be created (permission denied). Check the permissions of the file and of its folder."
        ),
        (
            StoreError(.write, path: "t", cause: .noTemporaryName),
            "Cannot write 't': no free name for a temporary file. Remove old '.*.tmp' files from the folder and try again."
        ),
        (
            StoreError(.write, path: "i", cause: .namesTaken(baseName: "b", lastSuffix: 3)),
            "Cannot write 'i': every name from 'b' to 'b-3' is taken. Move older scorecards out of the folder."
        ),
        (
            StoreError(.write, path: "/dev/null", cause: .notRegularFile(.characterDevice)),
            "Cannot write '/dev/null': it is a character device, not a regular file. Choose a regular file (or a symbolic link to one)."
        ),
        (
            StoreError(.write, path: "/proc/version", cause: .notRegularFile(.kernelFile)),
            "Cannot write '/proc/version': it is a file the kernel makes up (in /proc or /sys), not a regular file. Choose a regular file (or a symbolic link to one)."
        ),
    ])
    func storeErrorsNameThePathAndTheCause(error: StoreError, expected: String) {
        #expect(error.message == expected)
    }

    @Test func domainErrorsNameTheFix() {
        let diagnostics = [
            DeckDiagnostic(
                location: SourceLocation(line: 2, column: 20), path: "schemaVersion",
                problem: .unknownSchemaVersion(found: 2, supported: 1)),
            DeckDiagnostic(location: nil, path: "", problem: .tipsNotAList),
        ]
        #expect(
            QuizError.invalidDeck(source: "d.json", diagnostics: diagnostics, total: 3).message == """
                The deck 'd.json' cannot be used: it has 3 problems.
                  d.json:2:20: schemaVersion: unknown schemaVersion 2; this version of dlquiz reads schemaVersion 1
                  d.json:expected an object with a "tips" array
                  … and 1 more.
                Fix the file and try again; 'dlquiz validate d.json' checks it without starting a quiz.
                """)
        #expect(
            QuizError.unknownQuestion(id: "x", suggestions: ["a", "b"]).message
                == "No question has the id 'x'. Did you mean 'a' or 'b'? 'dlquiz list' shows every id.")
        #expect(
            QuizError.unknownTopic("t", suggestions: ["u"], available: ["u", "v"]).message
                == "No question has the topic 't'. Did you mean 'u'? The topics are: u, v.")
        #expect(
            QuizError.noMatchingQuestions(QuestionFilter(topics: ["x"])).message
                == "No question matches topic 'x'. Loosen the filters; 'dlquiz list' shows what the deck has.")
        #expect(
            QuizError.noMatchingQuestions(QuestionFilter(topics: ["beta"], difficulties: [3])).message
                == "No question matches topic 'beta' and difficulty 3. Loosen the filters; 'dlquiz list' shows what the deck has."
        )
    }

    @Test func skippedFilesSayWhy() {
        #expect(
            ProgressProblem(line: 3, cause: .unknownFormatVersion(2)).description
                == "line 3: format version 2 is not one this dlquiz reads (written by a newer version?)")
        #expect(
            ProgressProblem(line: 9, cause: .malformed(.endsInside(nil)), isIncompleteLastLine: true).description
                == "line 9: the last line is incomplete (an interrupted write?): the line ends inside a key")
        #expect(
            ScorecardStore.Problem(path: "a.json", cause: .invalid(.notAScorecard)).reason
                == "it is not a dlquiz scorecard")
        #expect(
            ScorecardStore.Problem(path: "a.json", cause: .invalid(.unknownFormatVersion(2))).reason
                == "it has an unknown format version; a newer dlquiz may have written it")
        #expect(
            ScorecardStore.Problem(path: "a.json", cause: .invalid(.missingOrWrong(key: "deck"))).reason
                == "'deck' is missing or wrong")
        #expect(ScorecardStore.Problem(path: "a.json", cause: .unreadable).reason == "it cannot be read")
        #expect(
            ProgressProblem(line: 4, cause: .tooLong(limit: 1 << 20)).description
                == "line 4: the line is longer than 1 MiB, far more than a record; it was skipped unread")
        #expect(
            ScorecardStore.Problem(
                path: "a.json",
                cause: .invalid(
                    .invalidJSON(
                        location: SourceLocation(line: 3, column: 7),
                        problem: .expectedCommaOrBrace(.character("x"), key: "a")))
            ).reason
                == #"it is not valid JSON: line 3, column 7: unexpected 'x'; expected ',' or '}' after the value of "a""#
        )
    }
}
