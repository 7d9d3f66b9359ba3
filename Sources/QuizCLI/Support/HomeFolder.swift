#if canImport(Glibc)
import Glibc
#endif

/// The user's home folder, and shortening paths inside it to `~` for messages.
public enum HomeFolder {
    /// `$HOME`, else the password database's entry, else `/`.
    public static func path(environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir {
            return String(cString: directory)
        }
        return "/"
    }

    /// The path with the home folder written as `~`.
    public static func abbreviate(_ path: String, environment: [String: String]) -> String {
        let home = Self.path(environment: environment)
        guard home != "/", path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }
}
