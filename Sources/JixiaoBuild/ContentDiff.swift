import Foundation
import JixiaoModel
import JixiaoParsing

/// What a change to the content folder does: projects added, removed and changed, and per changed
/// project the budget, target values, indicators, findings and scores before → after (`jixiao diff`).
public struct ContentDiff: Hashable, Codable, Sendable {
    /// The base revision as given, e.g. `origin/main`.
    public var base: String
    /// The head revision as given, or `工作区` for the working tree.
    public var head: String
    /// The content folder, relative to the repository root.
    public var content: String
    public var added: [ProjectSummary]
    public var removed: [ProjectSummary]
    public var changed: [ProjectChange]
    /// `jixiao.yaml` differs between the two sides: each side is scored with its own, so scores may
    /// change without any project file changing.
    public var configurationChanged = false

    /// The label used for the working tree when no head revision is given.
    public static let workingTreeLabel = "工作区"

    /// True when nothing under the content folder changed.
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    /// A score and its grade at one side of the diff.
    public struct ScoreValue: Hashable, Codable, Sendable {
        public var score: Double
        public var grade: String
    }

    /// A score before → after; either side is nil when that side has no score.
    public struct ScoreChange: Hashable, Codable, Sendable {
        public var before: ScoreValue?
        public var after: ScoreValue?

        /// after − before, when both exist.
        public var delta: Double? {
            guard let before, let after else { return nil }
            return after.score - before.score
        }

        public var isChanged: Bool { before != after }

        public init(before: ScoreValue?, after: ScoreValue?) {
            self.before = before
            self.after = after
        }

        enum CodingKeys: String, CodingKey { case before, after, delta }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            before = try container.decodeIfPresent(ScoreValue.self, forKey: .before)
            after = try container.decodeIfPresent(ScoreValue.self, forKey: .after)
        }

