import Foundation

/// The files one rule example stands for. Most examples are one YAML file, written as is; three
/// marker lines cover what plain text cannot show (the generic test and the rules page use them):
///
/// - `--- file: NAME.yaml` starts each file of a several-file example (cross-file rules);
/// - `--- hex: e9 a1 b9 …` as a file's first line: the file is exactly these bytes (e.g. GBK text);
/// - `--- pad to N bytes` as a file's first line: the text below it, followed by `#` comment lines
///   until the file holds at least N bytes (e.g. a file over the 1 MiB limit).
public struct RuleExample: Hashable, Sendable {
    /// One file of an example: its path under `content/` and its bytes.
    public struct File: Hashable, Sendable {
        public var path: String
        public var data: Data
    }

    public var files: [File]

    /// The path a one-file example is given.
    public static let defaultPath = "example.yaml"

    private static let fileMarker = "--- file: "
    private static let hexMarker = "--- hex: "
    private static let padMarker = "--- pad to "

    /// Reads an example written with the conventions above.
    public init(_ text: String) {
        guard text.hasPrefix(Self.fileMarker) else {
            files = [File(path: Self.defaultPath, data: Self.bytes(of: text))]
            return
        }
        var result: [File] = []
        var path: String?
        var body: [Substring] = []
        func flush() {
            guard let path else { return }
            let text = body.joined(separator: "\n")
            result.append(File(path: path, data: Self.bytes(of: text.hasSuffix("\n") ? text : text + "\n")))
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(Self.fileMarker) {
                flush()
                path = String(line.dropFirst(Self.fileMarker.count)).trimmingCharacters(in: .whitespaces)
                body = []
            } else {
                body.append(line)
            }
        }
        flush()
        files = result
    }

    /// True when an example only makes sense as raw bytes (the rules page shows it as a note).
    public static func isRawBytes(_ text: String) -> Bool {
        text.hasPrefix(hexMarker) || text.hasPrefix(padMarker)
    }

    private static func bytes(of body: String) -> Data {
        if body.hasPrefix(hexMarker) {
            let digits = body.dropFirst(hexMarker.count).filter(\.isHexDigit)
            var data = Data()
            var index = digits.startIndex
            while index < digits.endIndex, let next = digits.index(index, offsetBy: 2, limitedBy: digits.endIndex) {
                if let byte = UInt8(digits[index..<next], radix: 16) { data.append(byte) }
                index = next
            }
            return data
        }
        if body.hasPrefix(padMarker) {
            let firstLine = body.prefix { $0 != "\n" }
            let size = Int(firstLine.dropFirst(padMarker.count).prefix(while: \.isNumber)) ?? 0
            var data = Data(body.dropFirst(firstLine.count).drop { $0 == "\n" }.utf8)
            let padding = Data("# 填充注释，使文件超过大小上限\n".utf8)
            while data.count < size { data.append(padding) }
            return data
        }
        return Data(body.utf8)
    }
}
