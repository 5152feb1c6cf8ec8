import Foundation
@testable import JixiaoBuild
import JixiaoModel
import Testing

/// `jixiao diff` on a scripted history in a temporary git repository: it reports exactly the changes made.
@Suite struct ReviewDiffTests {
    typealias Change = ContentDiff.ValueChange

    /// A temporary repository with a content folder; removed when the test ends.
    final class Repository {
        let root: URL

        init() throws {
            root = try ReviewTestSupport.temporaryFolder()
            try git("init", "-q")
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        @discardableResult
        func git(_ arguments: String...) throws -> String {
            let outcome = try ReviewTestSupport.run(
                ["git", "-c", "user.name=Review Test", "-c", "user.email=review@example.invalid",
                 "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"] + arguments,
                in: root, environment: ["GIT_CONFIG_NOSYSTEM": "1"])
            guard outcome.status == 0 else { throw ReviewFailure(message: "git \(arguments): \(outcome.error)") }
            return outcome.output
        }

        func write(_ text: String, _ relative: String) throws { try ReviewTestSupport.write(text, to: relative, in: root) }
        func remove(_ relative: String) throws { try FileManager.default.removeItem(at: root.appendingPathComponent(relative)) }

        func commit(_ message: String) throws {
            try git("add", "-A")
            try git("commit", "-q", "-m", message)
        }

        func diff(_ base: String, _ head: String? = nil, from subfolder: String = "") throws -> ContentDiff {
            try ContentDiff.compare(base: base, head: head, content: "content",
                                    in: subfolder.isEmpty ? root : root.appendingPathComponent(subfolder))
        }
    }

    struct ReviewFailure: Error { var message: String }

    static let countLabel = "产出指标/数量指标/评估项目数"

    /// History: three projects; then a target value edited, a budget changed, one project deleted, one added.
    static func scriptedRepository() throws -> Repository {
        let repository = try Repository()
        try repository.write(ReviewTestSupport.project(name: "项目甲"), "content/2022/甲.yaml")
        try repository.write(ReviewTestSupport.project(name: "项目乙"), "content/2022/乙.yaml")
        try repository.write(ReviewTestSupport.project(name: "项目丙"), "content/2022/丙.yaml")
        try repository.write("说明文件，不是项目\n", "content/README.md")
        try repository.write(ReviewTestSupport.project(name: "内容目录外"), "other/外.yaml")
        try repository.commit("three projects")
        try repository.write(ReviewTestSupport.project(name: "项目甲", count: "≥25个"), "content/2022/甲.yaml")
        try repository.write(ReviewTestSupport.project(name: "项目乙", total: "18.00", fiscal: "16.00", other: "2"),
                             "content/2022/乙.yaml")
        try repository.remove("content/2022/丙.yaml")
        try repository.write(ReviewTestSupport.project(name: "项目丁"), "content/2023/丁.yaml")
        try repository.write(ReviewTestSupport.project(name: "内容目录外", count: "≥1个"), "other/外.yaml")
        try repository.commit("edit, change budget, delete, add")
        return repository
    }

    @Test func reportsExactlyTheCommittedChanges() throws {
        let repository = try Self.scriptedRepository()
        let diff = try repository.diff("HEAD~1", "HEAD")
        #expect(diff.added.map(\.path) == ["content/2023/丁.yaml"])
        #expect(diff.added.first?.name == "项目丁")
        #expect(diff.removed.map(\.path) == ["content/2022/丙.yaml"])
        #expect(diff.changed.map(\.path) == ["content/2022/乙.yaml", "content/2022/甲.yaml"])

        let second = try #require(diff.changed.first { $0.name == "项目乙" })
        #expect(second.budget == [Change(label: "预算数", before: "15.00", after: "18.00"),
                                  Change(label: "财政资金", before: "15.00", after: "16.00"),
                                  Change(label: "其他资金", before: "0", after: "2")])
        #expect(second.targets.isEmpty && second.otherCells.isEmpty)

