import QuizKit
import QuizStore

#if canImport(Glibc)
import Glibc
#endif

/// The `dlquiz` program: dispatches to a command, prints help and errors, and returns the exit status.
public enum DLQuizCLI {
    /// The program's version.
    static let version = "0.1.0"

    /// Every top-level command, in the order the overview lists them; subcommands are declared by their parent.
    static var commands: [any ParsableCommand.Type] {
        [
        QuizCommand.self, PickCommand.self, InterviewCommand.self, InterviewsCommand.self, ListCommand.self,
        ShowCommand.self, StatsCommand.self, ProgressCommand.self, SheetCommand.self, ExportCommand.self,
        TipsCommand.self, ValidateCommand.self, DecksCommand.self, NewCommand.self, ConvertCommand.self,
        CompletionsCommand.self,
        ]
    }

    /// `dlquiz help`, which the dispatcher answers itself: help for a command, or the manual page.
    static var helpSpec: CommandSpec {
        CommandSpec(
            path: ["help"],
            abstract: Bilingual(
                "Show help for a command, or the whole manual page with --man.",
                "コマンドのヘルプを表示します。--man を付けるとマニュアルページ全体を表示します。"),
            discussion: Bilingual(
                """
                'dlquiz help quiz' prints what 'dlquiz quiz --help' prints. 'dlquiz help --man' prints the manual \
                page (mdoc) for man: dlquiz help --man > ~/.local/share/man/man1/dlquiz.1
                """,
                """
                'dlquiz help quiz' は 'dlquiz quiz --help' と同じ内容を表示します。'dlquiz help --man' は man 用の\
                マニュアルページ（mdoc）を出力します: dlquiz help --man > ~/.local/share/man/man1/dlquiz.1
                """),
            arguments: [
                ArgumentSpec(
                    name: "command", help: "The command, as in 'dlquiz help progress reset'.", isOptional: true,
                    japaneseHelp: "ヘルプを見るコマンドです（例: 'dlquiz help progress reset'）。", completion: .commands)
            ],
            options: [
                .flag("man", help: Bilingual(
                    "Print the manual page of every command, in mdoc for man(1).",
                    "すべてのコマンドのマニュアルページを、man(1) 用の mdoc で出力します。")),
                OptionSpec(
                    name: "lang", short: nil, valueName: "lang",
                    help: "The language of the help: en or ja. Defaults to LC_ALL, LC_MESSAGES or LANG, else en.",
                    defaultValue: nil, isRepeatable: false, choices: [],
                    completion: .values(LanguageResolver.interfaceLanguages),
                    japaneseHelp: "ヘルプの言語（en または ja）です。省略すると LC_ALL、LC_MESSAGES、LANG の順に従い、どれもなければ en です。"),
                .flag("no-color", help: Bilingual(
                    "Do not colour the output (NO_COLOR=1 does the same).", "出力に色を付けません（NO_COLOR=1 でも同じです）。")),
            ])
    }

    /// The root and every command, `help` included: what completion scripts and the manual page are written from.
    static var completionRoot: CommandSpec { rootSpec }

    /// The root command's spec, for `dlquiz` and `dlquiz --help`.
    static var rootSpec: CommandSpec {
        CommandSpec(
            path: [],
            abstract: Bilingual(
                "Practise deep-learning interview questions in the terminal.",
                "ディープラーニングの面接質問をターミナルで練習します。"),
            discussion: Bilingual(
                """
                Twelve classic questions with model answers, key points and follow-ups, in English and Japanese. \
                Answer, compare with the model answer, grade yourself by the key points you covered; dlquiz \
                remembers every graded answer and brings back what is weak or due.

                Start with:
                - dlquiz quiz  (practise, one question at a time)
                - dlquiz quiz --order due  (what you are about to forget, first)
                - dlquiz stats  (your progress at a glance)
                - dlquiz pick -n 3 --rubric  (an interviewer's pick, with what to listen for)
                - dlquiz interview --candidate NAME  (run an interview and keep a scorecard)
                - dlquiz list  (every question, with your attempts)
                """,
                """
                定番の 12 問を、模範解答・押さえるべきポイント・追加質問とともに英語と日本語で収録しています。\
                答えてから模範解答と見比べ、押さえたポイントで自己採点します。dlquiz は採点した回答をすべて記録し、\
                苦手な問題や復習の時期が来た問題を出題します。

                まずはこちらから:
                - dlquiz quiz  （1 問ずつ練習します）
                - dlquiz quiz --order due  （忘れかけている問題から出題します）
                - dlquiz stats  （練習の状況をひと目で確認します）
                - dlquiz pick -n 3 --rubric  （面接官向けに、聞き取るポイント付きで質問を選びます）
                - dlquiz interview --candidate 名前  （面接を進め、スコアカードを残します）
                - dlquiz list  （全問題と、あなたの回答状況を一覧します）
                """),
            subcommands: commands.map { $0.spec(path: [$0.configuration.name]) } + [helpSpec])
    }

