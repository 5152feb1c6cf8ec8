import Foundation
import JixiaoModel
import JixiaoParsing
import JixiaoRules
import JixiaoSite

/// The pipeline from `content/` to the site: full builds and incremental updates that leave the
/// output byte-identical to a clean build. Not thread-safe: one owner (the build command or the
/// daemon's build thread) calls it.
public final class SiteBuilder {
    public let tree: ContentTree
    public let output: OutputFolder
    public let version: String
    public private(set) var configuration = JixiaoConfiguration()

    /// One source file as last read.
    struct Source {
        var hash: UInt64
        var modified: Date
        var result: ParseResult
    }

    private var sources: [String: Source] = [:]
    private var reports: [String: ProjectReport] = [:]
    private var crossFile: [String: [Diagnostic]] = [:]
    /// Output files this builder wrote (relative path → hash of the bytes).
    private var outputs: [String: UInt64] = [:]
    private var cache: BuildCache
    private let status: StatusFile

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
        var fresh: [String: Source] = [:]
        for (index, path) in paths.enumerated() {
            if let source = read(path, previous: sources[path], summary: &summary) { fresh[path] = source }
            progress?(index + 1, paths.count)
        }
        sources = fresh
        crossFile = ProjectAnalysis.crossFileDiagnostics(sources.values.map(\.result))
        reports = [:]
        for (path, source) in sources {
            reports[path] = ProjectAnalysis.report(for: source.result, crossFileDiagnostics: crossFile[path] ?? [],
                                                   configuration: configuration)
        }
        let content = siteContent()
        var wanted: Set<String> = []
        var newCache = BuildCache(version: version, configurationKey: configuration.cacheKey)
        for path in sources.keys.sorted() {
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
            try emit(SiteRenderer.renderProjectPage(report, in: content), to: page, summary: &summary)
        }
        for (page, bytes) in SiteRenderer.renderAggregates(content) {
            wanted.insert(page)
            try emit(bytes, to: page, summary: &summary)
        }
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

    /// Applies a batch of changed paths (files or folders, relative to the content root).
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
        for path in affected.sorted() {
            if tree.isProjectFile(path) {
                guard let source = read(path, previous: sources[path], summary: &summary) else { continue }
                if let previous = sources[path], previous.hash == source.hash, previous.modified == source.modified { continue }
                sources[path] = source
                dirty.insert(path)
            } else if sources.removeValue(forKey: path) != nil {
                removed.append(path)
            }
        }
        if dirty.isEmpty && removed.isEmpty {
            return try finish(&summary, started: started)
        }
        let newCrossFile = ProjectAnalysis.crossFileDiagnostics(sources.values.map(\.result))
        for path in Set(newCrossFile.keys).union(crossFile.keys) where newCrossFile[path] != crossFile[path] {
            if sources[path] != nil { dirty.insert(path) }
        }
        crossFile = newCrossFile
        for path in dirty.sorted() {
            guard let source = sources[path] else { continue }
            reports[path] = ProjectAnalysis.report(for: source.result, crossFileDiagnostics: crossFile[path] ?? [],
                                                   configuration: configuration)
        }
        for path in removed {
            if let old = reports.removeValue(forKey: path) {
                let page = SiteRenderer.projectPagePath(for: old)
                try output.remove(page)
                outputs[page] = nil
                cache.pages[page] = nil
                summary.filesRemoved += 1
            }
        }
        let content = siteContent()
        for path in dirty.sorted() {
            guard let report = reports[path], let source = sources[path] else { continue }
            let page = SiteRenderer.projectPagePath(for: report)
            cache.pages[page] = pageKey(source: source, report: report)
            try emit(SiteRenderer.renderProjectPage(report, in: content), to: page, summary: &summary)
        }
        for (page, bytes) in SiteRenderer.renderAggregates(content) {
            try emit(bytes, to: page, summary: &summary)
        }
        cache.outputs = outputs
        return try finish(&summary, started: started)
    }

    // MARK: - Steps

    private func read(_ path: String, previous: Source?, summary: inout BuildSummary) -> Source? {
        let url = tree.url(of: path)
        let modified = tree.modificationDate(of: path) ?? Date(timeIntervalSince1970: 0)
        let size = ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.intValue ?? 0
        if size > ProjectParser.defaultSizeLimit {
            summary.filesParsed += 1
            let result = ProjectParser.parse(fileAt: url, path: path)
            return Source(hash: UInt64(size), modified: modified, result: result)
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let hash = ContentHash.of(data)
        if let previous, previous.hash == hash {
            return Source(hash: hash, modified: modified, result: previous.result)
        }
        summary.filesParsed += 1
        return Source(hash: hash, modified: modified, result: ProjectParser.parse(data: data, path: path))
    }

    private func siteContent() -> SiteContent {
        let ordered = currentReports
        var modified: [String: Date] = [:]
        for (path, source) in sources { modified[path] = source.modified }
        return SiteContent(reports: ordered, sourceModified: modified, rules: RuleCatalogue.descriptions,
                           configuration: configuration.site, version: version)
    }

    private func emit(_ bytes: [UInt8], to page: String, summary: inout BuildSummary) throws {
        summary.pagesRendered += 1
        let hash = ContentHash.of(bytes)
        if outputs[page] == hash, FileManager.default.fileExists(atPath: output.root.appendingPathComponent(page).path) {
            return
        }
        if try output.write(bytes, to: page) { summary.filesWritten += 1 }
        outputs[page] = hash
    }

    /// A project page is a pure function of its file's bytes and time, the findings other files cause
    /// in it, the configuration and the version: those make its cache key (no need to encode the report).
    private func pageKey(source: Source, report: ProjectReport) -> String {
        let crossFileKey = ContentHash.hex((crossFile[report.path] ?? []).map { "\($0.rule)\($0.location)\($0.message)" }
            .joined(separator: "\u{1F}").utf8)
        return "\(source.hash)-\(source.modified.timeIntervalSince1970)-\(crossFileKey)"
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
