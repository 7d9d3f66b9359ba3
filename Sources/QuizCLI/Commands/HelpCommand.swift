/// `dlquiz help [<command> ...]`: help for a command, as `dlquiz <command> --help` prints it, or the manual page.
struct HelpCommand: ParsableCommand {
    @Argument(
        help: "The command, as in 'dlquiz help progress reset'.", ja: "ヘルプを見るコマンドです（例: 'dlquiz help progress reset'）。",
        completion: .commands)
    var command: [String] = []

    @Flag(
        help: "Print the manual page of every command, in mdoc for man(1).",
        ja: "すべてのコマンドのマニュアルページを、man(1) 用の mdoc で出力します。")
    var man = false

    @OptionGroup(adjusting: {
        $0.$lang.setHelp(
            "The language of the help: en or ja. Defaults to LC_ALL, LC_MESSAGES or LANG, else en.",
            ja: "ヘルプの言語（en または ja）です。省略すると LC_ALL、LC_MESSAGES、LANG の順に従い、どれもなければ en です。")
    })
    var language: LanguageOptions
    @OptionGroup var color: ColorOptions
    @OptionGroup var pager: PagerOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "help",
            abstract: "Show help for a command, or the whole manual page with --man.",
            discussion: """
                'dlquiz help quiz' prints what 'dlquiz quiz --help' prints. 'dlquiz help --man' prints the manual \
                page (mdoc) for man, with every command, the environment variables, the files, examples, the exit \
                statuses and the keys of every --json output. To install it:

                $ dlquiz help --man > ~/.local/share/man/man1/dlquiz.1
                """,
            japaneseAbstract: "コマンドのヘルプを表示します。--man を付けるとマニュアルページ全体を表示します。",
            japaneseDiscussion: """
                'dlquiz help quiz' は 'dlquiz quiz --help' と同じ内容を表示します。'dlquiz help --man' は man 用の\
                マニュアルページ（mdoc）を出力します。すべてのコマンド、環境変数、ファイル、例、終了ステータス、\
                各 --json の出力のキーが載っています。インストールするには:

                $ dlquiz help --man > ~/.local/share/man/man1/dlquiz.1
                """)
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let language = Presentation(context, language: language, color: color).language
        if man {
            let root = DLQuizCLI.rootSpec.localized(to: language)
            context.output.write(
                verbatim: ManualPage(root: root, version: DLQuizCLI.version, date: context.clock(), language: language)
                    .text)
            return 0
        }
        let spec = try Self.spec(named: command)
        let formatter = HelpFormatter(width: context.width, language: language)
        return context.paging(noPager: pager.noPager) { context in
            context.output.write(formatter.help(for: spec, version: spec.path.isEmpty ? DLQuizCLI.version : nil))
            return 0
        }
    }

    /// The command the words name (`progress reset`), the root for none.
    ///
    /// - Throws: `UsageError` for a word that names no command, shown with the usage of the command above it.
    static func spec(named words: [String]) throws(UsageError) -> CommandSpec {
        var spec = DLQuizCLI.rootSpec
        var children = DLQuizCLI.commands
        for word in words {
            guard let child = children.first(where: { $0.configuration.name == word }) else {
                throw DLQuizCLI.unknownCommand(word, among: children, parent: spec)
            }
            spec = child.spec(path: spec.path + [word])
            children = child.configuration.subcommands
        }
        return spec
    }
}
