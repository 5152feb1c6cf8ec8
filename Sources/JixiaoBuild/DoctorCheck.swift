/// One line of `jixiao doctor`: what was checked, whether it passed, and a sentence saying what was found.
public struct DoctorCheck: Sendable, Equatable {
    /// A short stable name (`inotifytools`, `inotify.watches`, `content`, `output`, `configuration` …).
    public var name: String
    public var passed: Bool
    /// One sentence for the administrator, in Chinese, with the numbers or paths involved.
    public var message: String

    public init(name: String, passed: Bool, message: String) {
        self.name = name
        self.passed = passed
        self.message = message
    }

    /// The printed line: `✓ sentence` or `✗ sentence`.
    public var line: String { (passed ? "✓ " : "✗ ") + message }
}
