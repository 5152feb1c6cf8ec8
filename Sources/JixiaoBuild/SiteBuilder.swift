import Foundation
import JixiaoModel
import JixiaoParsing
import JixiaoRules
import JixiaoSite

/// The pipeline from `content/` to the site: full builds and incremental updates that leave the
/// output byte-identical to a clean build. Not thread-safe: one owner (the build command or the
/// daemon's build thread) calls it; it spreads its own work over the cores.
public final class SiteBuilder {
    public let tree: ContentTree
    public let output: OutputFolder
    public let version: String
    public private(set) var configuration = JixiaoConfiguration()

    private var sources: [String: SourceFile] = [:]
    /// The keys of `sources`, sorted, and each one's position (kept: sorting 10,000 paths on every
    /// batch is waste).
    private var orderedPaths: [String] = []
    private var positions: [String: Int] = [:]
    /// The parsed project of each of `orderedPaths` (nil for a broken file), for the cross-file rules.
    private var orderedProjects: [Project?] = []
    private var reports: [String: ProjectReport] = [:]
    /// Each report's parts of the aggregates, rendered when the report was made (valid while it is).
    private var fragments: [String: ProjectFragments] = [:]
    /// What each report (and its fragments) was made from: source hash, cross-file findings, configuration.
    private var reportKeys: [String: String] = [:]
    private var crossFile: [String: [Diagnostic]] = [:]
    /// `SiteRenderer.aggregateStamp` of the aggregates on disk.
    private var aggregateStamp = ""
    /// Output files this builder wrote (relative path → hash of the bytes).
    private var outputs: [String: UInt64] = [:]
    private var cache: BuildCache
    private let status: StatusFile

    /// How many project fragments (aggregate parts) were rendered since this builder was made; an
    /// edit of one file re-renders that file's fragments only.
    public private(set) var fragmentsRendered = 0

    public init(content: URL, output: URL, version: String) throws {
        tree = ContentTree(root: content)
        self.output = try OutputFolder(root: output)
        self.version = version
        cache = BuildCache.load(from: self.output)
        status = StatusFile(output: self.output)
        let contentPath = tree.root.path
        let outputPath = self.output.root.path
        if contentPath == outputPath || contentPath.hasPrefix(outputPath + "/") {
            throw BuildError.outputContainsContent(outputPath)
        }
    }

    /// Problems that stop a build before it starts.
    public enum BuildError: Error, CustomStringConvertible {
        case outputContainsContent(String)
        case configuration(String)

        public var description: String {
            switch self {
            case .outputContainsContent(let path): "输出目录 \(path) 不能包含内容目录（output must not contain content）"
            case .configuration(let message): "jixiao.yaml：\(message)"
            }
        }
    }

    /// The current reports, sorted by path.
    public var currentReports: [ProjectReport] { reports.keys.sorted().compactMap { reports[$0] } }

    // MARK: - Full build

