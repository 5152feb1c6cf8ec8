import Foundation
import Testing

/// The review commands as a user or a CI job runs them: the real binary, real files, a real git repository.
@Suite struct ReviewCommandTests {
    static let broken = ReviewTestSupport.parserFixtures.appendingPathComponent("broken")

    @Test func githubFormatPrintsCommandsAndWritesTheJobSummary() throws {
        let folder = try ReviewTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = folder.appendingPathComponent("summary.md")
        try Data("# earlier step\n".utf8).write(to: summary)
        let run = try CommandRun.jixiao(["check", "--format", "github", Self.broken.path],
                                        environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("::error file=\(Self.broken.path)/unknown_key.yaml,line=9,col=1,title=unknown_key::项目表中没有“项目名”这一项"))
        let written = try String(contentsOf: summary, encoding: .utf8)
        #expect(written.hasPrefix("# earlier step\n## jixiao 检查结果"))
        #expect(written.contains("| 9 | ❌ 错误 | `unknown_key` 未知的键 | 项目表中没有“项目名”这一项，是不是“项目名称”？ |"))
    }

    @Test func sarifGoesToTheOutputFileAndValidates() throws {
        let folder = try ReviewTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sarif = folder.appendingPathComponent("jixiao.sarif")
        let run = try CommandRun.jixiao(["check", "content", "Tests/JixiaoParsingTests/Fixtures/broken",
                                         "--format", "sarif", "--output", sarif.path],
                                        in: ReviewTestSupport.packageRoot)
        #expect(run.status == 1)
        #expect(run.stdout.contains("个项目"))  // only the summary line; the document is in the file
        let outcome = try ReviewTestSupport.run(["python3", ReviewTestSupport.scripts.appendingPathComponent("validate_sarif.py").path,
                                                 ReviewTestSupport.sarifSchema.path, sarif.path])
        #expect(outcome.status == 0, "\(outcome.output)")
        let text = try String(contentsOf: sarif, encoding: .utf8)
        #expect(text.contains("\"name\" : \"jixiao\""))
        #expect(text.contains("\"uri\" : \"Tests/JixiaoParsingTests/Fixtures/broken/unknown_key.yaml\""))
    }

    @Test func failOnDecidesTheExitStatus() throws {
        let folder = try ReviewTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let clean = ReviewTestSupport.parserFixtures.appendingPathComponent("valid/科技重大专项评估.yaml").path
        #expect(try CommandRun.jixiao(["check", clean, "--fail-on", "error"]).status == 0)
        #expect(try CommandRun.jixiao(["check", Self.broken.path, "--fail-on", "warning"]).status == 1)
        #expect(try CommandRun.jixiao(["check", clean, "--fail-on", "never-heard-of"]).status == 2)
        // Warnings only (a vague target value): passes by default, fails with --fail-on warning.
        try ReviewTestSupport.write(ReviewTestSupport.project(name: "模糊").replacingOccurrences(of: "≥1篇", with: "显著提升"),
                                    to: "模糊.yaml", in: folder)
        let vague = folder.appendingPathComponent("模糊.yaml").path
        let lenient = try CommandRun.jixiao(["check", vague, "--format", "github"])
        #expect(lenient.stdout.contains("::warning file=\(vague),line=27,col=14,title=vague_value::指标值“显著提升”无法衡量"))
        #expect(lenient.stdout.contains("如“≥90%25”"))  // `%` escaped as the runner expects
        #expect(lenient.status == 0)
        #expect(try CommandRun.jixiao(["check", vague, "--fail-on", "warning"]).status == 1)
    }

