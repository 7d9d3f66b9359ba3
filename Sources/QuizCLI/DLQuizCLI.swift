import QuizKit
import QuizStore

#if canImport(Glibc)
    import Glibc
#endif

/// The `dlquiz` program: dispatches to a command, prints help and errors, and returns the exit status.
package enum DLQuizCLI {
    /// The program's version.
    static let version = "0.1.0"

    /// Every top-level command, in the order the overview lists them; subcommands are declared by their parent.
    static var commands: [any ParsableCommand.Type] {
        [
            QuizCommand.self, PickCommand.self, InterviewCommand.self, InterviewsCommand.self, ListCommand.self,
            ShowCommand.self, GradeCommand.self, StatsCommand.self, ProgressCommand.self, SheetCommand.self,
            ExportCommand.self,
            TipsCommand.self, ValidateCommand.self, DecksCommand.self, NewCommand.self, ConvertCommand.self,
            CompletionsCommand.self, HelpCommand.self,
        ]
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
            subcommands: commands.map { $0.spec(path: [$0.configuration.name]) })
    }

    /// Runs the program with a context and returns the exit status.
    ///
    /// Standard output is flushed at the end and every write to it checked: when one failed (a full disk, a
    /// closed descriptor), the error is reported and the status is 1 at least, whatever the command returned.
    package static func run(_ context: CommandContext) -> Int32 {
        let status = runCommand(context)
        context.output.flush()
        guard let failure = context.output.writeError else { return status }
        let language = HelpLanguage.resolve(arguments: context.arguments, environment: context.environment)
        let reason = StoreError.describe(errno: failure)
        context.errorOutput.line(
            Bilingual.errorPrefix.text(in: language)
                + Bilingual(
                    "Cannot write to standard output: \(String(cString: strerror(failure)).lowercased()).",
                    "標準出力に書き込めません: \(reason.japanese)。"
                ).text(in: language))
        return status == 0 ? 1 : status
    }

    private static func runCommand(_ context: CommandContext) -> Int32 {
        do {
            return try dispatch(context)
        } catch let error as UsageError {
            context.errorOutput.write(
                error.text(
                    language: HelpLanguage.resolve(
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
        if first == "--version" {
            context.output.line("dlquiz \(version)")
            return 0
        }
        if ArgumentParser.looksLikeOption(first) {
            guard !ArgumentParser.asksForHelp(arguments) else {
                context.output.write(helpFormatter.help(for: rootSpec, version: version))
                return 0
            }
            let suggestion = Suggestions.closest(to: first, among: ["--help", "--version", "-h"], limit: 1).first
            throw UsageError(.optionBeforeCommand(first, suggestion: suggestion), command: rootSpec)
        }
        let (command, path, rest) = try resolve(arguments)
        let spec = command.spec(path: path)
        let valueTaking = Set(spec.options.filter(\.takesValue).compactMap(\.short))
        // `dlquiz help quiz --help` is help for quiz, which `help` prints; `dlquiz help --help`, help for help.
        let helpNamesACommand =
            command == HelpCommand.self
            && !((try? ArgumentParser.parse(rest, as: HelpCommand.self))?.command.isEmpty ?? true)
        if !helpNamesACommand && ArgumentParser.asksForHelp(rest, shortOptionsTakingValues: valueTaking) {
            // Long help goes through the pager on a terminal, as `dlquiz help` does; `--no-pager` still works here.
            return context.paging(noPager: rest.contains("--no-pager")) { context in
                context.output.write(helpFormatter.help(for: spec))
                return 0
            }
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
                let suggestion = Suggestions.closest(to: word, among: children.map { $0.configuration.name }, limit: 1)
                    .first
                throw UsageError(.unknownSubcommand(word, suggestion: suggestion), command: spec)
            }
            command = child
            path.append(word)
            rest.removeFirst()
        }
        return (command, path, rest)
    }

    /// `Unknown command 'x'`, with the closest command of `commands` or their list, and the usage of `parent`.
    static func unknownCommand(
        _ name: String, among commands: [any ParsableCommand.Type], parent: CommandSpec
    ) -> UsageError {
        let names = commands.map { $0.configuration.name }
        let suggestion = Suggestions.closest(to: name, among: names, limit: 1).first
        return UsageError(.unknownCommand(name, suggestion: suggestion, commands: names), command: parent)
    }
}
