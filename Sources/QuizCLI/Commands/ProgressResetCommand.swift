import QuizKit
import QuizStore

/// `dlquiz progress reset`: starts a fresh progress file, keeping the old one as a backup.
struct ProgressResetCommand: ParsableCommand {
    @Flag(name: .shortAndLong, help: "Do not ask for confirmation.", ja: "確認せずに実行します。")
    var yes = false

    @OptionGroup var progress: WrittenProgressOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var color: ColorOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "reset",
            abstract: "Clear your progress, keeping the old file as a backup beside it.",
            discussion: """
                Asks for confirmation (type yes) unless --yes is given. The backup is named after the time of the \
                reset, and 'dlquiz progress' names it afterwards; 'dlquiz progress restore' puts it back.
                """,
            japaneseAbstract: "記録を消去します。以前のファイルはバックアップとして隣に残します。",
            japaneseDiscussion: """
                --yes を付けない限り、確認を求めます（yes と入力してください）。バックアップの名前にはリセットした\
                時刻が入り、その後は 'dlquiz progress' がその名前を表示します。'dlquiz progress restore' で元に戻せます。
                """)
    }

    func validate() throws(UsageError) {
        try progress.refuseStandardInput()
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let strings = Presentation(context, language: language, color: color).strings
        let path = progress.path(context)
        let shown = context.displayPath(path)
        let file = ProgressFile(path: path)
        // A folder, a device or a FIFO is refused before anything is asked, read or moved, in quiz's words.
        try file.checkResettable()
        guard file.exists else {
            context.output.line(strings.nothingToReset(shown))
            return 0
        }
        if !yes, let status = try Self.declined(file, shown: shown, strings: strings, context: context) {
            return status
        }
        guard let moved = try file.moveToBackup(at: context.clock()) else {
            context.output.line(strings.nothingToReset(shown))
            return 0
        }
        context.output.line(strings.progressCleared(backup: StoreError.shown(context.displayPath(moved.backup))))
        // The exact way back, which also keeps answers saved meanwhile (the file named as it was, quoted).
        let undo =
            "dlquiz progress restore" + (progress.progress.map { " --progress " + ShellQuoting.quoted($0) } ?? "")
        context.output.line(strings.undoReset(command: UntrustedText.echoed(undo, limit: 2000)))
        return 0
    }

    /// Asks before clearing `file`'s answers: nil when the user typed the confirmation word; else the exit status
    /// (1 when declined, 130 after Ctrl-C).
    private static func declined(
        _ file: ProgressFile, shown: String, strings: UIStrings, context: CommandContext
    ) throws -> Int32? {
        let answers = try file.load().answerCount
        // A prompt: fitted to the width by the sink, the reply typed after its last line.
        context.output.write(strings.resetQuestion(answers: answers, path: shown))
        context.output.flush()
        let input = context.readAtPrompt(liveTitle: nil)
        if input == .interrupted { return 130 }
        guard case .line(let text) = input, text.trimmed() == strings.resetConfirmationWord else {
            context.errorOutput.line(strings.resetCancelled)
            return 1
        }
        return nil
    }
}
