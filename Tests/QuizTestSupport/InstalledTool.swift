import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Programs outside the toolchain that some tests use when the machine has them (groff, setpriv, a shell). A test
/// that needs one is enabled only when it is found, with a comment saying what is skipped, so a missing tool shows
/// as a skipped test with its reason, never as a pass.
package enum InstalledTool {
    /// The path of the executable `name` in the test process's `PATH` (`/usr/bin:/bin` when unset), or nil.
    package static func path(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").lazy.map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether the tests run as root (then `chmod` stops nothing, and a run as a normal user needs `setpriv`).
    package static var runningAsRoot: Bool { geteuid() == 0 }
}
