import ArgumentParser
import Foundation
import JixiaoBuild
import JixiaoWatch
import Logging

/// `jixiao watch`: build the site, then keep it equal to a clean build of what is on disk.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "生成网站并持续监视内容目录 (build the site, then follow every change)",
        discussion: """
        Starts with a full build (pages already correct per the cache in OUTPUT/.jixiao are not \
        re-rendered), then watches the content folder with inotify. A burst of changes is settled by \
        a trailing quiet period: --settle-after-close once every changed file was closed after writing \
        or renamed into place (its content is complete), --settle while one may still be half \
        written; while .git/index.lock exists the batch waits, so a checkout or pull is \
        one batch. Each batch re-parses only changed files and rewrites only the pages whose bytes \
        change. OUTPUT/status.json records every batch; create CONTENT/.jixiao-cookie-NAME and wait \
        for NAME in status.json's "cookies" to know every earlier change is built.
        Signals: SIGTERM/SIGINT finish the current batch and exit 0; SIGHUP forces a full rebuild.
        Under systemd (Type=notify) READY=1 is sent once the first build is done and watches are set.
        """
    )

    @OptionGroup var site: SiteOptions

    @Option(help: "有文件可能尚未写完时，合并一批变更的静默期，毫秒 (settle period while a file may be half written, ms)")
    var settle: Int = 30

    @Option(help: "变更的文件都已写完关闭时的静默期，毫秒 (settle period once every changed file is closed, ms)")
    var settleAfterClose: Int = 5

    @Option(help: "一批变更的最长等待，毫秒 (maximum wait for one batch, in milliseconds)")
    var maxWait: Int = 1000

    func run() throws {
        // Before any thread exists, so every thread inherits the blocked mask.
        let signals = SignalHandlers(blocking: [SIGHUP, SIGTERM, SIGINT])
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .info
            return handler
        }
        let logger = Logger(label: "jixiao")
        let builder = try SiteBuilder(content: site.contentURL, output: site.outputURL, version: Jixiao.version)
        let daemon = BuildDaemon(builder: builder, logger: logger)
        try daemon.initialBuild()

        var options = WatchOptions()
        options.settle = .milliseconds(settle)
        options.settleAfterClose = .milliseconds(min(settleAfterClose, settle))
        options.maxWait = .milliseconds(maxWait)
        let watcher = try ContentWatcher(root: builder.tree.root, options: options, logger: Logger(label: "jixiao.watch"))
        try watcher.start { batch in daemon.apply(batch) }
        logger.info("正在监视 \(builder.tree.root.path) → \(builder.output.root.path)")
        ServiceNotifier.notify("READY=1\nSTATUS=watching \(builder.tree.root.path)")

        signals.on(SIGHUP) { daemon.fullBuild(reason: "SIGHUP") }
        let stop: @Sendable () -> Void = {
            ServiceNotifier.notify("STOPPING=1")
            watcher.stop()  // returns after the batch in progress is done
            logger.info("已停止 (stopped)")
            Foundation.exit(0)
        }
        signals.on(SIGTERM, stop)
        signals.on(SIGINT, stop)
        signals.start()
        // Not dispatchMain(): on Linux it unblocks signals in the main thread, which would then
        // take SIGTERM's default action instead of our orderly stop.
        DispatchSemaphore(value: 0).wait()
    }
}

/// Serialises builds: batches from the watcher and rebuilds asked for by signals never overlap.
final class BuildDaemon: @unchecked Sendable {
    private let builder: SiteBuilder
    private let logger: Logger
    private let lock = NSLock()

    init(builder: SiteBuilder, logger: Logger) {
        self.builder = builder
        self.logger = logger
    }

    func fullBuild(reason: String) {
        lock.lock()
        defer { lock.unlock() }
        do {
            let summary = try builder.fullBuild()
            logger.info("\(reason)：\(summary.line)")
        } catch {
            logger.error("完整构建失败 (full build failed): \(error)")
        }
    }

    func initialBuild() throws {
        let reason = "启动"
        lock.lock()
        defer { lock.unlock() }
        let summary = try builder.fullBuild()
        logger.info("\(reason)：\(summary.line)")
    }

    func apply(_ batch: ChangeBatch) {
        lock.lock()
        defer { lock.unlock() }
        do {
            let summary = try builder.update(changed: batch.paths, rescanAll: batch.rescanAll)
            logger.info("\(batch.rescanAll ? "全部重新扫描" : "\(batch.paths.count) 个路径变更")：\(summary.line)")
        } catch {
            logger.error("构建失败 (build failed): \(error)")
        }
    }
}