    /// Reads every file, renders every page; pages whose inputs match the cache are not re-rendered.
    public func fullBuild(progress: ((Int, Int) -> Void)? = nil) throws -> BuildSummary {
        let started = DispatchTime.now()
        var summary = BuildSummary(full: true)
        configuration = try JixiaoConfiguration.load(from: tree)
        let paths = tree.projectPaths()
        let tree = self.tree
        let previous = sources
        let read = ParallelMap.map(paths.count) { SourceFile.read(paths[$0], in: tree, previous: previous[paths[$0]]) }
        var fresh: [String: SourceFile] = [:]
        fresh.reserveCapacity(paths.count)
        for (index, path) in paths.enumerated() {
            if let source = read[index].source { fresh[path] = source }
            if read[index].parsed { summary.filesParsed += 1 }
            progress?(index + 1, paths.count)
        }
        sources = fresh
        reorder()
        crossFile = crossFileDiagnostics()
        let ordered = orderedPaths
        reports = reports.filter { sources[$0.key] != nil }
        fragments = fragments.filter { sources[$0.key] != nil }
        reportKeys = reportKeys.filter { sources[$0.key] != nil }
        let content = siteContent()
        analyze(ordered, content: content)

        var wanted: Set<String> = []
        var newCache = BuildCache(version: version, configurationKey: configuration.cacheKey)
        var pending: [(page: String, report: ProjectReport)] = []
        for path in ordered {
            guard let report = reports[path], let source = sources[path] else { continue }
            let page = SiteRenderer.projectPagePath(for: report)
            wanted.insert(page)
            let key = pageKey(source: source, report: report)
            newCache.pages[page] = key
            if cache.version == version, cache.configurationKey == configuration.cacheKey, cache.pages[page] == key,
               let recorded = cache.outputs[page], outputs[page] == nil || outputs[page] == recorded,
               FileManager.default.fileExists(atPath: output.root.appendingPathComponent(page).path) {
                outputs[page] = recorded
                continue  // already correct on disk
            }
            pending.append((page, report))
        }
        try renderPages(pending, content: content, summary: &summary)
        for (page, bytes) in SiteRenderer.renderAggregates(content, fragments: ordered.compactMap { fragments[$0] }) {
            wanted.insert(page)
            try emit(bytes, to: page, summary: &summary)
        }
        aggregateStamp = SiteRenderer.aggregateStamp(content)
        let owned = Set(outputs.keys).union(cache.outputs.keys)
        for stale in owned.subtracting(wanted).sorted() {
            try output.remove(stale)
            outputs[stale] = nil
            summary.filesRemoved += 1
        }
        newCache.outputs = outputs.filter { wanted.contains($0.key) }
        cache = newCache
        return try finish(&summary, started: started)
    }

    // MARK: - Incremental update

    /// Applies a batch of changed paths (files or folders, relative to the content root). The changed
    /// projects' pages are written first, then the aggregates (assembled from cached fragments).
    public func update(changed: Set<String>, rescanAll: Bool = false) throws -> BuildSummary {
        status.noteCookies(changed.filter(StatusFile.isCookie))
        if rescanAll {
            // Events may have been lost (queue overflow): cookies present now have been seen too.
            let names = (try? FileManager.default.contentsOfDirectory(atPath: tree.root.path)) ?? []
            status.noteCookies(Set(names.filter(StatusFile.isCookie)))
        }
        if rescanAll || changed.contains(ContentTree.configurationFileName) || sources.isEmpty && reports.isEmpty {
            return try fullBuild()
        }
        let started = DispatchTime.now()
        var summary = BuildSummary(full: false)
        var affected: Set<String> = []
        for path in changed where !StatusFile.isCookie(path) {
            if ContentTree.isProjectPath(path) { affected.insert(path) }
            let prefix = path + "/"
            affected.formUnion(sources.keys.filter { $0.hasPrefix(prefix) })
            if tree.kind(of: path) == .directory { affected.formUnion(tree.projectPaths(under: path)) }
        }
        var dirty: Set<String> = []
        var removed: [String] = []
        let candidates = affected.sorted()
        let tree = self.tree
        let present = ParallelMap.map(candidates.count) { tree.isProjectFile(candidates[$0]) }
        let toRead = candidates.indices.filter { present[$0] }.map { candidates[$0] }
        let previous = sources
        let read = ParallelMap.map(toRead.count) { SourceFile.read(toRead[$0], in: tree, previous: previous[toRead[$0]]) }
        var added = false
        for (index, path) in toRead.enumerated() {
            if read[index].parsed { summary.filesParsed += 1 }
            guard let source = read[index].source else { continue }
            if let old = sources[path], old.hash == source.hash, old.modified == source.modified { continue }
            if sources.updateValue(source, forKey: path) == nil { added = true }
            dirty.insert(path)
        }
        for (index, path) in candidates.enumerated() where !present[index] {
            if sources.removeValue(forKey: path) != nil { removed.append(path) }
        }
        if dirty.isEmpty && removed.isEmpty {
            return try finish(&summary, started: started)
        }
        if added || !removed.isEmpty {
            reorder()
        } else {
            for path in dirty { if let position = positions[path] { orderedProjects[position] = sources[path]?.result.project } }
        }
        let newCrossFile = crossFileDiagnostics()
        for path in Set(newCrossFile.keys).union(crossFile.keys) where newCrossFile[path] != crossFile[path] {
            if sources[path] != nil { dirty.insert(path) }
        }
        crossFile = newCrossFile
        let content = siteContent()
        var changedAggregates = analyze(dirty.sorted(), content: content)
        for path in removed {
            fragments[path] = nil
            reportKeys[path] = nil
            if let old = reports.removeValue(forKey: path) {
                let page = SiteRenderer.projectPagePath(for: old)
                try output.remove(page)
                outputs[page] = nil
                cache.pages[page] = nil
                summary.filesRemoved += 1
            }
        }
        var pending: [(page: String, report: ProjectReport)] = []
        for path in dirty.sorted() {
            guard let report = reports[path], let source = sources[path] else { continue }
            let page = SiteRenderer.projectPagePath(for: report)
            cache.pages[page] = pageKey(source: source, report: report)
            pending.append((page, report))
        }
        try renderPages(pending, content: content, summary: &summary)
        // Only the aggregates that show something that changed (10,000 projects make ~200 MB of them).
        let stamp = SiteRenderer.aggregateStamp(content)
        if added || !removed.isEmpty || stamp != aggregateStamp { changedAggregates = Set(SiteRenderer.aggregatePaths) }
        for page in SiteRenderer.aggregatePaths where !changedAggregates.contains(page) {
            if outputs[page] == nil || !FileManager.default.fileExists(atPath: output.root.appendingPathComponent(page).path) {
                changedAggregates.insert(page)
            }
        }
        let aggregates = SiteRenderer.renderAggregates(content, fragments: orderedPaths.compactMap { fragments[$0] },
                                                       only: changedAggregates)
        for page in SiteRenderer.aggregatePaths {
            if let bytes = aggregates[page] { try emit(bytes, to: page, summary: &summary) }
        }
        aggregateStamp = stamp
        cache.outputs = outputs
        return try finish(&summary, started: started)
    }

