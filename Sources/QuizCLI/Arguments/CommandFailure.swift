/// A failure that is not about usage or data: printed as `Error: …`, with its own exit status.
struct CommandFailure: Error, Sendable, Equatable {
    /// The sentence after `Error: `, naming the fix.
    var message: String
    /// The exit status.
    var status: Int32

    /// Creates a failure; the default status is 1.
    init(_ message: String, status: Int32 = 1) {
        self.message = message
        self.status = status
    }
}
