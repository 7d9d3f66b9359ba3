import Foundation
import QuizTestSupport
import Testing

/// A hostile deck saved under a hostile file name, through every command that prints or writes: not one raw escape,
/// C1 control or bidirectional override reaches standard output, standard error or a file dlquiz writes.
@Suite struct HostileBytesBinaryTests {
    /// OSC 0 (title), OSC 52 (clipboard), CSI (erase), a C1 CSI and NEL, a bidi override, an isolate, BEL.
    static let sequences = [
        "\u{1B}]0;pwned\u{07}", "\u{1B}]52;c;ZXZpbA==\u{07}", "\u{1B}[2J", "\u{9B}31m", "\u{85}", "\u{202E}rev",
        "\u{2066}iso\u{2069}", "\u{07}",
    ]

    /// The first raw byte sequence a reader could be fooled by, with some context, or nil.
    static func firstRawControl(_ data: Data) -> String? {
        let bytes = [UInt8](data)
        for index in bytes.indices {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            let third = index + 2 < bytes.count ? bytes[index + 2] : 0
            let isC0 = byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
            let isC1 = byte == 0xC2 && (0x80...0x9F).contains(next)
            let isBidi =
                byte == 0xE2
                && ((next == 0x80 && (0xAA...0xAE).contains(third)) || (next == 0x81 && (0xA6...0xA9).contains(third)))
            if isC0 || byte == 0x7F || isC1 || isBidi {
                let context = bytes[max(0, index - 30)..<min(bytes.count, index + 30)]
                return String(decoding: context, as: UTF8.self).debugDescription
            }
        }
        return nil
    }

    private func hostileDeck(_ runner: BinaryRunner) throws -> String {
        let bundled = try runner.run(["export", "--format", "json"]).output
        var deck = try #require(try JSONSerialization.jsonObject(with: Data(bundled.utf8)) as? [String: Any])
        var counter = 0
        func poison(_ value: Any) -> Any {
            switch value {
            case let text as String:
                counter += 1
                return text + " " + Self.sequences[counter % Self.sequences.count] + " end"
            case let texts as [String: Any]: return texts.mapValues(poison)
            case let list as [Any]: return list.map(poison)
            default: return value
            }
        }
        deck["title"] = poison(deck["title"] as Any)
        deck["questions"] = (deck["questions"] as? [[String: Any]] ?? []).map { question in
            var question = question
            for field in ["question", "answer", "details", "keyPoints", "followUps", "references"]
            where question[field] != nil {
                question[field] = poison(question[field] as Any)
            }
            return question
        }
        let name = "deck \u{1B}]0;title\u{07}\u{202E}.json"
        let path = runner.home.appendingPathComponent(name).path
        try JSONSerialization.data(withJSONObject: deck).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func noCommandPassesARawControlToAnyOutput() throws {
        let runner = try BinaryRunner()
        let deck = try hostileDeck(runner)
        let out = runner.home.appendingPathComponent("out \u{1B}[2J\u{9B}").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let hostile = Self.sequences.joined(separator: " ")
        let typed = "My \(hostile) answer\n\nall\n\nFollow \(hostile)\n\ny\n"
        let runs: [([String], String)] = [
            (["validate", deck], ""), (["convert", deck, "-"], ""), (["convert", deck, out + "/deck.md"], ""),
            (["convert", deck, out + "/deck.json"], ""), (["convert", out + "/deck.md", "-", "--to", "json"], ""),
            (["list", "--deck", deck], ""), (["show", "data-generators", "--deck", deck], ""),
            (["pick", "-n", "4", "--rubric", "--seed", "1", "--deck", deck], ""),
            (["pick", "-n", "4", "--rubric", "--seed", "1", "--deck", deck, "--json"], ""),
            (["sheet", "--deck", deck], ""), (["sheet", "--deck", deck, "--format", "markdown"], ""),
            (["sheet", "--deck", deck, "--format", "html", "-o", out + "/sheet.html"], ""),
            (["export", "--deck", deck, "--format", "anki"], ""), (["export", "--deck", deck, "--format", "csv"], ""),
            (["export", "--deck", deck, "--format", "json", "-o", out + "/export.json"], ""),
            (["quiz", "--deck", deck, "--ids", "data-generators", "--follow-ups"], typed),
            (["show", "data-generators", "--deck", deck, "--history"], ""),
            (["show", "data-generators", "--deck", deck, "--history", "--json"], ""),
            (["stats", "--deck", deck], ""), (["progress"], ""),
            (
                [
                    "interview", "--deck", deck, "--ids", "data-generators", "--candidate", "Ann \(hostile)",
                    "--output", out + "/card.md",
                ], "1\nn noted \(hostile)\n\n"
            ),
            (["decks", "add", deck], ""), (["decks"], ""), (["new", out + "/\u{1B}]0;x\u{07}.md"], ""),
            (["validate", out + "/missing \u{1B}]52;c;eA==\u{07}.json"], ""), (["show", "\u{1B}]0;id\u{07}"], ""),
            (["list", "--topic", "\u{1B}[2J\u{202E}"], ""), (["list", "--\u{1B}]0;x\u{07}"], ""),
            (["quiz", "--progress", out], ""), (["progress", "reset", "--yes", "--progress", out], ""),
        ]
        for (arguments, input) in runs {
            let result = try runner.run(arguments, input: input)
            #expect(!result.wasSignalled)
            #expect(Self.firstRawControl(Data(result.output.utf8)) == nil, "stdout of \(arguments.debugDescription)")
            #expect(Self.firstRawControl(Data(result.error.utf8)) == nil, "stderr of \(arguments.debugDescription)")
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: out) {
            let data = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
            #expect(Self.firstRawControl(data) == nil, "the file \(name.debugDescription)")
        }
        let progress = try Data(contentsOf: URL(fileURLWithPath: runner.progressPath))
        #expect(Self.firstRawControl(progress) == nil, "the progress file")
    }
}
