import QuizKit
import QuizStore

/// `dlquiz progress restore [BACKUP]`: undoes a reset, putting a backup back as the progress file.
struct ProgressRestoreCommand: ParsableCommand {
    @Argument(
        help: "The backup to restore. Defaults to the newest backup beside the progress file.",
        ja: "元に戻すバックアップです。省略すると、記録ファイルの隣にある最新のバックアップを使います。",
        completion: .file(extensions: []))
    var backup: String?

    @Flag(
        help: "Restore even though answers were saved since the reset: the backup's answers come first, then those.",
        ja: "リセット後に保存した回答があっても元に戻します。バックアップの回答を先に、その後にそれらの回答を並べます。")
    var force = false

    @OptionGroup var progress: WrittenProgressOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var color: ColorOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "restore",
            abstract: "Undo a reset: put a backup (the newest, or the one named) back as your progress file.",
            discussion: """
                When no answer was saved since the reset, the backup simply becomes the progress file again. When \
                some were, restore stops and says how many, unless --force is given: the progress file then holds \
                the backup's answers followed by those saved since, so none is lost. The backup is gone afterwards; \
                the others stay.
                """,
            japaneseAbstract: "リセットを取り消します: バックアップ（最新のもの、または指定したもの）を記録ファイルに戻します。",
            japaneseDiscussion: """
                リセット後に保存した回答がなければ、バックアップがそのまま記録ファイルに戻ります。保存した回答があると\
                きは、--force を付けない限りその件数を示して止まります。--force を付けると、記録ファイルはバックアップの\
                回答の後にリセット後の回答を並べたものになり、どの回答も失われません。戻したバックアップはなくなり、\
                ほかのバックアップは残ります。
                """)
    }

    func validate() throws(UsageError) {
        try progress.refuseStandardInput()
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let strings = Presentation(context, language: language, color: color).strings
        let path = progress.path(context)
        let file = ProgressFile(path: path)
        let shownFile = StoreError.shown(context.displayPath(path))
        guard let chosen = backup ?? file.newestBackup else {
            throw CommandFailure(
                UIStrings(language: "en").noBackupToRestore(shownFile),
                UIStrings(language: "ja").noBackupToRestore(shownFile))
        }
        let shownBackup = StoreError.shown(context.displayPath(chosen))
        // Both are read before anything moves: a backup that is not a progress file is refused by `load`.
        let restoring = try ProgressFile(path: chosen).load().answerCount
        let since = file.exists ? try file.load().answerCount : 0
        if since > 0 && !force {
            throw CommandFailure(
                UIStrings(language: "en").answersSavedSinceReset(since, file: shownFile, backup: shownBackup),
                UIStrings(language: "ja").answersSavedSinceReset(since, file: shownFile, backup: shownBackup))
        }
        switch try file.restore(backup: chosen) {
        case .movedBack:
            context.output.line(strings.restoredProgress(answers: restoring, backup: shownBackup, file: shownFile))
        case .merged:
            context.output.line(
                strings.mergedProgress(answers: restoring, since: since, backup: shownBackup, file: shownFile))
        case nil:
            throw CommandFailure(
                UIStrings(language: "en").noBackupToRestore(shownFile),
                UIStrings(language: "ja").noBackupToRestore(shownFile))
        }
        return 0
    }
}