    // MARK: - Steps

    /// `ProjectAnalysis.crossFileDiagnostics` over the current files, without copying and sorting
    /// every parse result first (the paths are kept sorted): this runs before the page of an edit.
    private func crossFileDiagnostics() -> [String: [Diagnostic]] {
        ProjectChecks.acrossFiles(orderedProjects.compactMap { $0 }).mapValues { $0.sorted() }
    }

    /// Rebuilds `orderedPaths`, `positions` and `orderedProjects` after files came or went.
    private func reorder() {
        orderedPaths = sources.keys.sorted()
        positions = Dictionary(uniqueKeysWithValues: orderedPaths.enumerated().map { ($1, $0) })
        orderedProjects = orderedPaths.map { sources[$0]?.result.project }
    }

    /// Makes the reports and aggregate fragments of these paths (in parallel), reusing both where the
    /// inputs they were made from are unchanged. Returns the aggregates the new fragments change.
    @discardableResult
    private func analyze(_ paths: [String], content: SiteContent) -> Set<String> {
        var stale: [(path: String, key: String, source: SourceFile, crossFile: [Diagnostic])] = []
        for path in paths {
            guard let source = sources[path] else { continue }
            let findings = crossFile[path] ?? []
            let key = "\(source.hash)-\(Self.crossFileKey(findings))-\(configuration.cacheKey)"
            if reportKeys[path] == key, reports[path] != nil, fragments[path] != nil { continue }
            stale.append((path, key, source, findings))
        }
        let configuration = self.configuration
        let made = ParallelMap.map(stale.count) { index -> (ProjectReport, ProjectFragments) in
            let item = stale[index]
            let report = ProjectAnalysis.report(for: item.source.result, crossFileDiagnostics: item.crossFile,
                                                configuration: configuration)
            return (report, SiteRenderer.renderFragments(report, in: content))
        }
        var changed: Set<String> = []
        for (index, item) in stale.enumerated() {
            if let old = fragments[item.path] {
                changed.formUnion(made[index].1.aggregatesChanged(from: old))
            } else {
                changed.formUnion(SiteRenderer.aggregatePaths)
            }
            reports[item.path] = made[index].0
            fragments[item.path] = made[index].1
            reportKeys[item.path] = item.key
        }
        fragmentsRendered += stale.count
        return changed
    }

