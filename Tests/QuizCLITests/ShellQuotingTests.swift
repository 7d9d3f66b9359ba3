import Foundation
import Testing

@testable import QuizCLI

/// Words in a command printed to copy: quoted only when needed, and never holding a raw control character, yet
/// read back by the shell exactly as they were.
@Suite struct ShellQuotingTests {
    @Test(arguments: [
        ("deck.md", "deck.md"), ("my deck.md", "'my deck.md'"), ("it's", #"'it'\''s'"#), ("", "''"),
        ("a\u{1B}]0;x\u{07}b", #"$'a\x1b]0;x\x07b'"#), ("\u{202E}evil", #"$'\u202eevil'"#),
        ("it's\u{85}\\", #"$'it\'s\u0085\\'"#),
    ])
    func aWordIsQuotedOnlyAsMuchAsItNeeds(word: String, quoted: String) {
        #expect(ShellQuoting.quoted(word) == quoted)
    }

    @Test(arguments: ["a\u{1B}]52;c;ZXZpbA==\u{07}b", "tab\there\nnew line", "\u{202E}\u{2066}x\u{2069} 'q' \\ $HOME"])
    func bashReadsTheQuotedWordBackExactly(word: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "printf %s " + ShellQuoting.quoted(word)]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(String(decoding: data, as: UTF8.self) == word)
    }
}
