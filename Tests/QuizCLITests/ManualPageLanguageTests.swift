import Foundation
import QuizTestSupport
import Testing

@testable import QuizCLI

/// `dlquiz help --man --lang ja`: a Japanese page, section names included, that groff renders without warnings; paths
/// never hyphenated in either language.
@Suite struct ManualPageLanguageTests {
    private func page(_ extra: [String] = []) throws -> String {
        let result = try CLIHarness().run(["help", "--man"] + extra)
        #expect(result.status == 0)
        return result.output
    }

    @Test func theJapanesePageNamesItsSectionsInJapaneseAndTellsGroffTheirNames() throws {
        let page = try page(["--lang", "ja"])
        #expect(
            page.hasPrefix(
                #"""
                .\" Manual page for dlquiz 0.1.0, written by 'dlquiz help --man'.
                .Dd 2026\[u5E74] 11\[u6708] 23\[u65E5]
                .ds doc-volume-ds-1 \[u30E6]\[u30FC]\[u30B6]\[u30FC]\[u30B3]\[u30DE]\[u30F3]\[u30C9]
                .ds doc-volume-operating-system
                .nr doc-volume-operating-system-ateol 1
                .Dt DLQUIZ 1
                .Os Linux
                .ds doc-section-name \[u540D]\[u524D]
                .ds doc-section-synopsis \[u66F8]\[u5F0F]
                .ds doc-section-description \[u8AAC]\[u660E]
                .ds doc-section-files \[u30D5]\[u30A1]\[u30A4]\[u30EB]
                .Sh \[u540D]\[u524D]
                .Nm dlquiz

                """#))
        // 書式, 説明, コマンド, 環境変数, ファイル, 終了ステータス, 例, JSON 出力
        for section in [
            #"\[u66F8]\[u5F0F]"#, #"\[u8AAC]\[u660E]"#, #"\[u30B3]\[u30DE]\[u30F3]\[u30C9]"#,
            #"\[u74B0]\[u5883]\[u5909]\[u6570]"#, #"\[u30D5]\[u30A1]\[u30A4]\[u30EB]"#,
            #"\[u7D42]\[u4E86]\[u30B9]\[u30C6]\[u30FC]\[u30BF]\[u30B9]"#, #"\[u4F8B]"#, #"JSON \[u51FA]\[u529B]"#,
        ] {
            #expect(page.contains("\n.Sh \(section)\n"), "\(section)")
        }
        for english in [
            "NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "ENVIRONMENT", "FILES", "EXIT STATUS", "EXAMPLES",
            "JSON OUTPUT",
        ] {
            #expect(!page.contains("\n.Sh \(english)\n"), "\(english)")
        }
        #expect(!page.contains("(default:"))
        #expect(!page.contains("Ar subcommand") && !page.contains("Ar options") && !page.contains(".Ar command\n.Op"))
        #expect(page.contains(#"\[uFF08]\[u65E2]\:\[u5B9A]\:\[u5024]: 4\[uFF09]\:"#))  // （既定値: 4）
    }

    @Test(arguments: ["en", "ja"])
    func thePageDocumentsTheEnvironmentFilesExamplesAndExitStatuses(language: String) throws {
        let page = try page(["--lang", language])
        for variable in [
            "PAGER", "DLQUIZ_PAGER", "LESS", "VISUAL", "EDITOR", "TERM", "NO_COLOR", "COLUMNS", "LANG", "LC_ALL",
            "LC_MESSAGES", "XDG_STATE_HOME", "XDG_DATA_HOME", "DLQUIZ_PROGRESS", "HOME",
        ] {
            #expect(
                page.range(of: #"\n\.It Ev [A-Z_ ,]*\b"# + variable + #"\b"#, options: .regularExpression) != nil,
                "\(variable)")
        }
        for path in ["progress.jsonl", "dlquiz/interviews/", "dlquiz/decks/"] {
            #expect(page.contains(".It Pa \\%~/.local/") && page.contains(path), "\(path)")
        }
        for status in [0, 1, 64, 65, 130] { #expect(page.contains("\n.It \(status)\n"), "exit status \(status)") }
        #expect(page.contains("\n" + #".Dl dlquiz interview --candidate \(dqJane Doe\(dq"# + "\n"))
        #expect(page.contains("\n" + #".Dl printf '\enall\en\en' | dlquiz quiz --count 1 --no-save"# + "\n"))
        #expect(page.contains("\n.Os Linux\n") && !page.contains("BSD"))
    }

    @Test func pathsAreKeptFromHyphenation() throws {
        for page in [try page(), try page(["--lang", "ja"])] {
            #expect(page.contains(#".It Pa \%~/.local/state/dlquiz/progress.jsonl"#))
            #expect(
                page.contains(
                    #"else \%$XDG_STATE_HOME/dlquiz/progress.jsonl, else \%~/.local/state/dlquiz/progress.jsonl."#)
                    || page.contains(#"\%$XDG_STATE_HOME/dlquiz/progress.jsonl"#))
        }
        #expect(ManualPage.text("see ~/a/b and c") == #"see \%~/a/b and c"#)
        #expect(ManualPage.text("/note x") == #"\%/note x"#)
    }

    @Test func japaneseLinesNeverBreakAfterAnOpeningBracketOrBeforeClosingPunctuation() {
        #expect(ManualPage.text("（既定値: 4）") == #"\[uFF08]\[u65E2]\:\[u5B9A]\:\[u5024]: 4\[uFF09]\:"#)
        #expect(ManualPage.text("です。「あ」") == #"\[u3067]\:\[u3059]\[u3002]\:\[u300C]\[u3042]\[u300D]\:"#)
        #expect(ManualPage.text("ちょっと") == #"\[u3061]\[u3087]\[u3063]\:\[u3068]\:"#)
    }

    /// groff itself, when installed: `-ww` reports every warning it can. Without groff the test is skipped with
    /// its reason shown; `.ci/run` installs groff where it can and renders the page with `Tests/Completions/check.sh`.
    @Test(
        .enabled(if: InstalledTool.path("groff") != nil, "groff is not installed: the manual page is not rendered"),
        arguments: ["en", "ja"])
    func groffRendersThePageWithoutWarnings(language: String) throws {
        let harness = try CLIHarness()
        let source = try harness.write("dlquiz.1", try page(["--lang", language]))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: InstalledTool.path("groff") ?? "/usr/bin/groff")
        process.arguments = ["-ww", "-mandoc", "-Tutf8", source]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let rendered = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let warnings = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(warnings == "")
        if language == "ja" {
            let plain = rendered.replacingOccurrences(of: "[^\u{8}]\u{8}", with: "", options: .regularExpression)
            #expect(plain.hasPrefix("DLQUIZ(1)"), "\(plain.prefix(200))")
            #expect(plain.contains("ユーザーコマンド"))
            for heading in ["名前", "書式", "説明", "コマンド", "環境変数", "ファイル", "終了ステータス"] {
                #expect(plain.contains("\n\(heading)\n"), "\(heading)")
            }
            #expect(plain.contains("dlquiz コマンド [オプション]\n     dlquiz --version\n"), "each synopsis line starts a line")
        }
    }
}
