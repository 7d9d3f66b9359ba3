import Foundation
import Testing

/// Rules about the product's sources: a small binary that starts fast, and a QuizKit that only decides.
@Suite struct SourceHygieneTests {
    private var sourcesURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
    }

    /// Every Swift file under `folder`, with its text.
    private func swiftFiles(under folder: URL) throws -> [(name: String, text: String)] {
        let files = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        var result: [(name: String, text: String)] = []
        for case let url as URL in files where url.pathExtension == "swift" {
            result.append((url.lastPathComponent, try String(contentsOf: url, encoding: .utf8)))
        }
        #expect(!result.isEmpty, "no Swift files under \(folder.path)")
        return result.sorted { $0.name < $1.name }
    }

    /// `import Foundation` links ICU and its data into the static binary (73 MB instead of 24 MB) and slows every
    /// start; the product uses FoundationEssentials only.
    @Test func productSourcesImportFoundationEssentialsOnly() throws {
        var offenders: [String] = []
        for file in try swiftFiles(under: sourcesURL) {
            if file.text.split(separator: "\n").contains(where: {
                $0 == "import Foundation" || $0.hasPrefix("import Foundation ")
            }) {
                offenders.append(file.name)
            }
        }
        #expect(offenders.isEmpty, "use FoundationEssentials in \(offenders)")
    }

    /// QuizKit only decides: no threads, no files. (Glibc stays for the math in FSRS.)
    @Test func quizKitStartsNoThreadsAndTouchesNoFiles() throws {
        let forbidden = try Regex(
            #"\bimport\s+Dispatch\b|\bDispatch[A-Z]\w*|\bThread\b|\b(open|fsync|rename|unlink|flock)\s*\("#)
        var offenders: [String] = []
        for file in try swiftFiles(under: sourcesURL.appendingPathComponent("QuizKit")) {
            let code = SwiftSource.code(file.text)
            for match in code.matches(of: forbidden) {
                offenders.append("\(file.name): \(code[match.range])")
            }
        }
        #expect(offenders == [])
    }

    /// QuizKit's errors and texts carry data; the command line words them, so no literal names the program's commands
    /// or options. CSS custom properties in the HTML sheet (`--ink: …`, `var(--ink)`) are not options.
    @Test func quizKitStringsNameNoCommandsOrOptions() throws {
        var offenders: [String] = []
        for file in try swiftFiles(under: sourcesURL.appendingPathComponent("QuizKit")) {
            for literal in SwiftSource.stringLiterals(file.text) {
                if literal.contains("dlquiz ") || SwiftSource.namesAnOption(literal) {
                    offenders.append("\(file.name): \(literal)")
                }
            }
        }
        #expect(offenders == [])
    }

    /// The checks above, on sources written to break them: they must be able to fail.
    @Test func theCheckersSeeWhatTheyLookFor() {
        let source = #"""
            // open(path) in a comment is fine; so is "dlquiz " in a comment.
            let a = "see 'dlquiz list'" /* rename(x) */
            let b = #"use --lang"#
            let c = "\(flag ? "--json" : "") and \"quoted\""
            let d = """
                --ink: #fff;
                var(--ink)
                """
            fsync(descriptor)
            """#
        #expect(
            SwiftSource.stringLiterals(source) == [
                "see 'dlquiz list'", "use --lang", "", "--json", "", " and \\\"quoted\\\"",
                "    --ink: #fff;\n    var(--ink)\n    ",
            ])
        #expect(!SwiftSource.code(source).contains("open(path)"))
        #expect(SwiftSource.code(source).contains("fsync(descriptor)"))
        #expect(!SwiftSource.code(source).contains("rename(x)"))
        #expect(SwiftSource.namesAnOption("use --lang"))
        #expect(SwiftSource.namesAnOption("--json"))
        #expect(!SwiftSource.namesAnOption("--ink: #fff; color: var(--ink); a -- b; --"))
    }
}

/// Just enough of Swift's lexical grammar to tell comments, string literals and code apart.
enum SwiftSource {
    /// Whether `text` has a `--name` that is not a CSS custom property (`--name:` or `var(--name)`).
    static func namesAnOption(_ text: String) -> Bool {
        let option = try! Regex(#"--[A-Za-z][A-Za-z0-9-]*"#)
        return text.matches(of: option).contains { match in
            let isDeclared = text[match.range.upperBound...].first == ":"
            let isUsed = text[..<match.range.lowerBound].hasSuffix("var(")
            return !isDeclared && !isUsed
        }
    }

    /// The contents of every string literal (interpolations are left out; literals inside them are listed).
    static func stringLiterals(_ text: String) -> [String] {
        var lexer = Lexer(Array(text))
        lexer.run()
        return lexer.literals
    }

    /// The source without comments and string literals' contents.
    static func code(_ text: String) -> String {
        var lexer = Lexer(Array(text))
        lexer.run()
        return lexer.code
    }

    private struct Lexer {
        let chars: [Character]
        var index = 0
        var literals: [String] = []
        var code = ""

        init(_ chars: [Character]) { self.chars = chars }

        func starts(_ prefix: String, at position: Int) -> Bool {
            let prefix = Array(prefix)
            return position + prefix.count <= chars.count && Array(chars[position..<position + prefix.count]) == prefix
        }

        /// Lexes code until the end, or until an unbalanced `)` when `insideInterpolation`.
        mutating func run(insideInterpolation: Bool = false) {
            var depth = 0
            while index < chars.count {
                if starts("//", at: index) {
                    while index < chars.count && chars[index] != "\n" { index += 1 }
                } else if starts("/*", at: index) {
                    index += 2
                    while index < chars.count && !starts("*/", at: index) { index += 1 }
                    index += 2
                } else if chars[index] == "\"" || chars[index] == "#" {
                    var hashes = 0
                    while index + hashes < chars.count && chars[index + hashes] == "#" { hashes += 1 }
                    if index + hashes < chars.count && chars[index + hashes] == "\"" {
                        index += hashes
                        string(hashes: hashes)
                        code += "\"\""
                    } else {
                        code.append(chars[index])
                        index += 1
                    }
                } else {
                    if insideInterpolation {
                        if chars[index] == "(" { depth += 1 }
                        if chars[index] == ")" {
                            if depth == 0 {
                                index += 1
                                return
                            }
                            depth -= 1
                        }
                    }
                    code.append(chars[index])
                    index += 1
                }
            }
        }

        /// Reads a literal whose opening quote is at `index`, preceded by `hashes` `#`s.
        mutating func string(hashes: Int) {
            let closing = String(repeating: "#", count: hashes)
            let isMultiline = starts("\"\"\"", at: index)
            index += isMultiline ? 3 : 1
            if isMultiline, index < chars.count, chars[index] == "\n" { index += 1 }
            let escape = "\\" + closing
            var content = ""
            while index < chars.count {
                if starts((isMultiline ? "\"\"\"" : "\"") + closing, at: index) {
                    index += (isMultiline ? 3 : 1) + hashes
                    literals.append(content)
                    return
                }
                if starts(escape + "(", at: index) {
                    index += escape.count + 1
                    literals.append(content)
                    content = ""
                    run(insideInterpolation: true)
                } else if starts(escape, at: index), index + escape.count < chars.count {
                    content += escape + String(chars[index + escape.count])
                    index += escape.count + 1
                } else {
                    content.append(chars[index])
                    index += 1
                }
            }
            literals.append(content)
        }
    }
}
