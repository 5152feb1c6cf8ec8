import Foundation
import JixiaoModel

/// Reads one project file (bytes → `Project` + diagnostics). Never throws, never crashes on bad input.
///
/// Every scalar is kept as raw text (no resolver), so `no` stays `no` and `010` stays `010`.
/// libyaml's events are composed into a flat `YAMLDocument` (`YAMLComposer`, which keeps the
/// behaviour of Yams's composer; `YAMLFastComposer` makes the same document without libyaml for
/// the simple YAML project files are written in) that is walked along the schema only (`ProjectSchema`), so an
/// alias bomb or a huge unknown subtree costs nothing beyond composing it.
public enum ProjectParser {
    /// Files above this size are rejected without being read whole.
    public static let defaultSizeLimit = 1 << 20

    /// Reads and parses the file at `url`; `path` is its path under the content folder.
    public static func parse(fileAt url: URL, path: String, sizeLimit: Int = defaultSizeLimit) -> ParseResult {
        if let data = readRegularFile(atPath: url.path, sizeLimit: sizeLimit) {
            return parse(data: data, path: path)
        }
        // Whatever the short path does not handle (missing, too large, growing, not a regular
        // file, any error) goes the Foundation way, which words the diagnostics.
        let size: Int
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch {
            return failure(path, RuleID.missingField, "无法读取文件：\(error.localizedDescription)")
        }
        if size > sizeLimit {
            return failure(path, RuleID.fileTooLarge,
                           "文件大小 \(size) 字节，超过上限 \(sizeLimit) 字节（1 MiB）；一个项目一个文件，请拆分或删去无关内容")
        }
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            return failure(path, RuleID.missingField, "无法打开文件")
        }
        defer { try? handle.close() }
        // Read at most one byte past the limit: the file may have grown since the stat.
        let data = (try? handle.read(upToCount: sizeLimit + 1)) ?? Data()
        if data.count > sizeLimit {
            return failure(path, RuleID.fileTooLarge, "文件超过上限 \(sizeLimit) 字节（1 MiB）")
        }
        return parse(data: data, path: path)
    }

    /// The whole content of a regular file of at most `sizeLimit` bytes that did not grow while
    /// read; nil when anything is otherwise (then `parse(fileAt:)` asks Foundation).
    private static func readRegularFile(atPath path: String, sizeLimit: Int) -> Data? {
        guard let file = FileBytes.read(atPath: path, sizeLimit: sizeLimit),
              file.status.st_mode & S_IFMT == S_IFREG, !file.grew else { return nil }
        return file.data
    }

    /// Parses the bytes of one project file; `path` is its path under the content folder.
    public static func parse(data: Data, path: String) -> ParseResult {
        if data.count > defaultSizeLimit {
            return failure(path, RuleID.fileTooLarge, "文件超过上限 \(defaultSizeLimit) 字节（1 MiB）")
        }
        // The common case without a string of the whole file: well-formed UTF-8 (after a byte
        // order mark) that the fast composer reads. Anything else goes the way below, which
        // decodes (and words what is wrong) and composes with libyaml.
        let simple = data.withUnsafeBytes { raw -> YAMLDocument? in
            var bytes = raw.bindMemory(to: UInt8.self)
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                bytes = UnsafeBufferPointer(rebasing: bytes[3...])
            }
            guard TextDecoding.isWellFormedUTF8(bytes) else { return nil }
            return YAMLFastComposer.compose(utf8: bytes)
        }
        if let simple { return parse(document: simple, path: path) }
        let text: String
        switch TextDecoding.decode(data) {
        case .success(let decoded):
            text = decoded
        case .failure(let problem):
            return ParseResult(path: path, project: nil, diagnostics: [
                Diagnostic(rule: RuleID.notUTF8, severity: .error, location: problem.location, message: problem.message),
            ])
        }
        return parse(text: text, path: path, fastPath: false)
    }

    /// Parses already-decoded text (without BOM). `fastPath: false` composes with libyaml even
    /// when `YAMLFastComposer` reads the text (for the tests that compare the two).
    static func parse(text: String, path: String, fastPath: Bool = true) -> ParseResult {
        let document: YAMLDocument?
        if fastPath, let simple = YAMLFastComposer.compose(text) {
            document = simple
        } else {
            do {
                document = try YAMLComposer.compose(text)
            } catch {
                return ParseResult(path: path, project: nil, diagnostics: [YAMLErrorTranslation.diagnostic(for: error, in: text)])
            }
        }
        return parse(document: document, path: path)
    }

    /// Walks a composed document (nil: the stream had none).
    private static func parse(document: YAMLDocument?, path: String) -> ParseResult {
        guard let document, !isEmptyDocument(document) else {
            return failure(path, RuleID.emptyFile, "文件是空的：请按模板填写项目（可用 jixiao new 生成模板）")
        }
        var walker = ProjectWalker(path: path, document: document)
        let project = walker.readProject()
        return ParseResult(path: path, project: project, diagnostics: walker.diagnostics.sorted())
    }

    /// The project id for a path under the content folder: the path without `.yaml`. A `.yml` file
    /// keeps its extension (`a.yml` → `a.yml`), so `a.yaml` and `a.yml` side by side never share
    /// an id or a page.
    public static func projectID(forPath path: String) -> String {
        guard path.hasSuffix(".yaml") else { return path }
        return String(path.dropLast(".yaml".count))
    }

    private static func isEmptyDocument(_ document: YAMLDocument) -> Bool {
        document.kind(document.root) == .scalar && document.text(document.root).allSatisfy(\.isWhitespace)
    }

    private static func failure(_ path: String, _ rule: String, _ message: String) -> ParseResult {
        ParseResult(path: path, project: nil, diagnostics: [
            Diagnostic(rule: rule, severity: .error, location: .start, message: message),
        ])
    }
}
