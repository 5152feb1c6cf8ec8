import Foundation
import Testing

/// deploy/git/post-receive with real repositories: what a pusher sees and what the daemon reads.
@Suite struct DeployHookTests {
    static let project = "content/2022/科技 评估.yaml"

    @Test func aPushToMainFastForwardsTheWorkingCopyAndTellsThePusher() throws {
        let fixture = try DeployGitFixture()
        defer { fixture.remove() }
        try fixture.write("项目名称: 评估\n指标值: ≥20个\n", to: Self.project)
        let first = try fixture.commitAndPush("第一版")
        #expect(first.stderr.contains("remote: jixiao: 工作副本已更新 000000000000 →"), "\(first.output)")
        #expect(fixture.worktreeText(Self.project) == "项目名称: 评估\n指标值: ≥20个\n")

        try fixture.write("项目名称: 评估\n指标值: ≥25个\n", to: Self.project)
        try fixture.commitAndPush("提高目标")
        #expect(try fixture.worktreeHead() == (try fixture.authorHead()))
        #expect(fixture.worktreeText(Self.project)?.contains("≥25个") == true)
    }

    @Test func otherBranchesNeverChangeTheSite() throws {
        let fixture = try DeployGitFixture()
        defer { fixture.remove() }
        try fixture.write("指标值: ≥20个\n", to: Self.project)
        try fixture.commitAndPush("第一版")
        let published = try fixture.worktreeHead()
        try fixture.write("指标值: 草稿\n", to: Self.project)
        let draft = try fixture.commitAndPush("草稿", branch: "draft")
        #expect(!draft.stderr.contains("jixiao:"))
        #expect(try fixture.worktreeHead() == published)
        #expect(fixture.worktreeText(Self.project) == "指标值: ≥20个\n")
    }

    @Test func localChangesInTheWorkingCopyAreNeverOverwritten() throws {
        let fixture = try DeployGitFixture()
        defer { fixture.remove() }
        try fixture.write("指标值: ≥20个\n", to: Self.project)
        try fixture.commitAndPush("第一版")
        let published = try fixture.worktreeHead()
        let local = fixture.worktree.appendingPathComponent(Self.project)
        try Data("指标值: 服务器上的手工修改\n".utf8).write(to: local)

        try fixture.write("指标值: ≥30个\n", to: Self.project)
        let refused = try fixture.commitAndPush("第二版")
        #expect(refused.stderr.contains("remote: jixiao: 工作副本有未提交的修改，拒绝覆盖"), "\(refused.output)")
        #expect(refused.stderr.contains("网站仍显示旧内容"))
        #expect(try fixture.worktreeHead() == published)
        #expect(fixture.worktreeText(Self.project) == "指标值: 服务器上的手工修改\n")

        // Once the administrator cleans up, the next push brings everything.
        try DeployGitFixture.git(["checkout", "--", "."], in: fixture.worktree)
        try fixture.write("指标值: ≥31个\n", to: Self.project)
        try fixture.commitAndPush("第三版")
        #expect(fixture.worktreeText(Self.project) == "指标值: ≥31个\n")
    }

    @Test func aForcePushThatRewritesHistoryIsRefusedAndTheOldContentStays() throws {
        let fixture = try DeployGitFixture()
        defer { fixture.remove() }
        try fixture.write("指标值: ≥20个\n", to: Self.project)
        try fixture.commitAndPush("第一版")
        try fixture.write("指标值: ≥21个\n", to: Self.project)
        try fixture.commitAndPush("第二版")
        let published = try fixture.worktreeHead()

        try DeployGitFixture.git(["reset", "--quiet", "--hard", "HEAD~1"], in: fixture.author)
        try fixture.write("指标值: 改写历史\n", to: Self.project)
        let rewritten = try fixture.commitAndPush("改写", force: true)
        #expect(rewritten.stderr.contains("remote: jixiao: 无法快进"), "\(rewritten.output)")
        #expect(try fixture.worktreeHead() == published)
        #expect(fixture.worktreeText(Self.project) == "指标值: ≥21个\n")
    }

    @Test func aMissingWorkingCopyIsReportedToThePusher() throws {
        let fixture = try DeployGitFixture()
        defer { fixture.remove() }
        try DeployGitFixture.git(["config", "jixiao.worktree", fixture.root.appendingPathComponent("elsewhere").path], in: fixture.bare)
        try fixture.write("指标值: ≥20个\n", to: Self.project)
        let pushed = try fixture.commitAndPush("第一版")
        #expect(pushed.stderr.contains("remote: jixiao: 找不到工作副本"), "\(pushed.output)")
    }

    @Test(.enabled(if: getuid() == 0, "needs root to give the working copy to another user"))
    func aWorkingCopyOwnedBySomeoneElseIsReported() throws {
        let fixture = try DeployGitFixture()
        defer { fixture.remove() }
        // The usual mistake: the hook runs as one user, the working copy belongs to another.
        try DeployShell.check("chown", ["-R", "nobody", fixture.worktree.path])
        try fixture.write("指标值: ≥20个\n", to: Self.project)
        let pushed = try fixture.commitAndPush("第一版")
        #expect(pushed.stderr.contains("remote: jixiao: 无法读取工作副本"), "\(pushed.output)")
        #expect(pushed.stderr.contains("dubious ownership"), "\(pushed.output)")
        #expect(fixture.worktreeText(Self.project) == nil)
    }

    @Test func theHookAndTheInstallerAreValidBash() throws {
        for script in ["git/post-receive", "install.sh"] {
            let url = DeployPaths.deploy.appendingPathComponent(script)
            #expect(FileManager.default.isExecutableFile(atPath: url.path), "\(script) must be executable")
            let syntax = try DeployShell.run("bash", ["-n", url.path])
            #expect(syntax.status == 0, "\(script): \(syntax.output)")
            // shellcheck where installed (apt-get install shellcheck): quoting and the like.
            if let shellcheck = DeployPaths.program("shellcheck") {
                let lint = try DeployShell.run(shellcheck.path, [url.path])
                #expect(lint.status == 0, "\(script):\n\(lint.output)")
            }
        }
    }
}
