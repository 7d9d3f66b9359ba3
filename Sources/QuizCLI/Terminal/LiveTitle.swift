import Dispatch
import FoundationEssentials
import QuizKit
import QuizStore

#if canImport(Glibc)
    import Glibc
#endif

/// A clock in the terminal's title (OSC 2), refreshed every second while the program waits for a line.
///
/// Why the title and nothing nearer the prompt: while a line is typed in canonical mode, the half-typed text lives
/// in the kernel, so the program cannot know how long it is, whether it wrapped, or where the cursor is. Anything
/// drawn relative to the cursor (save, move, write, restore) can land on that text or be scrolled into the middle
/// of it; a reserved status row (a scroll region) breaks on resize and leaves the shell's screen broken if the
/// process is killed. A title sequence moves no cursor and prints nothing on the screen, so it cannot disturb the
/// line being typed. It is made safe in three more ways:
/// - Written only while the main thread waits for input (under a lock the main thread takes back before writing),
///   each in one `write`, so it is never spliced into other output; the kernel's echo of typed characters is
///   serialized with it.
/// - The kernel counts the printable bytes of everything written to a terminal as columns, and uses that count,
///   modulo 8, to echo and erase tabs on the line being typed (see `KernelColumns`). Every sequence is padded with
///   spaces so it adds a multiple of 8 columns to that count, leaving the typed line's tabs exactly right.
/// - The terminal's own title is pushed on its title stack first and popped at the end (`restore()`).
///
/// Only on a terminal on both ends, with a `TERM` known to take titles (not the Linux console, which would print
/// the sequence). The words come from the caller; only its title changes.
final class LiveTitle: @unchecked Sendable {
    private let output: any TextSink
    private let clock: @Sendable () -> Date
    private let isUTF8: Bool
    private let lock = PosixLock()
    private var text: (@Sendable (Date) -> String)?
    private var timer: (any DispatchSourceTimer)?
    private var hasPushed = false

    /// TERM prefixes of terminals that take OSC 2 titles (and ignore the title stack if they lack one).
    static let capableTerminals = [
        "xterm", "screen", "tmux", "rxvt", "alacritty", "foot", "kitty", "wezterm", "vte", "gnome", "konsole",
        "putty", "st-", "iterm",
    ]

    /// A live title for the process's terminal, or nil when the title cannot be used safely.
    static func make(for context: CommandContext) -> LiveTitle? {
        guard context.terminal.isOutputTerminal, context.terminal.isInputTerminal,
            let term = context.environment["TERM"], capableTerminals.contains(where: { term.hasPrefix($0) })
        else { return nil }
        var settings = termios()
        guard tcgetattr(STDOUT_FILENO, &settings) == 0 else { return nil }
        // With OLCUC the kernel writes a byte at a time, and the echo could then fall inside the sequence.
        guard settings.c_oflag & tcflag_t(OLCUC) == 0 else { return nil }
        return LiveTitle(output: context.output, clock: context.clock, isUTF8: settings.c_iflag & tcflag_t(IUTF8) != 0)
    }

    init(output: any TextSink, clock: @escaping @Sendable () -> Date, isUTF8: Bool) {
        self.output = output
        self.clock = clock
        self.isUTF8 = isUTF8
    }

    /// Shows `text(now)` now and, when `isRefreshing`, every second until `pause()`. Call it just before waiting
    /// for input.
    func show(isRefreshing: Bool = true, _ text: @escaping @Sendable (Date) -> String) {
        lock.lock()
        defer { lock.unlock() }
        if !hasPushed {
            hasPushed = true
            write(Self.padded("\u{1B}[22;0t", titleFirst: false, isUTF8: isUTF8))
        }
        self.text = isRefreshing ? text : nil
        write(Self.sequence(title: text(clock()), isUTF8: isUTF8))
        if isRefreshing && timer == nil {
            let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "dlquiz.live-title"))
            timer.schedule(deadline: .now() + 1, repeating: 1, leeway: .milliseconds(50))
            timer.setEventHandler { [weak self] in self?.tick() }
            timer.resume()
            self.timer = timer
        }
    }

    /// Stops refreshing; after it returns, nothing more is written until the next `show`. Call it as soon as input
    /// arrives, before writing anything else.
    func pause() {
        lock.lock()
        text = nil
        lock.unlock()
    }

    /// Stops for good and gives the terminal its title back.
    func restore() {
        lock.lock()
        defer { lock.unlock() }
        text = nil
        timer?.cancel()
        timer = nil
        if hasPushed {
            write(Self.padded("\u{1B}[23;0t", titleFirst: true, isUTF8: isUTF8))
            hasPushed = false
        }
    }

    private func tick() {
        lock.lock()
        defer { lock.unlock() }
        guard let text else { return }
        write(Self.sequence(title: text(clock()), isUTF8: isUTF8))
    }

    private func write(_ sequence: String) {
        output.write(verbatim: sequence)
        output.flush()
    }

    /// `ESC ] 2 ; title BEL`, the title stripped of control characters and padded with spaces inside the sequence
    /// so the kernel's column count moves by a multiple of 8 (counting `alongside` columns written with it).
    static func sequence(title: String, isUTF8: Bool, alongside: Int = 0) -> String {
        let clean = String(
            TerminalText.sanitized(title).map { (character: Character) in character.isNewline ? " " : character })
        let counted = alongside + KernelColumns.counted("\u{1B}]2;" + clean, isUTF8: isUTF8)
        return "\u{1B}]2;" + clean + String(repeating: " ", count: (8 - counted % 8) % 8) + "\u{07}"
    }

    /// A CSI sequence (which cannot take padding) with the title `dlquiz` padded so that, together, they move the
    /// count by a multiple of 8: the title after a push, before a pop (so the pop has the last word).
    static func padded(_ control: String, titleFirst: Bool, isUTF8: Bool) -> String {
        let sequence = Self.sequence(
            title: "dlquiz", isUTF8: isUTF8, alongside: KernelColumns.counted(control, isUTF8: isUTF8))
        return titleFirst ? sequence + control : control + sequence
    }
}
