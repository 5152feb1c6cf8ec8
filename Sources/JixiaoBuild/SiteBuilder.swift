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

    /// What is kept of each content file between batches: hashes, counts and aggregate fragments,
    /// never its bytes, parse or report (10,000 reports held ~200 MB; see `FileState`).
    private var states: [String: FileState] = [:]
    /// The keys of `states`, sorted, and each one's position (kept: sorting 10,000 paths on every
    /// batch is waste).
    private var orderedPaths: [String] = []
    private var positions: [String: Int] = [:]
    /// The cross-file view of each of `orderedPaths` (nil for a broken file), for the cross-file rules.
    private var orderedViews: [Project?] = []
    private var crossFile: [String: [Diagnostic]] = [:]
    /// `SiteRenderer.aggregateStamp` of the aggregates on disk.
    private var aggregateStamp = ""
    /// Output files this builder wrote (relative path → hash of the bytes).
    private var outputs: [String: UInt64] = [:]
    private var cache: BuildCache
    private let status: StatusFile
    /// The row bytes of every file's fragments (see `FileState.slices`).
    private let store: FragmentStore

    /// Output folders made and checked during the current build or batch (reset at its start: the
    /// output may be changed by others between batches).
    private var preparedFolders: Set<String> = []
    /// The folders of `preparedFolders` that this build or batch made: empty when made, so a page
    /// written there is not compared with a file on disk first (there is none, or it is ours).
    private var createdFolders: Set<String> = []

    /// How many project fragments (aggregate parts) were rendered since this builder was made; an
    /// edit of one file re-renders that file's fragments only.
    public private(set) var fragmentsRendered = 0

    /// Files a full build reads, checks and renders at once: bounds the bytes, parses, reports and
    /// pages alive together (each file leaves only its `FileState` behind).
    var chunkSize = 256
    /// Fragments rendered without their findings.html rows (a test reads it).
    private(set) var findingsRowsLeftOut = 0

    public init(content: URL, output: URL, version: String) throws {
        tree = ContentTree(root: content)
        self.output = try OutputFolder(root: output)
        self.version = version
        cache = BuildCache.load(from: self.output)
        status = StatusFile(output: self.output)
        store = try FragmentStore(in: self.output)
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

    // MARK: - Full build

    /// Reads every file, renders every page; pages whose inputs match the cache are not re-rendered.
    /// Files go through in chunks (read, parse, check, render, write, keep the state); the cross-file
    /// rules run once every file is read, and the few files they change are done again.
    public func fullBuild(progress: ((Int, Int) -> Void)? = nil) throws -> BuildSummary {
        let started = DispatchTime.now()
        var summary = BuildSummary(full: true)
        preparedFolders = []
        createdFolders = []
        configuration = try JixiaoConfiguration.load(from: tree)
        let paths = tree.projectPaths()
        let cacheUsable = cacheMatchesConfiguration
        var newCache = BuildCache(version: version, configurationKey: configuration.cacheKey)
        let previous = states
        var fresh: [String: FileState] = [:]
        fresh.reserveCapacity(paths.count)
        // `paths` is sorted and chunks come back in order, so the order is kept as they come.
        var order: [String] = []
        var views: [Project?] = []
        order.reserveCapacity(paths.count)
        views.reserveCapacity(paths.count)
        // findings.html lists findings only up to its limit: once more than that are counted, the
        // rest of the files leave their rows out (a tenth of rendering at 10,000 projects).
        let findingsLimit = configuration.site.effectiveFindingsPageLimit
        var findingsCounted = 0
        // A chunk's results are taken in (rows to the store, states kept) while the next chunk
        // runs, on one of its threads: done alone between chunks, that left the other core idle.
        var pending: Launched?
        var taken = 0
        func take(_ launched: Launched) throws {
            for done in try collect(launched, summary: &summary) {
                findingsCounted += done.state.fragments.findingCount
                order.append(done.path)
                views.append(done.state.crossFileView)
                fresh[done.path] = done.state
                newCache.pages[done.state.page] = done.pageKey
            }
            taken += launched.jobs.count
            progress?(taken, paths.count)
        }
        var chunkStart = 0
        while chunkStart < paths.count {
            let chunk = Array(paths[chunkStart..<min(chunkStart + chunkSize, paths.count)])
            // Counted up to the chunk before the one being taken in: the same on every run.
            let listFindings = findingsCounted <= findingsLimit
            let jobs = chunk.map {
                Job(path: $0, parsed: nil, previous: previous[$0], crossFile: crossFile[$0] ?? [], listFindings: listFindings)
            }
            let earlier = pending
            var takeError: Error?
            pending = try launch(jobs, cacheUsable: cacheUsable) {
                guard let earlier else { return }
                do { try take(earlier) } catch { takeError = error }
            }
            if let takeError { throw takeError }
            chunkStart += chunk.count
        }
        if let pending { try take(pending) }
        for (path, old) in previous where fresh[path] == nil { store.release(old.slices) }
        states = fresh
        setOrder(order, views: views)
        // Reports were made with the cross-file findings of the last build (none at start-up): redo
        // those whose findings turn out different (a duplicate pair is rare; 10,000 files are not).
        let newCrossFile = crossFileDiagnostics()
        let redo = orderedPaths.filter { (newCrossFile[$0] ?? []) != (crossFile[$0] ?? []) }
        crossFile = newCrossFile
        if !redo.isEmpty {
            let jobs = redo.map { Job(path: $0, parsed: nil, previous: states[$0], crossFile: crossFile[$0] ?? []) }
            for done in try run(jobs, cacheUsable: cacheUsable, summary: &summary) {
                states[done.path] = done.state
                newCache.pages[done.state.page] = done.pageKey
            }
            reorder()
        }
        for done in try listMissingFindings(cacheUsable: cacheUsable, summary: &summary) {
            newCache.pages[done.state.page] = done.pageKey
        }
        try compactStoreIfNeeded()
        let content = aggregateContent()
        if cacheUsable {
            // As for pages: what the cache says was written is on disk (checked by size), so a
            // restart does not read the aggregates back to compare them.
            for page in SiteRenderer.aggregatePaths where outputs[page] == nil { outputs[page] = cache.outputs[page] }
        }
        // What does not wait for the aggregates is worked out while they are written (it ran on
        // one thread after them): which outputs are stale, and the cache's keys in order.
        let aggregates = Set(SiteRenderer.aggregatePaths)
        var stale: [String] = []
        var cacheKeys: BuildCache.SortedKeys?
        let cacheBefore = cache
        try emitAggregates(aggregates, content: content, summary: &summary) {
            let wanted = Set(self.states.values.map(\.page))
            stale = Set(self.outputs.keys).union(cacheBefore.outputs.keys)
                .filter { !wanted.contains($0) && !aggregates.contains($0) }.sorted()
            cacheKeys = BuildCache.SortedKeys(pages: newCache.pages.keys.sorted(),
                                              outputs: self.outputs.keys.filter { wanted.contains($0) }.sorted())
        }
        aggregateStamp = SiteRenderer.aggregateStamp(content)
        for path in stale {
            try output.remove(path)
            outputs[path] = nil
            summary.filesRemoved += 1
        }
        newCache.outputs = outputs  // every stale output is gone from it: the rest is wanted
        cache = newCache
        return try finish(&summary, started: started, cacheKeys: cacheKeys?.adding(outputs: SiteRenderer.aggregatePaths.filter { outputs[$0] != nil }))
    }

    // MARK: - Incremental update

    /// Applies a batch of changed paths (files or folders, relative to the content root). The changed
    /// projects' pages are written first, then the aggregates (assembled from kept fragments).
    public func update(changed: Set<String>, rescanAll: Bool = false) throws -> BuildSummary {
        status.noteCookies(changed.filter(StatusFile.isCookie))
        if rescanAll {
            // Events may have been lost (queue overflow): cookies present now have been seen too.
            let names = (try? FileManager.default.contentsOfDirectory(atPath: tree.root.path)) ?? []
            status.noteCookies(Set(names.filter(StatusFile.isCookie)))
        }
        if rescanAll || changed.contains(ContentTree.configurationFileName) || states.isEmpty && outputs.isEmpty {
            return try fullBuild()
        }
        let started = DispatchTime.now()
        var summary = BuildSummary(full: false)
        preparedFolders = []
        createdFolders = []
        var affected: Set<String> = []
        for path in changed where !StatusFile.isCookie(path) {
            if ContentTree.isProjectPath(path) { affected.insert(path) }
            let prefix = path + "/"
            affected.formUnion(states.keys.filter { $0.hasPrefix(prefix) })
            if tree.kind(of: path) == .directory { affected.formUnion(tree.projectPaths(under: path)) }
        }
        let candidates = affected.sorted()
        let tree = self.tree
        let present = ParallelMap.map(candidates.count) { tree.isProjectFile(candidates[$0]) }
        let toRead = candidates.indices.filter { present[$0] }.map { candidates[$0] }
        let known = states
        // Read, and parse what changed (the parse is handed on to `run`, not done twice).
        let read = ParallelMap.map(toRead.count) { index -> (SourceFile, ParseResult)? in
            guard let source = SourceFile.read(toRead[index], in: tree) else { return nil }
            if let old = known[source.path], old.hash == source.hash, old.modified == source.modified { return nil }
            return (source, source.parse())
        }
        var parsed: [String: (SourceFile, ParseResult)] = [:]
        var added = false
        for item in read {
            guard let (source, result) = item else { continue }
            summary.filesParsed += 1
            parsed[source.path] = (source, result)
            if states[source.path] == nil { added = true }
        }
        var removed: [String] = []
        for (index, path) in candidates.enumerated() where !present[index] && states[path] != nil {
            removed.append(path)
        }
        if parsed.isEmpty && removed.isEmpty {
            return try finish(&summary, started: started)
        }
        // The cross-file rules run over every file: skip them when nothing they read has changed
        // (the usual edit), so the page of an edit does not wait for 10,000 projects.
        var crossFileStale = added || !removed.isEmpty
        for (path, item) in parsed where !crossFileStale {
            let inputs = RuleCatalogue.crossFileInputs(of: item.1.project)
            if inputs == nil || inputs != states[path]?.crossFileInputs { crossFileStale = true }
        }
        var dirty = Set(parsed.keys)
        var newCrossFile = crossFile
        if crossFileStale {
            var views = Dictionary(uniqueKeysWithValues: zip(orderedPaths, orderedViews))
            for path in removed { views[path] = nil }
            for (path, item) in parsed { views[path] = .some(item.1.project.map(RuleCatalogue.crossFileView)) }
            newCrossFile = Self.crossFileDiagnostics(views.keys.sorted().map { views[$0] ?? nil })
            for path in Set(newCrossFile.keys).union(crossFile.keys) where newCrossFile[path] != crossFile[path] {
                if views[path] != nil { dirty.insert(path) }
            }
        }
        crossFile = newCrossFile
        let jobs = dirty.sorted().map { path in
            Job(path: path, parsed: parsed[path], previous: states[path], crossFile: crossFile[path] ?? [])
        }
        var changedAggregates: Set<String> = []
        // By path: a file gone since it was read leaves no result, so results do not line up with jobs.
        for done in try run(jobs, cacheUsable: cacheMatchesConfiguration, summary: &summary) {
            if let old = states[done.path]?.fragments {
                changedAggregates.formUnion(done.state.fragments.aggregatesChanged(from: old))
            } else {
                changedAggregates.formUnion(SiteRenderer.aggregatePaths)
            }
            states[done.path] = done.state
            cache.pages[done.state.page] = done.pageKey
        }
        for path in removed {
            guard let old = states.removeValue(forKey: path) else { continue }
            store.release(old.slices)
            try output.remove(old.page)
            outputs[old.page] = nil
            cache.pages[old.page] = nil
            summary.filesRemoved += 1
        }
        if added || !removed.isEmpty {
            reorder()
        } else {
            for path in dirty { if let position = positions[path] { orderedViews[position] = states[path]?.crossFileView } }
        }
        let listed = try listMissingFindings(cacheUsable: cacheMatchesConfiguration, summary: &summary)
        for done in listed { cache.pages[done.state.page] = done.pageKey }
        if !listed.isEmpty { changedAggregates.insert(SiteRenderer.findingsPagePath) }
        try compactStoreIfNeeded()
        // Only the aggregates that show something that changed.
        let content = aggregateContent()
        let stamp = SiteRenderer.aggregateStamp(content)
        if added || !removed.isEmpty || stamp != aggregateStamp { changedAggregates = Set(SiteRenderer.aggregatePaths) }
        for page in SiteRenderer.aggregatePaths where !changedAggregates.contains(page) {
            if outputs[page] == nil || !FileManager.default.fileExists(atPath: output.root.appendingPathComponent(page).path) {
                changedAggregates.insert(page)
            }
        }
        try emitAggregates(changedAggregates, content: content, summary: &summary)
        aggregateStamp = stamp
        cache.outputs = outputs
        return try finish(&summary, started: started)
    }

    // MARK: - Steps

    /// One file to (re)do: its parse when the caller already has it, its state from before (reused
    /// when nothing it was made from changed) and the cross-file findings that concern it.
    private struct Job: Sendable {
        let path: String
        let parsed: (SourceFile, ParseResult)?
        let previous: FileState?
        let crossFile: [Diagnostic]
        /// Render the findings.html rows (`ProjectFragments.listsFindings`); false only in a full
        /// build once the findings counted so far are over the page's limit.
        var listFindings = true
    }

    /// What one job leaves: the file's new state, its page's cache key and what was done.
    private struct Done: Sendable {
        let path: String
        var state: FileState
        let pageKey: String
        /// Parsed here (not handed in by the caller, who counted it).
        let parsed: Bool
        let fragmentsMade: Bool
        let page: (hash: UInt64, written: Bool)?
    }

    /// Runs jobs on every core: reads (unless parsed), makes the report and fragments unless the
    /// previous state was made from the same inputs, renders and writes the page unless the cache
    /// says it is on disk already. Files that are gone are left out of the result.
    private func run(_ jobs: [Job], cacheUsable: Bool, summary: inout BuildSummary) throws -> [Done] {
        try collect(launch(jobs, cacheUsable: cacheUsable), summary: &summary)
    }

    /// Jobs that ran, with their results not yet taken in (`collect`).
    private struct Launched {
        let jobs: [Job]
        let results: [Result<Done?, Error>]
        let cacheUsable: Bool
    }

    /// Runs the jobs on every core (see `run`); `alongside` runs at the same time, on one of the
    /// threads, while the main thread waits (it may use the builder: the jobs do not).
    private func launch(_ jobs: [Job], cacheUsable: Bool, alongside: (() -> Void)? = nil) throws -> Launched {
        guard !jobs.isEmpty else {
            alongside?()
            return Launched(jobs: [], results: [], cacheUsable: cacheUsable)
        }
        // Page paths on every core: the other core waits for what this thread does alone.
        let pages = ParallelMap.map(jobs.count) {
            SiteRenderer.projectPagePath(id: ProjectParser.projectID(forPath: jobs[$0].path), path: jobs[$0].path)
        }
        try PageWriter.prepare(pages, in: output, prepared: &preparedFolders, created: &createdFolders)
        let context = JobContext(tree: tree, output: output, configuration: configuration, version: version,
                                 cache: cacheUsable ? cache : nil, outputs: outputs, createdFolders: createdFolders,
                                 content: SiteContent(reports: [], rules: RuleCatalogue.descriptions,
                                                      configuration: configuration.site, version: version))
        let results = ParallelMap.map(jobs.count, alongside: alongside) { index in
            Result { try context.run(jobs[index], page: pages[index]) }
        }
        return Launched(jobs: jobs, results: results, cacheUsable: cacheUsable)
    }

    /// Takes in what launched jobs left: their rows go to the store, the counts to `summary`.
    private func collect(_ launched: Launched, summary: inout BuildSummary) throws -> [Done] {
        let jobs = launched.jobs, results = launched.results, cacheUsable = launched.cacheUsable
        // Each done state is copied once, into `items`, and changed there (a copy retains every
        // string of the state's project view and fragments; this part runs on one thread).
        var items: [Done] = []
        var jobIndices: [Int] = []
        items.reserveCapacity(jobs.count)
        jobIndices.reserveCapacity(jobs.count)
        for index in results.indices {
            if let item = try results[index].get() {
                items.append(item)
                jobIndices.append(index)
            }
        }
        // New fragments' rows go to the store, one write per kind; the states keep the rest.
        let made = items.indices.filter { items[$0].fragmentsMade }
        let slices = try store.append(made.map { items[$0].state.fragments })
        for (position, index) in made.enumerated() {
            if let previous = jobs[jobIndices[index]].previous { store.release(previous.slices) }
            items[index].state.slices = slices[position]
            items[index].state.fragments = items[index].state.fragments.withoutRows()
        }
        for index in items.indices {
            if items[index].parsed { summary.filesParsed += 1 }
            if items[index].fragmentsMade {
                fragmentsRendered += 1
                if !items[index].state.fragments.listsFindings { findingsRowsLeftOut += 1 }
            }
            if let page = items[index].page {
                summary.pagesRendered += 1
                if page.written { summary.filesWritten += 1 }
                outputs[items[index].state.page] = page.hash
            } else if let recorded = cache.outputs[items[index].state.page], cacheUsable {
                outputs[items[index].state.page] = recorded
            }
        }
        return items
    }

    /// What the jobs of one `run` share (read-only, so they can run on every core).
    private struct JobContext: Sendable {
        let tree: ContentTree
        let output: OutputFolder
        let configuration: JixiaoConfiguration
        let version: String
        /// The cache of pages on disk when it is for this version and configuration.
        let cache: BuildCache?
        let outputs: [String: UInt64]
        let createdFolders: Set<String>
        /// Rules, configuration and version; a page adds its file's time.
        let content: SiteContent

        func run(_ job: Job, page: String) throws -> Done? {
            let source: SourceFile
            var result: ParseResult?
            if let (given, parse) = job.parsed {
                source = given
                result = parse
            } else {
                guard let read = SourceFile.read(job.path, in: tree) else { return nil }
                source = read
            }
            var parsedHere = false
            func parse() -> ParseResult {
                if let result { return result }
                let made = source.parse()
                parsedHere = true
                result = made
                return made
            }
            let crossFileKey = SiteBuilder.crossFileKey(job.crossFile)
            let reportKey = "\(source.hash)-\(crossFileKey)-\(configuration.cacheKey)"
            let pageKey = "\(source.hash)-\(source.modified.timeIntervalSince1970)-\(crossFileKey)"
            var report: ProjectReport?
            func makeReport() -> ProjectReport {
                if let report { return report }
                let made = ProjectAnalysis.report(for: parse(), crossFileDiagnostics: job.crossFile, configuration: configuration)
                report = made
                return made
            }
            let state: FileState
            var fragmentsMade = false
            if var old = job.previous, old.hash == source.hash, old.reportKey == reportKey,
               old.fragments.listsFindings || !job.listFindings {
                old.modified = source.modified
                state = old
            } else {
                let made = makeReport()
                let fragments = SiteRenderer.renderFragments(made, in: content, listingFindings: job.listFindings)
                state = FileState(hash: source.hash, modified: source.modified,
                                  crossFileView: result?.project.map(RuleCatalogue.crossFileView),
                                  crossFileInputs: RuleCatalogue.crossFileInputs(of: result?.project),
                                  reportKey: reportKey, page: page,
                                  errorCount: fragments.errorCount, warningCount: fragments.warningCount,
                                  fragments: fragments)
                fragmentsMade = true
            }
            var written: (hash: UInt64, written: Bool)?
            if !pageIsCurrent(page, key: pageKey) {
                var content = self.content
                content.sourceModified = [job.path: source.modified]
                let bytes = SiteRenderer.renderProjectPage(makeReport(), in: content)
                let folder = page.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(page[..<$0]) } ?? ""
                written = try SiteBuilder.write(bytes, to: page, in: output, known: outputs[page],
                                                inCreatedFolder: createdFolders.contains(folder))
            }
            return Done(path: job.path, state: state, pageKey: pageKey, parsed: parsedHere,
                        fragmentsMade: fragmentsMade, page: written)
        }

        /// The cache says this page was rendered from these inputs and it is still on disk (by size).
        private func pageIsCurrent(_ page: String, key: String) -> Bool {
            guard let cache, cache.pages[page] == key, let recorded = cache.outputs[page],
                  outputs[page] == nil || outputs[page] == recorded else { return false }
            return (try? output.safePath(page)).map { FileManager.default.fileExists(atPath: $0) } ?? false
        }
    }

    /// The cross-file rules over the current files' views (the paths are kept sorted).
    private func crossFileDiagnostics() -> [String: [Diagnostic]] {
        Self.crossFileDiagnostics(orderedViews)
    }

    /// The cross-file rules over these views, in path order (nil: a file that could not be read).
    private static func crossFileDiagnostics(_ views: [Project?]) -> [String: [Diagnostic]] {
        ProjectChecks.acrossFiles(views.compactMap { $0 }).mapValues { $0.sorted() }
    }

    /// Whether the loaded cache was written for this version and configuration.
    private var cacheMatchesConfiguration: Bool {
        cache.version == version && cache.configurationKey == configuration.cacheKey
    }

    /// Rebuilds `orderedPaths`, `positions` and `orderedViews` after files came or went.
    private func reorder() {
        let paths = states.keys.sorted()
        setOrder(paths, views: paths.map { states[$0]?.crossFileView })
    }

    /// When every file's findings add up to findings.html's limit or less, the page lists them all:
    /// files whose rows a full build left out (it had counted more than the limit by then; edits or
    /// cross-file findings brought the total down since) are done again with their rows. Returns
    /// what was done (usually nothing).
    private func listMissingFindings(cacheUsable: Bool, summary: inout BuildSummary) throws -> [Done] {
        var total = 0
        var missing: [String] = []
        for path in orderedPaths {
            guard let fragments = states[path]?.fragments else { continue }
            total += fragments.findingCount
            if !fragments.listsFindings { missing.append(path) }
        }
        guard !missing.isEmpty, total <= configuration.site.effectiveFindingsPageLimit else { return [] }
        let jobs = missing.map { Job(path: $0, parsed: nil, previous: states[$0], crossFile: crossFile[$0] ?? []) }
        let done = try run(jobs, cacheUsable: cacheUsable, summary: &summary)
        for item in done { states[item.path] = item.state }
        reorder()
        return done
    }

    /// `orderedPaths` (sorted: every key of `states`), their views and `positions`.
    private func setOrder(_ paths: [String], views: [Project?]) {
        orderedPaths = paths
        positions = Dictionary(uniqueKeysWithValues: paths.enumerated().map { ($1, $0) })
        orderedViews = views
    }

    /// What the aggregates read besides the fragments: every file's time, rules, configuration, version.
    private func aggregateContent() -> SiteContent {
        var modified: [String: Date] = [:]
        modified.reserveCapacity(states.count)
        for (path, state) in states { modified[path] = state.modified }
        return SiteContent(reports: [], sourceModified: modified, rules: RuleCatalogue.descriptions,
                           configuration: configuration.site, version: version)
    }

    /// Renders and writes these aggregates one at a time, each streamed from its parts (mostly the
    /// fragments' own bytes): a large aggregate is never assembled in memory.
    /// Renders and writes the aggregates, several at once: each is independent (its own plan, its
    /// own kind of rows read with `pread`), and one after the other they were the single-threaded
    /// tail of every full build and batch.
    private func emitAggregates(_ pages: Set<String>, content: SiteContent, summary: inout BuildSummary,
                                alongside: (() -> Void)? = nil) throws {
        let ordered = orderedPaths.compactMap { states[$0] }
        let fragments = ordered.map(\.fragments)
        let todo = SiteRenderer.aggregatePaths.filter { pages.contains($0) }
        try PageWriter.prepare(todo, in: output)
        let known = todo.map { outputs[$0] }
        let results = ParallelMap.map(todo.count, alongside: alongside) { index in
            Result { () throws -> (hash: UInt64, written: Bool) in
                let page = todo[index]
                let plan = SiteRenderer.aggregatePlan(page, content: content, fragments: fragments)
                guard let rows = plan.rows else {
                    return try Self.write(parts: [plan.head, plan.tail], to: page, in: output, known: known[index])
                }
                return try writeStreamed(plan, slices: ordered.map { $0.slices[rows.rawValue] }, rows: rows,
                                         to: page, known: known[index])
            }
        }
        for (index, result) in results.enumerated() {
            let written = try result.get()
            summary.pagesRendered += 1
            if written.written { summary.filesWritten += 1 }
            outputs[todo[index]] = written.hash
        }
    }

    /// Writes an aggregate whose rows are in the store, streamed through a 1 MiB buffer (see
    /// `write(count:to:in:known:_:)`: hashed first, written only when the bytes differ).
    /// Thread-safe: reads the store with `pread` into its own buffer.
    private func writeStreamed(_ plan: AggregatePlan, slices: [FragmentStore.Slice], rows: ProjectFragments.Rows,
                               to page: String, known: UInt64?) throws -> (hash: UInt64, written: Bool) {
        let skip = slices.isEmpty ? 0 : min(plan.firstRowSkip, slices[0].count)
        let count = plan.head.count + slices.reduce(0) { $0 + $1.count } - skip + plan.tail.count
        let store = self.store
        return try Self.write(count: count, to: page, in: output, known: known) { sink in
            try plan.head.withUnsafeBytes { try sink($0) }
            try store.stream(rows, slices, skippingFirst: skip, sink)
            try plan.tail.withUnsafeBytes { try sink($0) }
        }
    }

    /// Garbage in the fragment store worth a rewrite (a test sets it to 0).
    var storeCompactionMinimum = 16 << 20
    var storeCompactions: Int { store.compactions }

    /// Rewrites the store when most of it is bytes of fragments replaced since.
    private func compactStoreIfNeeded() throws {
        guard store.wantsCompaction(minimumGarbage: storeCompactionMinimum) else { return }
        let paths = orderedPaths
        let moved = try store.compact(paths.map { states[$0]?.slices ?? [] }, in: output)
        for (index, path) in paths.enumerated() { states[path]?.slices = moved[index] }
    }

    /// Writes `bytes` unless this builder already wrote exactly them (same hash, file present) or the
    /// file on disk holds exactly them. Thread-safe (touches only this file); its folder is `prepare`d.
    static func write(_ bytes: [UInt8], to page: String, in output: OutputFolder,
                      known: UInt64?, inCreatedFolder: Bool = false) throws -> (hash: UInt64, written: Bool) {
        try write(parts: [bytes], to: page, in: output, known: known, inCreatedFolder: inCreatedFolder)
    }

    /// `write` for a file given in parts (their concatenation).
    private static func write(parts: [[UInt8]], to page: String, in output: OutputFolder,
                              known: UInt64?, inCreatedFolder: Bool = false) throws -> (hash: UInt64, written: Bool) {
        try write(count: parts.reduce(0) { $0 + $1.count }, to: page, in: output, known: known,
                  inCreatedFolder: inCreatedFolder) { sink in
            for part in parts { try part.withUnsafeBytes { try sink($0) } }
        }
    }

    /// Writes the `count` bytes `produce` hands its sink (it is called once to hash them, again to
    /// compare or write) unless this builder already wrote exactly them (`known` is their hash and
    /// the file has their size) or the file on disk holds exactly them. Thread-safe (touches only
    /// this file); its folder is `prepare`d. In a folder this build made (`inCreatedFolder`) there
    /// is nothing to compare with: a cold build saves a `stat` per page.
    private static func write(count: Int, to page: String, in output: OutputFolder, known: UInt64?,
                              inCreatedFolder: Bool = false,
                              _ produce: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws
        -> (hash: UInt64, written: Bool) {
        var state = OutputHash.State(count: count)
        try produce { state.feed($0) }
        let hash = state.finish()
        let path = try output.safePath(page)
        var info = stat()
        if !inCreatedFolder, stat(path, &info) == 0, Int(info.st_size) == count {
            if known == hash { return (hash, false) }
            if try fileHolds(path, produce) { return (hash, false) }
        }
        try PageWriter.write(to: page, in: output, produce)
        return (hash, true)
    }

    /// Whether the file at `path` (already known to have the right size) holds exactly what
    /// `produce` gives, compared 64 KiB at a time.
    private static func fileHolds(_ path: String,
                                  _ produce: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        struct Differs: Error {}
        do {
            try produce { piece in
                var offset = 0
                while offset < piece.count, let base = piece.baseAddress {
                    let wanted = min(buffer.count, piece.count - offset)
                    let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, wanted) }
                    guard got > 0 else { throw Differs() }
                    let equal = buffer.withUnsafeBytes { memcmp($0.baseAddress!, base + offset, got) == 0 }
                    guard equal else { throw Differs() }
                    offset += got
                }
            }
        } catch is Differs {
            return false
        }
        return true
    }

    /// Cross-file findings as part of a cache key (a page and a report depend on them).
    static func crossFileKey(_ findings: [Diagnostic]) -> String {
        ContentHash.hex(findings.map { "\($0.rule)\($0.location)\($0.message)" }.joined(separator: "\u{1F}").utf8)
    }

    private func finish(_ summary: inout BuildSummary, started: DispatchTime,
                        cacheKeys: BuildCache.SortedKeys? = nil) throws -> BuildSummary {
        summary.projects = states.count
        summary.errors = states.values.reduce(0) { $0 + $1.errorCount }
        summary.warnings = states.values.reduce(0) { $0 + $1.warningCount }
        summary.milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000
        try cache.save(to: output, keys: cacheKeys)
        try status.record(summary)
        return summary
    }
}
