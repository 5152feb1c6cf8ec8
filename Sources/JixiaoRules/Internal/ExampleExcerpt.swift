import JixiaoModel

/// A short view of a rule example for the rules page: only the lines that differ from the clean
/// example project it starts from, so a reader sees at once what makes it (not) trigger.
enum ExampleExcerpt {
    /// Named base files examples are written against, in the order the page presents them.
    static let bases: [(name: String, text: String)] = [
        ("基准表", ExampleProject.clean),
        ("年终基准表", ExampleProject.yearEnd),
        ("2021 指标体系基准表", ExampleProject.framework2021),
    ]

    /// The example as a fenced code block: lines in diff style (`+ added`, `- removed`) against the
    /// closest base when few lines differ, else the whole file.
    static func of(_ example: String) -> String {
        "```\(isWholeFile(example) ? "yaml" : "diff")\n\(text(of: example))\n```"
    }

    private static func isWholeFile(_ example: String) -> Bool {
        guard !RuleExample.isRawBytes(example), !example.hasPrefix("--- file: ") else { return false }
        return (closest(to: example)?.lines.count ?? 0) > 12
    }

    static func text(of example: String) -> String {
        if example.allSatisfy(\.isWhitespace) { return "# （空文件：\(example.utf8.count) 字节）" }
        if RuleExample.isRawBytes(example) {
            let first = example.prefix { $0 != "\n" }
            return first.hasPrefix("--- pad to") ? "\(first)  # 基准表后补注释行，直到超过该大小" : "\(first)  # 文件的字节（十六进制）"
        }
        if example.hasPrefix("--- file: ") {
            return splitFiles(example).map { path, body in "--- file: \(path)\n\(text(of: body))" }.joined(separator: "\n")
        }
        guard let (name, lines) = closest(to: example) else { return example }
        if lines.isEmpty { return "# 与\(name)相同" }
        if lines.count > 12 { return example.trimmingCharacters(in: .newlines) }
        return "# \(name)，改动如下\n" + lines.joined(separator: "\n")
    }

    /// `closestReference(to:)` on the bytes when the example and the bases are plain
    /// (`PlainText`, no `\r`): plain lines are equal exactly when their bytes are, so each line is
    /// numbered by a hash of its bytes and a byte comparison, without making a `String` per line;
    /// only the lines shown become strings. Other examples take the general path.
    static func closest(to example: String) -> (name: String, lines: [String])? {
        guard let numbered = plainBases else { return closestReference(to: example) }
        var example = example
        let fast: (name: String, lines: [String])?? = example.withUTF8 { bytes in
            guard !bytes.contains(UInt8(ascii: "\r")), PlainText.isPlain(utf8: bytes) else { return nil }
            // Lines cut at `\n` and hashed in the same pass (the hash is `hash(_:)` of each line).
            var ranges: [Range<Int>] = []
            var ids: [Int] = []
            ranges.reserveCapacity(64)
            ids.reserveCapacity(64)
            var start = 0, offset = 0, lineHash = fnvBasis
            let count = bytes.count
            while true {
                if offset == count || bytes[offset] == UInt8(ascii: "\n") {
                    let range = start..<offset
                    ranges.append(range)
                    ids.append(numbered.ids[lineHash]?.first { id in
                        numbered.lines[id].withUnsafeBufferPointer { line in
                            line.count == range.count && (0..<line.count).allSatisfy { line[$0] == bytes[range.lowerBound + $0] }
                        }
                    } ?? -1)
                    if offset == count { break }
                    start = offset + 1
                    lineHash = fnvBasis
                } else {
                    lineHash = (lineHash ^ UInt64(bytes[offset])) &* fnvPrime
                }
                offset += 1
            }
            let diffs = numbered.bases.map { base in (base, diff(base, ids, empty: { ranges[$0].isEmpty })) }
            guard let (base, closest) = diffs.min(by: { $0.1.count < $1.1.count }) else { return .some(nil) }
            let lines = closest.removed.map { "- " + base.texts[$0] } + closest.added.map {
                "+ " + String(decoding: UnsafeBufferPointer(rebasing: bytes[ranges[$0]]), as: UTF8.self)
            }
            return .some((base.name, lines))
        }
        return fast ?? closestReference(to: example)
    }

    /// `closest(to:)` by the general line comparison (`diff(_:_:)`), for tests.
    static func closestReference(to example: String) -> (name: String, lines: [String])? {
        let new = Lines(lines(of: example))
        return baseLines.map { base in (base.name, diff(base.lines, new)) }.min { $0.1.count < $1.1.count }
    }

    /// The bases cut into lines once: the rules page compares every example with each of them.
    private static let baseLines: [(name: String, lines: Lines)] = bases.map { ($0.name, Lines(lines(of: $0.text))) }

    /// A base as line numbers: lines that are equal share a number.
    private struct NumberedBase {
        let name: String
        let texts: [String]
        /// The positions of each number's lines in the base, in order (empty for numbers it lacks).
        let positions: [[Int]]
    }

    /// The bases' distinct lines numbered by their bytes (numbers by the FNV-1a hash of the bytes,
    /// `lines[number]` the bytes), nil when some base line is not plain.
    private static let plainBases: (ids: [UInt64: [Int]], lines: [[UInt8]], bases: [NumberedBase])? = {
        guard baseLines.allSatisfy({ $0.lines.plain.allSatisfy { $0 } }) else { return nil }
        var ids: [UInt64: [Int]] = [:]
        var lines: [[UInt8]] = []
        let numbered = baseLines.map { base in base.lines.bytes.map { bytes in
            let hash = bytes.withUnsafeBufferPointer(hash)
            if let id = ids[hash]?.first(where: { lines[$0] == bytes }) { return id }
            ids[hash, default: []].append(lines.count)
            lines.append(bytes)
            return lines.count - 1
        } }
        let bases = zip(baseLines, numbered).map { base, numbers in
            var positions = Array(repeating: [Int](), count: lines.count)
            for (position, id) in numbers.enumerated() { positions[id].append(position) }
            return NumberedBase(name: base.name, texts: base.lines.texts, positions: positions)
        }
        return (ids, lines, bases)
    }()