    /// Renders and writes project pages on every core. Folders are made first, one thread at a time.
    private func renderPages(_ pending: [(page: String, report: ProjectReport)], content: SiteContent,
                             summary: inout BuildSummary) throws {
        guard !pending.isEmpty else { return }
        try PageWriter.prepare(pending.map(\.page), in: output)
        let known = outputs
        let output = self.output
        let results = ParallelMap.map(pending.count) { index -> Result<(hash: UInt64, written: Bool), Error> in
            let item = pending[index]
            let bytes = SiteRenderer.renderProjectPage(item.report, in: content)
            return Result { try Self.write(bytes, to: item.page, in: output, known: known[item.page]) }
        }
        for (index, result) in results.enumerated() {
            let written = try result.get()
            summary.pagesRendered += 1
            if written.written { summary.filesWritten += 1 }
            outputs[pending[index].page] = written.hash
        }
    }

    /// Project pages only need `sourceModified`, the rules, configuration and version; the aggregates
    /// are made from fragments. So `reports` stays empty (sorting 10,000 reports per batch is waste).
    private func siteContent() -> SiteContent {
        var modified: [String: Date] = [:]
        modified.reserveCapacity(sources.count)
        for (path, source) in sources { modified[path] = source.modified }
        return SiteContent(reports: [], sourceModified: modified, rules: RuleCatalogue.descriptions,
                           configuration: configuration.site, version: version)
    }

    private func emit(_ bytes: [UInt8], to page: String, summary: inout BuildSummary) throws {
        summary.pagesRendered += 1
        try PageWriter.prepare([page], in: output)
        let result = try Self.write(bytes, to: page, in: output, known: outputs[page])
        if result.written { summary.filesWritten += 1 }
        outputs[page] = result.hash
    }

    /// Writes `bytes` unless this builder already wrote exactly them (same hash, file present) or the
    /// file on disk holds exactly them. Thread-safe (touches only this file); its folder is `prepare`d.
    private static func write(_ bytes: [UInt8], to page: String, in output: OutputFolder,
                              known: UInt64?) throws -> (hash: UInt64, written: Bool) {
        let hash = OutputHash.of(bytes)
        let path = output.root.appendingPathComponent(page).path
        if known == hash, FileManager.default.fileExists(atPath: path) { return (hash, false) }
        if let existing = FileManager.default.contents(atPath: path), sameBytes(existing, bytes) { return (hash, false) }
        try PageWriter.write(bytes, to: page, in: output)
        return (hash, true)
    }

    /// memcmp rather than `elementsEqual` (Data's iterator costs seconds on the 100 MB aggregates).
    private static func sameBytes(_ data: Data, _ bytes: [UInt8]) -> Bool {
        guard data.count == bytes.count else { return false }
        return data.withUnsafeBytes { raw in
            bytes.withUnsafeBytes { other in
                guard let left = raw.baseAddress, let right = other.baseAddress else { return true }
                return memcmp(left, right, bytes.count) == 0
            }
        }
    }

    /// A project page is a pure function of its file's bytes and time, the findings other files cause
    /// in it, the configuration and the version: those make its cache key (no need to encode the report).
    private func pageKey(source: SourceFile, report: ProjectReport) -> String {
        "\(source.hash)-\(source.modified.timeIntervalSince1970)-\(Self.crossFileKey(crossFile[report.path] ?? []))"
    }

    private static func crossFileKey(_ findings: [Diagnostic]) -> String {
        ContentHash.hex(findings.map { "\($0.rule)\($0.location)\($0.message)" }.joined(separator: "\u{1F}").utf8)
    }

    private func finish(_ summary: inout BuildSummary, started: DispatchTime) throws -> BuildSummary {
        summary.projects = reports.count
        summary.errors = reports.values.reduce(0) { $0 + $1.errorCount }
        summary.warnings = reports.values.reduce(0) { $0 + $1.warningCount }
        summary.milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000
        try cache.save(to: output)
        try status.record(summary)
        return summary
    }
}
