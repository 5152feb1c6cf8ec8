import Foundation

/// Folders a test process made under the temp directory, removed when the process exits, so a
/// test that fails early or keeps its folder for a later step leaves nothing behind on a machine
/// that runs the suite every day (about 70 folders, some holding whole sites, per run before).
public enum TemporaryCleanup {
    private final class Registry: @unchecked Sendable {
        let lock = NSLock()
        var folders: [URL] = []
    }

    private static let registry: Registry = {
        atexit { TemporaryCleanup.removeAll() }
        return Registry()
    }()

    public static func register(_ folder: URL) {
        registry.lock.withLock { registry.folders.append(folder) }
    }

    private static func removeAll() {
        let folders = registry.lock.withLock { registry.folders }
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
    }
}