    /// Runs the program with a context and returns the exit status.
    ///
    /// Standard output is flushed at the end and every write to it checked: when one failed (a full disk, a
    /// closed descriptor), the error is reported and the status is 1 at least, whatever the command returned.
    public static func run(_ context: CommandContext) -> Int32 {
        let status = runCommand(context)
        context.output.flush()
        guard let failure = context.output.writeError else { return status }
        let language = HelpLanguage.resolve(arguments: context.arguments, environment: context.environment)
        let reason = StoreError.describe(errno: failure)
        context.errorOutput.line(
            Bilingual.errorPrefix.text(in: language) + Bilingual(
                "Cannot write to standard output: \(String(cString: strerror(failure)).lowercased()).", "標準出力に書き込めません: \(reason.japanese)。"
            ).text(in: language))
        return status == 0 ? 1 : status
    }

    private static func runCommand(_ context: CommandContext) -> Int32 {
        do {
            return try dispatch(context)
        } catch let error as UsageError {
            context.errorOutput.write(error.text(language: HelpLanguage.resolve(
                arguments: context.arguments, environment: context.environment), width: context.width))
            return 64
        } catch let error as QuizError {
            let language = HelpLanguage.resolve(arguments: context.arguments, environment: context.environment)
            context.errorOutput.line(Bilingual.errorPrefix.text(in: language) + error.message(in: language))
            return error.isDataError ? 65 : 1
        } catch let error as StoreError {
            let language = HelpLanguage.resolve(arguments: context.arguments, environment: context.environment)
            context.errorOutput.line(Bilingual.errorPrefix.text(in: language) + error.message(in: language))
            return 1
        } catch let failure as CommandFailure {
            let language = HelpLanguage.resolve(arguments: context.arguments, environment: context.environment)
            context.errorOutput.line(Bilingual.errorPrefix.text(in: language) + failure.message.text(in: language))
            return failure.status
        } catch {
            let language = HelpLanguage.resolve(arguments: context.arguments, environment: context.environment)
            context.errorOutput.line(Bilingual.errorPrefix.text(in: language) + "\(error)")
            return 1
        }
    }

    private static func dispatch(_ context: CommandContext) throws -> Int32 {
        let arguments = context.arguments
        let language = HelpLanguage.resolve(arguments: arguments, environment: context.environment)
        let helpFormatter = HelpFormatter(width: context.width, language: language)
        guard let first = arguments.first else {
            context.output.write(helpFormatter.help(for: rootSpec, version: version))
            return 0
        }
        if first == "help" {
            var words = Array(arguments.dropFirst())
            if let index = words.firstIndex(where: { $0 == "--lang" || $0.hasPrefix("--lang=") }) {
                let value = words[index] == "--lang" && index + 1 < words.count ? words[index + 1] : String(words[index].dropFirst(7))
                guard LanguageResolver.interfaceLanguages.contains(value) else {
                    var error = ArgumentParser.invalidValue(value, for: "--lang <lang>", choices: LanguageResolver.interfaceLanguages)
                    error.command = helpSpec
                    throw error
                }
                words.removeSubrange(index...(words[index] == "--lang" ? min(index + 1, words.count - 1) : index))
            }
            let known = ["--man", "--help", "-h", "--no-color"]
            if let option = words.first(where: { ArgumentParser.looksLikeOption($0) && !known.contains($0) }) {
                let (english, japanese) = UsageError.unknownOption(option)
                var error = UsageError.suggesting(english, japanese, closestTo: option, among: known + ["--lang"])
                error.command = helpSpec
                throw error
            }
            if words.contains("--man") {
                let root = completionRoot.localized(to: language)
                context.output.write(ManualPage(root: root, version: version, date: context.clock(), language: language).text)
                return 0
            }
            let named = words.filter { !ArgumentParser.looksLikeOption($0) }
            let spec = named.isEmpty && ArgumentParser.asksForHelp(words) ? helpSpec : try resolveHelpTarget(named)
            context.output.write(helpFormatter.help(for: spec, version: spec.path.isEmpty ? version : nil))
            return 0
        }
        if first == "--version" {
            context.output.line("dlquiz \(version)")
            return 0
        }
        if ArgumentParser.looksLikeOption(first) {
            guard !ArgumentParser.asksForHelp(arguments) else {
                context.output.write(helpFormatter.help(for: rootSpec, version: version))
                return 0
            }
            let (english, japanese) = UsageError.unknownOption(first)
            var error = UsageError.suggesting(english, japanese, closestTo: first, among: ["--help", "--version", "-h"])
            error.hint = error.hint ?? Bilingual(
                "Options go after the command, as in 'dlquiz quiz \(first)'.",
                "オプションはコマンドの後に書きます（例: 'dlquiz quiz \(first)'）。")
            error.command = rootSpec
            throw error
        }
        let (command, path, rest) = try resolve(arguments)
        let spec = command.spec(path: path)
        if ArgumentParser.asksForHelp(rest, shortOptionsTakingValues: Set(spec.options.filter(\.takesValue).compactMap(\.short))) {
            context.output.write(helpFormatter.help(for: spec))
            return 0
        }
        return try run(command, path: path, arguments: rest, context: context)
    }

