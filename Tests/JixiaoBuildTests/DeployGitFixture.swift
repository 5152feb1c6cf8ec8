import Foundation

/// A bare repository with the shipped post-receive hook, the working copy it updates, and an
/// author's clone that pushes: the git half of a Jixiao server, in a temporary folder.
struct DeployGitFixture {
    let root: URL
    let bare: URL
    let worktree: URL
    let author: URL

    /// Sets everything up the way deploy/install.sh does: the working copy starts empty, on main,
    /// with a content folder, and the first push fills it.
    init(prefix: String = "jx-git") throws {
        root = try DeployPaths.temporaryFolder(prefix)
        bare = root.appendingPathComponent("repo.git")
        worktree = root.appendingPathComponent("repo")
        author = root.appendingPathComponent("author")
        try Self.git(["init", "--quiet", "--bare", "-b", "main", bare.path])
        try Self.git(["config", "jixiao.worktree", worktree.path], in: bare)
        let hook = bare.appendingPathComponent("hooks/post-receive")
        try FileManager.default.copyItem(at: DeployPaths.deploy.appendingPathComponent("git/post-receive"), to: hook)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
        try Self.git(["init", "--quiet", "-b", "main", worktree.path])
        try FileManager.default.createDirectory(at: worktree.appendingPathComponent("content"), withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
        try Self.git(["clone", "--quiet", bare.path, author.path])
        try Self.git(["config", "user.name", "测试作者"], in: author)
        try Self.git(["config", "user.email", "author@example.org"], in: author)
    }

    /// Git with a fixed identity and no user or system configuration, so a developer's settings
    /// (hooks paths, signing, default branch) cannot change what the test sees.
    @discardableResult
    static func git(_ arguments: [String], in folder: URL? = nil) throws -> DeployShell.Result {
        try DeployShell.check("git", arguments, in: folder, environment: environment)
    }

    static let environment = [
        "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null",
        "GIT_AUTHOR_NAME": "测试作者", "GIT_AUTHOR_EMAIL": "author@example.org",
        "GIT_COMMITTER_NAME": "测试作者", "GIT_COMMITTER_EMAIL": "author@example.org",
        "LANG": "C.UTF-8",
    ]

    /// Writes a file in the author's clone (creating folders).
    func write(_ text: String, to relativePath: String) throws {
        let url = author.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Commits everything in the author's clone and pushes; returns what `git push` printed
    /// (the hook's messages come back as `remote: …` lines on stderr).
    @discardableResult
    func commitAndPush(_ message: String, branch: String = "main", force: Bool = false) throws -> DeployShell.Result {
        try Self.git(["add", "-A"], in: author)
        try Self.git(["commit", "--quiet", "--allow-empty", "-m", message], in: author)
        return try push(branch: branch, force: force)
    }

    @discardableResult
    func push(branch: String = "main", force: Bool = false) throws -> DeployShell.Result {
        try Self.git(["push"] + (force ? ["--force"] : []) + ["origin", "HEAD:refs/heads/\(branch)"], in: author)
    }

    /// The commit the working copy (what the daemon reads) is at.
    func worktreeHead() throws -> String {
        try Self.git(["rev-parse", "HEAD"], in: worktree).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func authorHead() throws -> String {
        try Self.git(["rev-parse", "HEAD"], in: author).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func worktreeText(_ relativePath: String) -> String? {
        FileManager.default.contents(atPath: worktree.appendingPathComponent(relativePath).path)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
