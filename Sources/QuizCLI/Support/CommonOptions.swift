/// Options that several commands share, spelled the same everywhere.
enum CommonOptions {
    static let deck = OptionSpec.value(
        "deck", valueName: "file", help: "Use your own deck (JSON, see the README) instead of the bundled one.")
    static let lang = OptionSpec.value(
        "lang", valueName: "lang",
        help: "The language to show: en or ja. Defaults to LC_ALL, LC_MESSAGES or LANG, else en.")
    static let progress = OptionSpec.value(
        "progress", valueName: "file",
        help: "The progress file. Defaults to $DLQUIZ_PROGRESS, else $XDG_STATE_HOME/dlquiz/progress.jsonl, else ~/.local/state/dlquiz/progress.jsonl.")
    static let json = OptionSpec.flag("json", help: "Print only JSON to standard output (keys are listed in the README).")
    static let noColor = OptionSpec.flag("no-color", help: "Do not colour the output (NO_COLOR=1 does the same).")
    static let seed = OptionSpec.value(
        "seed", valueName: "seed", help: "A number that fixes the random choice: the same seed gives the same questions.")
    static let topic = OptionSpec.value(
        "topic", valueName: "topic", help: "Only questions of this topic (repeatable).", isRepeatable: true)
    static let ids = OptionSpec.value(
        "ids", valueName: "ids", help: "Only these question ids, comma-separated (repeatable).", isRepeatable: true)
}