    @Test func newWritesACleanTemplateOnceAndSchemaWritesAFile() throws {
        let folder = try ReviewTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("content/2025/新项目.yaml").path
        let created = try CommandRun.jixiao(["new", path, "--year", "2025", "--unit", "331202 天津市科学技术发展战略研究院"])
        #expect(created.status == 0)
        #expect(created.stdout.contains("已创建"))
        let check = try CommandRun.jixiao(["check", path])
        #expect(check.status == 0, "\(check.stdout)")
        let again = try CommandRun.jixiao(["new", path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("已存在"))
        #expect(try CommandRun.jixiao(["new", path, "--force", "--year", "2025"]).status == 0)
        #expect(try CommandRun.jixiao(["new", folder.appendingPathComponent("x.txt").path]).status == 2)

        let schema = folder.appendingPathComponent("jixiao.schema.json")
        #expect(try CommandRun.jixiao(["schema", "--output", schema.path]).status == 0)
        let decoded = try JSONSerialization.jsonObject(with: Data(contentsOf: schema)) as? [String: Any]
        #expect(decoded?["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
    }

    @Test func diffRunsInsideTheRepositoryAndPrintsJSONOnRequest() throws {
        let repository = try ReviewDiffTests.scriptedRepository()
        let run = try CommandRun.jixiao(["diff", "HEAD~1", "HEAD", "--format", "json"],
                                        in: repository.root.appendingPathComponent("content"))
        #expect(run.status == 0, "\(run.stderr)")
        let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect((document?["added"] as? [[String: Any]])?.first?["path"] as? String == "content/2023/丁.yaml")
        let markdown = try CommandRun.jixiao(["diff", "HEAD~1"], in: repository.root)
        #expect(markdown.stdout.hasPrefix("### jixiao diff：`HEAD~1` → `工作区`"))
        let missing = try CommandRun.jixiao(["diff", "no-such-branch"], in: repository.root)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no-such-branch"))
    }

    @Test func preCommitHookChecksTheStagedVersion() throws {
        let repository = try ReviewDiffTests.Repository()
        let hook = ReviewTestSupport.packageRoot.appendingPathComponent("deploy/ci/pre-commit").path
        let environment = ["JIXIAO": PackageRoot.executable.path, "NO_COLOR": "1"]
        func runHook() throws -> ReviewTestSupport.Outcome {
            try ReviewTestSupport.run(["sh", hook], in: repository.root, environment: environment)
        }
        // Nothing staged under content/: nothing to check.
        try repository.write("说明\n", "README.md")
        try repository.git("add", "README.md")
        #expect(try runHook().status == 0)

        try repository.write(ReviewTestSupport.project(name: "甲") + "项目名: 多写的键\n", "content/2022/甲 乙.yaml")
        try repository.git("add", "-A")
        let blocked = try runHook()
        #expect(blocked.status == 1)
        #expect(blocked.output.contains("content/2022/甲 乙.yaml:"))
        #expect(blocked.output.contains("[unknown_key]"))

        // Fixed in the working tree but not staged: the commit would still carry the error.
        try repository.write(ReviewTestSupport.project(name: "甲"), "content/2022/甲 乙.yaml")
        #expect(try runHook().status == 1)
        try repository.git("add", "-A")
        let passed = try runHook()
        #expect(passed.status == 0, "\(passed.output)\(passed.error)")
    }

    @Test func ciFilesAreValidYAMLAndRunCheckSARIFAndDiff() throws {
        let ci = ReviewTestSupport.packageRoot.appendingPathComponent("deploy/ci")
        let files = ["github-workflow.yml", "gitlab-ci.yml"].map { ci.appendingPathComponent($0).path }
        let parse = try ReviewTestSupport.run(["python3", "-c", "import sys, yaml; [yaml.safe_load(open(f)) for f in sys.argv[1:]]"] + files)
        #expect(parse.status == 0, "\(parse.error)")
        let github = try String(contentsOfFile: files[0], encoding: .utf8)
        for step in ["pull_request", "libinotifytools0-dev", "swift build -c release", "--format sarif",
                     "github/codeql-action/upload-sarif", "security-events: write", "jixiao diff", "GITHUB_STEP_SUMMARY",
                     "--format github"] {
            #expect(github.contains(step), "github-workflow.yml lacks \(step)")
        }
        let gitlab = try String(contentsOfFile: files[1], encoding: .utf8)
        for step in ["merge_request_event", "libinotifytools0-dev", "swift build -c release", "--format sarif",
                     "jixiao diff", "CI_MERGE_REQUEST_DIFF_BASE_SHA", "merge_requests/$CI_MERGE_REQUEST_IID/notes", "artifacts"] {
            #expect(gitlab.contains(step), "gitlab-ci.yml lacks \(step)")
        }
        let syntax = try ReviewTestSupport.run(["sh", "-n", ci.appendingPathComponent("pre-commit").path])
        #expect(syntax.status == 0)
    }
}
