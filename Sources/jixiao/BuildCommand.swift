import ArgumentParser
import Foundation
import JixiaoBuild

/// `jixiao build`: write the whole site once.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "从内容目录生成静态网站 (build the static site from the content folder)",
        discussion: """
        Writes pages, data/projects.json, data/indicators.csv, data/findings.csv and assets into the output folder; files \
        whose bytes are unchanged are not rewritten, pages of deleted projects are removed. Two builds of \
        the same content are byte-identical (status.json holds the only timestamps). Ends with one \
        summary line: projects, pages, errors, warnings, milliseconds. Exit 0 even when projects have \
        errors (they are shown on the site); exit 1 when the site cannot be written.
        """
    )

    @OptionGroup var site: SiteOptions

    func run() throws {
        let builder = try SiteBuilder(content: site.contentURL, output: site.outputURL, version: Jixiao.version)
        let showProgress = Terminal.isInteractive
        var lastShown = 0
        let summary = try builder.fullBuild { done, total in
            guard showProgress, total >= 200, done == total || done - lastShown >= total / 50 else { return }
            lastShown = done
            FileHandle.standardError.write(Data("\r读取 \(done)/\(total)".utf8))
            if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
        }
        print(summary.line)
        // The process ends here: freeing the builder's state of every file one by one (about
        // 20 ms at 10,000 projects, on one thread) would only delay the exit. Its store files are
        // unlinked already; the kernel closes and frees them.
        _ = Unmanaged.passRetained(builder)
    }
}