        /// Writes `delta` too, so a bot reading the JSON need not do the arithmetic; nil sides are `null`.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(before, forKey: .before)
            try container.encode(after, forKey: .after)
            try container.encode(delta, forKey: .delta)
        }
    }

    /// One cell before → after; nil means the cell is absent on that side.
    public struct ValueChange: Hashable, Codable, Sendable {
        /// Where the cell is, e.g. `预算数` or `产出指标/数量指标/评估项目数`.
        public var label: String
        public var before: String?
        public var after: String?
    }

    /// One finding, placed by the cell it is about (lines shift between revisions, cells do not).
    public struct Finding: Hashable, Codable, Sendable {
        public var rule: String
        public var severity: Severity
        /// The cell or indicator, e.g. `产出指标/成本指标/成本·指标值`, or `文件`.
        public var place: String
        /// The line in the revision the finding comes from.
        public var line: Int
        public var message: String
    }

    /// An added or removed project.
    public struct ProjectSummary: Hashable, Codable, Sendable {
        /// Path relative to the repository root, e.g. `content/2022/技术市场服务.yaml`.
        public var path: String
        public var name: String
        public var quality: ScoreValue?
        public var selfEvaluation: ScoreValue?
        public var findings: [Finding]

        public var errorCount: Int { findings.filter { $0.severity == .error }.count }
        public var warningCount: Int { findings.filter { $0.severity == .warning }.count }
    }

    /// A project present on both sides whose file or findings differ.
    public struct ProjectChange: Hashable, Codable, Sendable {
        public var path: String
        /// The path at the base when the file was moved or renamed (same bytes, or the same 项目名称), else nil.
        public var previousPath: String? = nil
        public var name: String
        /// False when only the findings changed (a rule across files reacted to another file).
        public var fileChanged: Bool
        /// 预算数 / 财政资金 / 其他资金 / 预算执行数.
        public var budget: [ValueChange]
        /// 指标值 of indicators present on both sides.
        public var targets: [ValueChange]
        /// Every other cell: 项目名称, 资金用途, 绩效目标, descriptions, year-end values…
        public var otherCells: [ValueChange]
        /// Indicators as `一级/二级/三级`.
        public var indicatorsAdded: [String]
        public var indicatorsRemoved: [String]
        public var newFindings: [Finding]
        public var resolvedFindings: [Finding]
        public var quality: ScoreChange
        public var selfEvaluation: ScoreChange

        /// True when only comments or layout changed: nothing a reader of the table would see.
        public var isCosmetic: Bool {
            budget.isEmpty && targets.isEmpty && otherCells.isEmpty && indicatorsAdded.isEmpty
                && indicatorsRemoved.isEmpty && newFindings.isEmpty && resolvedFindings.isEmpty
                && !quality.isChanged && !selfEvaluation.isChanged
        }
    }

    /// Compares the content folder at `base` with `head` (nil: the working tree) in the git repository
    /// that contains `directory`. Nothing is checked out: files are read with `git ls-tree` and `git cat-file`.
    public static func compare(base: String, head: String?, content: String = "content",
                               in directory: URL) throws -> ContentDiff {
        let repository = try GitRepository(containing: directory)
        let folder = normalisedFolder(content)
        let wanted: (String) -> Bool = { ContentTree.isProjectPath($0) || $0 == ContentTree.configurationFileName }
        var old = try repository.files(under: folder, at: base, where: wanted)
        let oldConfiguration = configuration(old.removeValue(forKey: ContentTree.configurationFileName))
        var new: [String: Data]
        let newConfiguration: JixiaoConfiguration
        if let head {
            new = try repository.files(under: folder, at: head, where: wanted)
            newConfiguration = configuration(new.removeValue(forKey: ContentTree.configurationFileName))
        } else {
            new = try workingTreeFiles(repository.root.appendingPathComponent(folder))
            let tree = ContentTree(root: repository.root.appendingPathComponent(folder))
            newConfiguration = (try? JixiaoConfiguration.load(from: tree)) ?? JixiaoConfiguration()
        }
        if old.isEmpty, new.isEmpty, !FileManager.default.fileExists(atPath: repository.root.appendingPathComponent(folder).path) {
            throw GitRepository.Failure(description: "内容目录 \(folder) 在两个版本中都不存在（no such content folder）")
        }
        return compare(old: old, new: new, base: base, head: head ?? workingTreeLabel,
                       content: folder, configuration: oldConfiguration, headConfiguration: newConfiguration)
    }

    /// A revision's `jixiao.yaml` (absent or unusable: the defaults, as `jixiao build` would refuse it).
    private static func configuration(_ data: Data?) -> JixiaoConfiguration {
        data.flatMap { try? JixiaoConfiguration.parse($0) } ?? JixiaoConfiguration()
    }

    /// Compares two snapshots of the content folder (path under the folder → file bytes), the base
    /// scored with `configuration`, the head with `headConfiguration` (the same when nil).
    public static func compare(old: [String: Data], new: [String: Data], base: String, head: String,
                               content: String = "content", configuration: JixiaoConfiguration = .init(),
                               headConfiguration: JixiaoConfiguration? = nil) -> ContentDiff {
        let before = analyse(old, configuration: configuration)
        let after = analyse(new, configuration: headConfiguration ?? configuration)
        let prefix = content.isEmpty || content == "." ? "" : content + "/"
        var diff = ContentDiff(base: base, head: head, content: content, added: [], removed: [], changed: [])
        diff.configurationChanged = (headConfiguration ?? configuration).cacheKey != configuration.cacheKey
        let renames = renamedPaths(old: old, new: new, before: before, after: after)
        let renamedFrom = Set(renames.values)
        for path in Set(old.keys).union(new.keys).sorted() {
            if renamedFrom.contains(path) { continue }  // shown under its new path
            if let previous = renames[path], let oldReport = before[previous], let newReport = after[path] {
                var moved = change(from: oldReport, to: newReport, path: prefix + path, fileChanged: old[previous] != new[path])
                moved.previousPath = prefix + previous
                diff.changed.append(moved)
                continue
            }
            switch (before[path], after[path]) {
            case (nil, let report?):
                diff.added.append(summary(report, path: prefix + path))
            case (let report?, nil):
                diff.removed.append(summary(report, path: prefix + path))
            case (let oldReport?, let newReport?):
                let fileChanged = old[path] != new[path]
                // A score may move with no file changed: a rule across files, or another jixiao.yaml.
                guard fileChanged || oldReport.diagnostics != newReport.diagnostics
                    || oldReport.quality?.score != newReport.quality?.score
                    || oldReport.selfEvaluation?.score != newReport.selfEvaluation?.score else { continue }
                diff.changed.append(change(from: oldReport, to: newReport,
                                                path: prefix + path, fileChanged: fileChanged))
            case (nil, nil):
                continue
            }
        }
        return diff
    }

    /// Added paths that are a removed file moved: identical bytes first, then the same 项目名称 (new path → old path).
    private static func renamedPaths(old: [String: Data], new: [String: Data], before: [String: ProjectReport],
                                     after: [String: ProjectReport]) -> [String: String] {
        var removed = Set(old.keys).subtracting(new.keys).sorted()
        let added = Set(new.keys).subtracting(old.keys).sorted()
        var renames: [String: String] = [:]
        for path in added {
            if let index = removed.firstIndex(where: { old[$0] == new[path] }) { renames[path] = removed.remove(at: index) }
        }
        for path in added where renames[path] == nil {
            guard let name = after[path]?.project?.name?.text, !name.isEmpty else { continue }
            if let index = removed.firstIndex(where: { before[$0]?.project?.name?.text == name }) {
                renames[path] = removed.remove(at: index)
            }
        }
        return renames
    }

    /// The diff as pretty-printed JSON with stable key order.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func analyse(_ files: [String: Data], configuration: JixiaoConfiguration) -> [String: ProjectReport] {
        let parsed = files.keys.sorted().compactMap { path in files[path].map { ProjectParser.parse(data: $0, path: path) } }
        let reports = ProjectAnalysis.reports(for: parsed, configuration: configuration)
        return Dictionary(reports.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private static func normalisedFolder(_ content: String) -> String {
        var folder = content
        while folder.hasPrefix("./") { folder.removeFirst(2) }
        while folder.hasSuffix("/") { folder.removeLast() }
        return folder.isEmpty ? "." : folder
    }

    /// The project files of the working tree, read with the parser's size limit (plus one byte to notice excess).
    private static func workingTreeFiles(_ folder: URL) throws -> [String: Data] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return [:]
        }
        let tree = ContentTree(root: folder)
        var files: [String: Data] = [:]
        for path in tree.projectPaths() {
            guard let handle = try? FileHandle(forReadingFrom: tree.url(of: path)) else { continue }
            defer { try? handle.close() }
            files[path] = (try? handle.read(upToCount: ProjectParser.defaultSizeLimit + 1)) ?? Data()
        }
        return files
    }
}