        let first = try #require(diff.changed.first { $0.name == "项目甲" })
        #expect(first.targets == [Change(label: Self.countLabel, before: "≥20个", after: "≥25个")])
        #expect(first.budget.isEmpty && first.otherCells.isEmpty)
        #expect(first.indicatorsAdded.isEmpty && first.indicatorsRemoved.isEmpty)
        #expect(first.newFindings.isEmpty && first.resolvedFindings.isEmpty)
        #expect(first.fileChanged)
    }

    @Test func comparesWithTheWorkingTreeWhenHeadIsOmitted() throws {
        let repository = try Self.scriptedRepository()
        try repository.write(ReviewTestSupport.project(name: "项目甲", count: "≥30个"), "content/2022/甲.yaml")
        try repository.write(ReviewTestSupport.project(name: "项目戊"), "content/2023/戊.yaml")  // untracked
        let statusBefore = try repository.git("status", "--porcelain")
        let headBefore = try repository.git("rev-parse", "HEAD")

        let sinceHead = try repository.diff("HEAD")
        #expect(sinceHead.head == ContentDiff.workingTreeLabel)
        #expect(sinceHead.added.map(\.path) == ["content/2023/戊.yaml"])
        #expect(sinceHead.removed.isEmpty)
        #expect(sinceHead.changed.map(\.path) == ["content/2022/甲.yaml"])
        #expect(sinceHead.changed.first?.targets == [Change(label: Self.countLabel, before: "≥25个", after: "≥30个")])

        // From a subfolder, against the older commit: both commits' changes plus the working tree's.
        let sincePrevious = try repository.diff("HEAD~1", from: "content/2022")
        #expect(sincePrevious.added.map(\.path) == ["content/2023/丁.yaml", "content/2023/戊.yaml"])
        #expect(sincePrevious.removed.map(\.path) == ["content/2022/丙.yaml"])
        #expect(sincePrevious.changed.first { $0.name == "项目甲" }?.targets
                == [Change(label: Self.countLabel, before: "≥20个", after: "≥30个")])
        #expect(sincePrevious.changed.first { $0.name == "项目乙" }?.budget.count == 3)

        // Nothing was checked out, staged or moved.
        #expect(try repository.git("status", "--porcelain") == statusBefore)
        #expect(try repository.git("rev-parse", "HEAD") == headBefore)
    }

    @Test func eachSideIsScoredWithItsOwnConfiguration() throws {
        // A project with warnings (≤6 has no unit); the head only makes warnings cost more.
        let repository = try Repository()
        try repository.write(ReviewTestSupport.project(name: "项目甲", count: "≤6"), "content/2022/甲.yaml")
        try repository.commit("one project")
        try repository.write("quality:\n  severity: {warning: 10}\n", "content/jixiao.yaml")
        try repository.commit("warnings cost more")
        let diff = try repository.diff("HEAD~1", "HEAD")
        #expect(diff.configurationChanged)
        let change = try #require(diff.changed.first)
        #expect(!change.fileChanged)
        let before = try #require(change.quality.before?.score), after = try #require(change.quality.after?.score)
        // Each warning costs 4 with the base's defaults and 10 with the head's file.
        #expect(after < before && (before - after).truncatingRemainder(dividingBy: 6) == 0, "\(before) → \(after)")
        #expect(diff.markdown().contains("`jixiao.yaml` 有修改"))
        // The working tree against HEAD: same file on both sides, nothing to report.
        let same = try repository.diff("HEAD")
        #expect(!same.configurationChanged && same.isEmpty)
    }

    @Test func findingsAreMatchedByRuleAndCellNotByLine() throws {
        let repository = try Self.scriptedRepository()
        let withUnknownKey = ReviewTestSupport.project(name: "项目甲", count: "≥25个", extraTopLevel: "项目名: 多写的键\n")
        try repository.write(withUnknownKey, "content/2022/甲.yaml")
        try repository.commit("typo")
        let introduced = try repository.diff("HEAD~1", "HEAD")
        let change = try #require(introduced.changed.first)
        #expect(change.newFindings.map(\.rule) == ["unknown_key"])
        #expect(change.newFindings.first?.place == "绩效目标")  // placed by the section it stands after
        #expect(change.resolvedFindings.isEmpty)

        // Lines shift (two comment lines on top) and a value changes: the same finding is neither new nor resolved.
        try repository.write("# 注释一\n# 注释二\n" + withUnknownKey.replacingOccurrences(of: "≥25个", with: "≥26个"),
                             "content/2022/甲.yaml")
        try repository.commit("shift lines")
        let shifted = try #require(try repository.diff("HEAD~1", "HEAD").changed.first)
        #expect(shifted.newFindings.isEmpty && shifted.resolvedFindings.isEmpty)
        #expect(shifted.targets.count == 1)

        try repository.write(ReviewTestSupport.project(name: "项目甲", count: "≥26个"), "content/2022/甲.yaml")
        let fixed = try #require(try repository.diff("HEAD").changed.first)
        #expect(fixed.resolvedFindings.map(\.rule) == ["unknown_key"])
        #expect(fixed.newFindings.isEmpty)
    }

    @Test func indicatorsAddedRemovedAndABrokenFile() throws {
        let repository = try Self.scriptedRepository()
        let renamed = ReviewTestSupport.project(name: "项目甲", count: "≥25个")
            .replacingOccurrences(of: "三级指标: 专项工作报告", with: "三级指标: 研究报告数")
        try repository.write(renamed, "content/2022/甲.yaml")
        try repository.write("项目名称: 项目乙\n预算: [\n", "content/2022/乙.yaml")
        let diff = try repository.diff("HEAD")
        let first = try #require(diff.changed.first { $0.path.hasSuffix("甲.yaml") })
        #expect(first.indicatorsRemoved == ["效益指标/社会效益指标/专项工作报告"])
        #expect(first.indicatorsAdded == ["效益指标/社会效益指标/研究报告数"])
        #expect(first.targets.isEmpty)
        let broken = try #require(diff.changed.first { $0.path.hasSuffix("乙.yaml") })
        #expect(broken.newFindings.map(\.rule) == ["yaml_syntax"])
        #expect(broken.budget.isEmpty && broken.indicatorsRemoved.isEmpty)  // no cell-by-cell noise
    }

    @Test func aRenamedFileIsOneChangeNotAnAdditionAndARemoval() throws {
        let repository = try Self.scriptedRepository()
        try repository.git("mv", "content/2022/甲.yaml", "content/2022/项目甲.yaml")  // same bytes
        try repository.remove("content/2022/乙.yaml")                                // same 项目名称, new value
        try repository.write(ReviewTestSupport.project(name: "项目乙", total: "18.00", fiscal: "16.00", other: "2",
                                                       count: "≥40个"), "content/2023/乙.yaml")
        let diff = try repository.diff("HEAD")
        #expect(diff.added.isEmpty && diff.removed.isEmpty)
        #expect(diff.changed.map(\.path) == ["content/2022/项目甲.yaml", "content/2023/乙.yaml"])
        #expect(diff.changed.map(\.previousPath) == ["content/2022/甲.yaml", "content/2022/乙.yaml"])
        #expect(diff.changed[0].isCosmetic && !diff.changed[0].fileChanged)
        #expect(diff.changed[1].targets == [Change(label: Self.countLabel, before: "≥20个", after: "≥40个")])
        let markdown = diff.markdown()
        #expect(markdown.contains("**2 个项目有修改（其中 2 个改名），0 个新增，0 个删除**"))
        #expect(markdown.contains("由 `content/2022/甲.yaml` 改名而来，内容不变。"))
        #expect(markdown.contains("由 `content/2022/乙.yaml` 改名而来，内容也有修改。"))
    }

    @Test func markdownIsReadyForAPullRequestComment() throws {
        let repository = try Self.scriptedRepository()
        let markdown = try repository.diff("HEAD~1", "HEAD").markdown()
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "### jixiao diff：`HEAD~1` → `HEAD`")
        #expect(lines[2].hasPrefix("**2 个项目有修改，1 个新增，1 个删除**"))
        #expect(markdown.contains("#### 新增项目\n\n- `content/2023/丁.yaml` 项目丁"))
        // The new table's findings are listed under it (the sample lacks a 质量指标).
        #expect(markdown.contains("  - ⚠️ 警告 `missing_category` "))
        #expect(markdown.contains("#### 删除项目\n\n- `content/2022/丙.yaml` 项目丙"))
        #expect(markdown.contains("##### `content/2022/甲.yaml` 项目甲"))
        #expect(markdown.contains("- 产出指标/数量指标/评估项目数：`≥20个` → `≥25个`"))
        #expect(markdown.contains("**预算**\n\n- 预算数：`15.00` → `18.00`\n- 财政资金：`15.00` → `16.00`\n- 其他资金：`0` → `2`"))
    }

    @Test func markdownShowsScoresBeforeAndAfter() {
        let change = ContentDiff.ProjectChange(
            path: "content/a.yaml", name: "甲", fileChanged: true, budget: [], targets: [], otherCells: [],
            indicatorsAdded: [], indicatorsRemoved: [],
            newFindings: [ContentDiff.Finding(rule: "vague_value", severity: .warning, place: "产出指标/质量指标/成果·指标值",
                                              line: 20, message: "“显著提升”无法衡量")],
            resolvedFindings: [],
            quality: .init(before: .init(score: 92, grade: "优"), after: .init(score: 87.5, grade: "良")),
            selfEvaluation: .init(before: nil, after: .init(score: 95, grade: "优")))
        let diff = ContentDiff(base: "main", head: "feature", content: "content", added: [], removed: [], changed: [change])
        let markdown = diff.markdown()
        #expect(markdown.contains("| 目标质量 | 92.0 优 | 87.5 良 | -4.5 |"))
        #expect(markdown.contains("| 自评 | — | 95.0 优 | — |"))
        #expect(markdown.contains("**新问题**（1）\n\n- ⚠️ 警告 `vague_value` 产出指标/质量指标/成果·指标值：“显著提升”无法衡量"))
        #expect(diff.summaryLine().contains("新问题 1 个（其中错误 0 个），已解决 0 个"))
    }

    @Test func jsonCarriesTheSameDiff() throws {
        let repository = try Self.scriptedRepository()
        let diff = try repository.diff("HEAD~1", "HEAD")
        let decoded = try JSONDecoder().decode(ContentDiff.self, from: Data(diff.json().utf8))
        #expect(decoded == diff)
    }

    @Test func noChangesAndBadRevisionsAreSaidPlainly() throws {
        let repository = try Self.scriptedRepository()
        let same = try repository.diff("HEAD", "HEAD")
        #expect(same.isEmpty)
        #expect(same.markdown().contains("没有改动"))
        #expect(throws: (any Error).self) { try repository.diff("no-such-branch") }
        #expect(throws: (any Error).self) {
            try ContentDiff.compare(base: "HEAD", head: nil, content: "no-such-folder", in: repository.root)
        }
        let outside = try ReviewTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: outside) }
        #expect(throws: (any Error).self) {
            try ContentDiff.compare(base: "HEAD", head: nil, in: outside)
        }
    }
}
