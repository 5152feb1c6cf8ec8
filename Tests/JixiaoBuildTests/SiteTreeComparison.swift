import Foundation
import JixiaoBuild

/// Builds a clean site for a content folder and compares output trees file by file.
enum SiteTreeComparison {
    /// Files that are not part of the site: the status file (times) and the build cache.
    static func isSiteFile(_ relative: String) -> Bool {
        relative != "status.json" && !relative.hasPrefix(".jixiao/")
    }

    static func files(in folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let output = try? OutputFolder(root: folder) else { return result }
        for relative in output.allFiles() where isSiteFile(relative) {
            result[relative] = FileManager.default.contents(atPath: folder.appendingPathComponent(relative).path)
        }
        return result
    }

    /// Differences between the site in `folder` and a clean build of `content`: empty when equal.
    static func differencesFromCleanBuild(content: URL, site folder: URL) throws -> [String] {
        let clean = TemporaryFolder.make("clean")
        defer { try? FileManager.default.removeItem(at: clean) }
        // The real binary, so the version in the footer is the daemon's.
        let run = try CommandRun.jixiao(["build", "--content", content.path, "--output", clean.path])
        guard run.status == 0 else { return ["clean build failed: \(run.stderr)"] }
        return differences(files(in: folder), files(in: clean))
    }

    /// Differences between the site in `folder` and a clean library build of `content` (same version).
    static func differencesFromCleanLibraryBuild(content: URL, site folder: URL, version: String = "test") throws -> [String] {
        let clean = TemporaryFolder.make("clean")
        defer { try? FileManager.default.removeItem(at: clean) }
        _ = try SiteBuilder(content: content, output: clean, version: version).fullBuild()
        return differences(files(in: folder), files(in: clean))
    }

    static func differences(_ actual: [String: Data], _ expected: [String: Data]) -> [String] {
        var result: [String] = []
        for path in Set(actual.keys).union(expected.keys).sorted() {
            switch (actual[path], expected[path]) {
            case (nil, _): result.append("missing: \(path)")
            case (_, nil): result.append("extra: \(path)")
            case let (a?, b?) where a != b: result.append("differs: \(path)")
            default: break
            }
        }
        return result
    }
}

