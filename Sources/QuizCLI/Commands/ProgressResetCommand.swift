import QuizKit
import QuizStore

/// `dlquiz progress reset`: starts a fresh progress file, keeping the old one as a backup.
struct ProgressResetCommand: ParsableCommand {
    var yes = false
    var common = CommonOptions()

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "reset",
            abstract: "Clear your progress, keeping the old file as a backup beside it.",
            discussion: "Asks for confirmation unless --yes is given. The backup is named after the time of the reset.")
    }

    static var declarations: [Declaration<Self>] {
        [
            .flag("yes", short: "y", \.yes, help: "Do not ask for confirmation."),
            .group(\.common, "progress", "no-color"),
        ]
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let path = context.progressPath(common.progress)
        let shown = context.displayPath(path)
        let file = ProgressFile(path: path)
        guard file.exists else {
            context.output.line("Nothing to reset: \(shown) does not exist.")
            return 0
        }
        if !yes {
            let answers = try file.load().answerCount
            context.output.write(
                "This clears \(answers) graded answer\(answers == 1 ? "" : "s") from \(shown); a backup is kept. Type yes to continue: ")
            context.output.flush()
            let input = context.readAtPrompt(liveTitle: nil)
            if input == .interrupted { return 130 }
            var reply: String?
            if case .line(let text) = input { reply = text.trimmed().lowercased() }
            guard reply == "yes" || reply == "y" else {
                context.errorOutput.line("Reset cancelled; nothing was changed.")
                return 1
            }
        }
        guard let backup = try file.moveToBackup(at: context.clock()) else {
            context.output.line("Nothing to reset: \(shown) does not exist.")
            return 0
        }
        context.output.line("Progress cleared. The old file is kept as \(context.displayPath(backup)).")
        return 0
    }
}
