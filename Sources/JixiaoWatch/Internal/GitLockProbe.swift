import Foundation
import Glibc

/// Finds the `index.lock` of the git repository holding the content folder, so a checkout or
/// pull (which holds that lock while it rewrites files) can be delivered as one batch.
struct GitLockProbe {
    /// Absolute path of the lock file whose existence means "git is busy".
    let lockPath: String

    /// Walks up from `root` (included) to the first `.git`: a directory, or a file
    /// `gitdir: <path>` as in worktrees and submodules. Without one, watches `root/.git`.
    init(root: String) {
        var directory = URL(fileURLWithPath: root)
        while true {
            let dotGit = directory.appendingPathComponent(".git").path
            if let lock = Self.lockPath(dotGit: dotGit, directory: directory) {
                lockPath = lock
                return
            }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        lockPath = root + "/.git/index.lock"
    }

    var isLocked: Bool {
        access(lockPath, F_OK) == 0
    }

    private static func lockPath(dotGit: String, directory: URL) -> String? {
        guard let stamp = TreeWalker.stamp(of: dotGit) else { return nil }
        if stamp.isDirectory { return dotGit + "/index.lock" }
        guard let text = try? String(contentsOfFile: dotGit, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("gitdir:") {
            let target = line.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespaces)
            let gitDirectory = target.hasPrefix("/")
                ? URL(fileURLWithPath: target)
                : directory.appendingPathComponent(target)
            return gitDirectory.standardizedFileURL.path + "/index.lock"
        }
        return nil
    }
}
