import Foundation

/// What the standard output is connected to.
enum Terminal {
    /// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    static var wantsColour: Bool {
        if let noColour = ProcessInfo.processInfo.environment["NO_COLOR"], !noColour.isEmpty { return false }
        return isatty(STDOUT_FILENO) == 1
    }

    static var isInteractive: Bool { isatty(STDERR_FILENO) == 1 }
}