    /// Parses, validates and runs one command; a usage error is shown with that command's usage line.
    private static func run<Command: ParsableCommand>(
        _ type: Command.Type, path: [String], arguments: [String], context: CommandContext
    ) throws -> Int32 {
        do {
            return try ArgumentParser.parse(arguments, as: Command.self).run(context)
        } catch var error as UsageError {
            if error.command == nil { error.command = Command.spec(path: path) }
            throw error
        } catch let error as QuizError {
            // A value refused only once the deck is loaded (a topic, an id, a language) is still a usage error.
            throw UsageError(refusedValue: error, command: Command.spec(path: path)) ?? error
        }
    }

    /// The command named by the first words of `arguments`, the words that named it, and the arguments left for it.
    private static func resolve(_ arguments: [String]) throws -> (any ParsableCommand.Type, [String], [String]) {
        let name = arguments[0]
        guard let top = commands.first(where: { $0.configuration.name == name }) else {
            throw unknownCommand(name, among: commands, parent: rootSpec)
        }
        var command: any ParsableCommand.Type = top
        var path = [name]
        var rest = Array(arguments.dropFirst())
        while let word = rest.first, !ArgumentParser.looksLikeOption(word), !command.configuration.subcommands.isEmpty {
            let children = command.configuration.subcommands
            guard let child = children.first(where: { $0.configuration.name == word }) else {
                let spec = command.spec(path: path)
                guard spec.arguments.isEmpty else { break }
                var error = UsageError.suggesting(
                    "Unknown subcommand '\(word)'", "'\(word)' というサブコマンドはありません", closestTo: word,
                    among: children.map { $0.configuration.name })
                error.command = spec
                throw error
            }
            command = child
            path.append(word)
            rest.removeFirst()
        }
        return (command, path, rest)
    }

    private static func resolveHelpTarget(_ words: [String]) throws(UsageError) -> CommandSpec {
        var spec = rootSpec
        var children = commands
        for word in words where !ArgumentParser.looksLikeOption(word) {
            if word == "help" && spec.path.isEmpty { return helpSpec }
            guard let child = children.first(where: { $0.configuration.name == word }) else {
                throw unknownCommand(word, among: children, parent: spec)
            }
            spec = child.spec(path: spec.path + [word])
            children = child.configuration.subcommands
        }
        return spec
    }

    private static func unknownCommand(
        _ name: String, among commands: [any ParsableCommand.Type], parent: CommandSpec
    ) -> UsageError {
        let names = commands.map { $0.configuration.name }
        var error = UsageError.suggesting(
            "Unknown command '\(name)'", "'\(name)' というコマンドはありません", closestTo: name, among: names)
        error.hint = error.hint ?? Bilingual(
            "The commands are: \(names.joined(separator: ", ")).", "コマンドは次のとおりです: \(names.joined(separator: "、"))。")
        error.command = parent
        return error
    }
}