    private static let fnvBasis: UInt64 = 0xCBF2_9CE4_8422_2325, fnvPrime: UInt64 = 0x100_0000_01B3

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        bytes.reduce(fnvBasis) { ($0 ^ UInt64($1)) &* fnvPrime }
    }

    /// `diff(_:_:)` on numbered lines (`ids`: the base line number of each new line, -1 when no
    /// base has it; `empty`: whether a new line is empty), as the base lines it leaves unmatched
    /// and the new lines it adds (empty ones left out) and their count. The general diff matches
    /// each new line with the first unmatched equal base line; those of one number are taken in
    /// order, so a counter per number says which is next.
    private static func diff(_ base: NumberedBase, _ ids: [Int], empty: (Int) -> Bool)
        -> (count: Int, removed: [Int], added: [Int]) {
        var taken = Array(repeating: 0, count: base.positions.count)
        var matched = Array(repeating: false, count: base.texts.count)
        var added: [Int] = []
        for (line, id) in ids.enumerated() {
            if id >= 0, taken[id] < base.positions[id].count {
                matched[base.positions[id][taken[id]]] = true
                taken[id] += 1
            } else if !empty(line) {
                added.append(line)
            }
        }
        let removed = base.texts.indices.filter { !matched[$0] && !base.texts[$0].isEmpty }
        return (removed.count + added.count, removed, added)
    }

    /// Lines with their bytes and whether each is plain (`PlainText`): two plain lines are equal
    /// exactly when their bytes are, so most comparisons in `diff` need no canonical `String ==`.
    private struct Lines {
        let texts: [String]
        let bytes: [[UInt8]]
        let plain: [Bool]

        init(_ texts: [String]) {
            self.texts = texts
            bytes = texts.map { Array($0.utf8) }
            plain = texts.map(PlainText.isPlain)
        }

        /// `texts[index] == other.texts[otherIndex]`.
        func same(_ index: Int, as other: Lines, _ otherIndex: Int) -> Bool {
            if plain[index] && other.plain[otherIndex] { return bytes[index] == other.bytes[otherIndex] }
            return texts[index] == other.texts[otherIndex]
        }
    }

    /// Lines cut at `\n`. Cut at the byte unless the text has a `\r`, whose `\r\n` a `Character` split
    /// keeps whole, as the page always did (a byte split is the same otherwise, and much cheaper
    /// than breaking Chinese text into grapheme clusters).
    private static func lines(of text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            guard !bytes.contains(UInt8(ascii: "\r")) else { return nil }
            var lines: [String] = []
            var start = 0
            for offset in bytes.indices where bytes[offset] == UInt8(ascii: "\n") {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self))
                start = offset + 1
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return lines
        } ?? text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private static func diff(_ old: Lines, _ new: Lines) -> [String] {
        // Positions in `old` not yet matched, in order.
        var remaining = Array(old.texts.indices)
        var added: [String] = []
        for line in new.texts.indices {
            // `remaining.firstIndex(of: line)` by position.
            if let index = remaining.firstIndex(where: { old.same($0, as: new, line) }) {
                remaining.remove(at: index)
            } else {
                added.append(new.texts[line])
            }
        }
        return remaining.map { old.texts[$0] }.filter { !$0.isEmpty }.map { "- " + $0 }
            + added.filter { !$0.isEmpty }.map { "+ " + $0 }
    }

    /// `splitFilesReference` on the bytes when the example is plain and has no `\r`: there every
    /// `Character` is one scalar, so the marker and the `\n` are found where the `Character`
    /// search finds them (Foundation's `components(separatedBy:)` cost ~1 M instructions a call).
    static func splitFiles(_ example: String) -> [(String, String)] {
        var text = example
        let fast: [(String, String)]? = text.withUTF8 { bytes in
            guard !bytes.contains(UInt8(ascii: "\r")), PlainText.isPlain(utf8: bytes) else { return nil }
            let marker = Array("--- file: ".utf8)
            var starts: [Int] = []
            var offset = 0
            while offset + marker.count <= bytes.count {
                if bytes[offset] == marker[0], marker.indices.allSatisfy({ bytes[offset + $0] == marker[$0] }) {
                    starts.append(offset)
                    offset += marker.count
                } else {
                    offset += 1
                }
            }
            let string = { (range: Range<Int>) in String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            return starts.indices.map { index in
                let chunk = starts[index] + marker.count..<(index + 1 < starts.count ? starts[index + 1] : bytes.count)
                let newline = chunk.first { bytes[$0] == UInt8(ascii: "\n") }
                guard let newline else { return (string(chunk), "") }
                return (string(chunk.lowerBound..<newline), string(newline + 1..<chunk.upperBound))
            }
        }
        return fast ?? splitFilesReference(example)
    }

    static func splitFilesReference(_ example: String) -> [(String, String)] {
        var files: [(String, String)] = []
        for chunk in example.components(separatedBy: "--- file: ").dropFirst() {
            let path = chunk.prefix { $0 != "\n" }
            files.append((String(path), String(chunk.dropFirst(path.count + 1))))
        }
        return files
    }
}
