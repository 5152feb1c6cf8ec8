/// Composes the simple YAML that project files are written in without libyaml, into the same
/// `YAMLDocument` that `YAMLComposer` makes from libyaml's events (same nodes, texts, marks, key
/// order, duplicate-key check), or gives up so that the caller composes the file with libyaml.
///
/// libyaml's scanner and parser were half of parsing a project file. This reads the text line by
/// line, once, and only accepts (anything else is `nil`, never a guess):
/// - a root block mapping; block mappings whose keys are single-line plain scalars followed by
///   `:` and a space or the end of the line; block sequences (`- ` items, also at the indentation
///   of the mapping they are a value of, and `- key: value` starting a mapping);
/// - values on the key's line: a plain scalar that ends on that line, a single- or double-quoted
///   scalar closed on that line (double-quoted escapes `\0 \a \b \t \n \v \f \r \e \  \" \/ \\`
///   only), or a one-line flow mapping `{key: value, …}` of plain keys and plain or quoted values;
/// - a value alone on the lines below its key: a nested block mapping or sequence, or a one-line
///   plain scalar; nothing below a key (an empty scalar);
/// - comments (after a space), blank lines, LF or CRLF line ends.
/// It gives up on tabs, on any character libyaml's reader refuses or reads as a line break or byte
/// order mark (C0 and C1 controls other than LF and CRLF, U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF),
/// on `---`/`...` at the start of a line, anchors, aliases, tags, directives, flow sequences,
/// nested flow collections, block scalars, `? ` keys, quoted keys, multi-line scalars (a following
/// line indented more than libyaml's continuation threshold), keys of more than 1,000 bytes,
/// more than 64 levels, an empty document, a duplicate key, and any indentation that is not exactly
/// one of the open levels. Each rule below cites the libyaml (Yams's CYaml) code it follows.
enum YAMLFastComposer {
    /// The document of `text` as `YAMLComposer.compose` would give it; nil when the text is
    /// outside the subset above (whether or not libyaml would accept it).
    static func compose(_ text: String) -> YAMLDocument? {
        text.utf8.withContiguousStorageIfAvailable(compose(utf8:)) ?? nil
    }

    /// `compose` of the text whose UTF-8 is `bytes`, which must be well-formed UTF-8 (the reader
    /// steps over a lead byte's continuation bytes without looking).
    static func compose(utf8 bytes: UnsafeBufferPointer<UInt8>) -> YAMLDocument? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
        var scanner = FastScanner(bytes: base, count: bytes.count)
        return try? scanner.document()
    }
}

/// Anything the fast path does not read: the caller composes with libyaml instead.
private struct Unsupported: Error {}

private enum Byte {
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let hash: UInt8 = 0x23  // #
    static let colon: UInt8 = 0x3A
    static let comma: UInt8 = 0x2C
    static let dash: UInt8 = 0x2D
    static let question: UInt8 = 0x3F
    static let doubleQuote: UInt8 = 0x22
    static let singleQuote: UInt8 = 0x27
    static let backslash: UInt8 = 0x5C
    static let openBrace: UInt8 = 0x7B
    static let closeBrace: UInt8 = 0x7D
    static let openBracket: UInt8 = 0x5B
    static let closeBracket: UInt8 = 0x5D
    static let dot: UInt8 = 0x2E
}

/// What ended a plain scalar on its line.
private enum Stop {
    /// The end of the line (LF, CRLF or the end of the text).
    case lineEnd
    /// `#` after white space.
    case comment
    /// `:` followed by a space or the end of the line: the scalar is a key.
    case colon
    /// `,`, `[`, `]`, `{` or `}` in a flow collection.
    case flowIndicator
}

/// A plain scalar read on one line.
private struct PlainScan {
    /// Where its text ends (trailing spaces excluded).
    var end: Int
    /// Where the scan stopped: the line end, the `#`, the `:` or the flow indicator.
    var stop: Int
    var kind: Stop
    /// Characters (Unicode scalars, as libyaml counts columns) from its start to `stop`.
    var characters: Int
}

private struct FastScanner {
    let bytes: UnsafePointer<UInt8>
    let count: Int
    var builder: YAMLDocumentBuilder
    /// Bytes of a quoted scalar with escapes.
    var scratch: [UInt8] = []

    // The current content line (not blank, not only a comment).
    /// Offset of its first byte.
    var lineStart = 0
    /// Its number, from 1.
    var lineNumber: Int32 = 1
    /// Spaces before its first character.
    var indent = 0
    /// True when no content line is left.
    var atEnd = false

    /// Nesting deeper than this is left to libyaml (which has its own limit); it also bounds the recursion.
    static let maximumDepth = 64
    /// libyaml forgets a possible simple key 1,024 characters after its start
    /// (`yaml_parser_stale_simple_keys`); keys longer than this (in bytes, so in characters too) are left to it.
    static let maximumKeyBytes = 1000

    init(bytes: UnsafePointer<UInt8>, count: Int) {
        self.bytes = bytes
        self.count = count
        builder = YAMLDocumentBuilder(textCapacity: count)
    }

    mutating func document() throws(Unsupported) -> YAMLDocument {
        try skipToContentLine(from: 0, line: 1)
        // An empty stream (no document) and roots other than a block mapping go to libyaml.
        guard !atEnd else { throw Unsupported() }
        let start = lineStart + indent
        guard startsPlainInBlock(start), try scanPlain(from: start, flow: false).kind == .colon else { throw Unsupported() }
        try blockMapping(keyStart: start, column: indent)
        // A root mapping ends only at the end of the text (a less indented line after it is an error).
        guard atEnd else { throw Unsupported() }
        return builder.document(root: 0)
    }

    // MARK: - Lines

    /// Moves to the first content line at or after `offset` (a line start, line number `line`),
    /// skipping blank lines and comment lines (`yaml_parser_scan_to_next_token`).
    mutating func skipToContentLine(from offset: Int, line: Int32) throws(Unsupported) {
        var start = offset
        var number = line
        while true {
            var index = start
            while index < count && bytes[index] == Byte.space { index += 1 }
            if index == count {
                atEnd = true
                return
            }
            switch bytes[index] {
            case Byte.newline:
                start = index + 1
            case Byte.carriageReturn:
                guard index + 1 < count, bytes[index + 1] == Byte.newline else { throw Unsupported() }
                start = index + 2
            case Byte.hash:
                let end = try skipComment(from: index)
                guard let next = try nextLineStart(after: end) else {
                    atEnd = true
                    return
                }
                start = next
            default:
                // `---` and `...` at the start of a line are document markers (and, followed by
                // anything else, rare enough to leave to libyaml); `%` starts a directive there.
                if index == start, index + 2 < count,
                   (bytes[index] == Byte.dash || bytes[index] == Byte.dot),
                   bytes[index + 1] == bytes[index], bytes[index + 2] == bytes[index] {
                    throw Unsupported()
                }
                lineStart = start
                lineNumber = number
                indent = index - start
                return
            }
            number += 1
        }
    }

    /// The offset after the line end at `end` (LF or CRLF), nil at the end of the text.
    func nextLineStart(after end: Int) throws(Unsupported) -> Int? {
        if end == count { return nil }
        if bytes[end] == Byte.newline { return end + 1 }
        guard bytes[end] == Byte.carriageReturn, end + 1 < count, bytes[end + 1] == Byte.newline else { throw Unsupported() }
        return end + 2
    }

    /// The end of the comment starting at `start` (its line end), checking its characters.
    func skipComment(from start: Int) throws(Unsupported) -> Int {
        var index = start + 1
        while index < count {
            let byte = bytes[index]
            if byte == Byte.newline || byte == Byte.carriageReturn { return index }
            try check(at: index)
            index += 1
        }
        return index
    }

    /// Checks the rest of the current line from `offset`: spaces, then a comment after a space or
    /// nothing; then moves to the next content line.
    mutating func finishLine(from offset: Int) throws(Unsupported) {
        var index = offset
        while index < count && bytes[index] == Byte.space { index += 1 }
        if index < count && bytes[index] == Byte.hash {
            // A plain scalar ends at ` #` only; after a quote or `}` libyaml also takes `#` as a
            // comment, which is left to it.
            guard index > 0, bytes[index - 1] == Byte.space else { throw Unsupported() }
            index = try skipComment(from: index)
        }
        guard let next = try nextLineStart(after: index) else {
            atEnd = true
            return
        }
        try skipToContentLine(from: next, line: lineNumber + 1)
    }

    /// Refuses characters outside the subset at `index` (a byte that is not a space, LF or CR,
    /// which the callers handle): C0 controls and DEL (libyaml refuses them, tab is left to it), and
    /// the multi-byte characters libyaml refuses (C1 controls, U+FFFE, U+FFFF) or treats specially
    /// (NEL, U+2028, U+2029 are line breaks; U+FEFF is skipped at a line start, dropped by Yams at a
    /// scalar start). The text is valid UTF-8, so a lead byte has its continuation bytes.
    @inline(__always)
    func check(at index: Int) throws(Unsupported) {
        let byte = bytes[index]
        if byte < 0x80 {
            guard byte >= 0x20 && byte != 0x7F else { throw Unsupported() }
            return
        }
        switch byte {
        case 0xC2:
            if bytes[index + 1] < 0xA0 { throw Unsupported() }  // U+0080…U+009F
        case 0xE2:
            if bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) { throw Unsupported() }
        case 0xEF:
            if (bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF) || (bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE) {
                throw Unsupported()
            }
        default:
            break
        }
    }

    /// True for a line end (or the end of the text) at `index`; a lone CR is not one.
    func isLineEnd(_ index: Int) -> Bool {
        index == count || bytes[index] == Byte.newline
            || (bytes[index] == Byte.carriageReturn && index + 1 < count && bytes[index + 1] == Byte.newline)
    }

    /// libyaml's `IS_BLANKZ_AT(1)` for the subset: a space or a line end after `index`. (A tab, a
    /// lone CR or another break after it is refused later, wherever it is read.)
    func isBlankOrEnd(after index: Int) -> Bool {
        index + 1 == count || bytes[index + 1] == Byte.space || bytes[index + 1] == Byte.newline
            || bytes[index + 1] == Byte.carriageReturn
    }

    /// `-` followed by a space or a line end: a block sequence entry (`yaml_parser_fetch_next_token`).
    func isBlockEntry(_ index: Int) -> Bool {
        bytes[index] == Byte.dash && isBlankOrEnd(after: index)
    }

    /// Whether a plain scalar starts at `index` in the block context (the last test of
    /// `yaml_parser_fetch_next_token`): any character but the indicators, and `-`, `?`, `:` when
    /// not followed by a blank.
    func startsPlainInBlock(_ index: Int) -> Bool {
        let byte = bytes[index]
        switch byte {
        case Byte.dash, Byte.question, Byte.colon:
            return !isBlankOrEnd(after: index) && bytes[index + 1] != 0x09
        default:
            return Self.startsPlainAnywhere(byte)
        }
    }

    /// The same in a flow collection, where `?` and `:` are always indicators.
    func startsPlainInFlow(_ index: Int) -> Bool {
        let byte = bytes[index]
        if byte == Byte.dash { return !isBlankOrEnd(after: index) && bytes[index + 1] != 0x09 }
        return Self.startsPlainAnywhere(byte)
    }

    /// Not blank, not a line break, not one of `-?:,[]{}#&*!|>'"%@` and backquote.
    static func startsPlainAnywhere(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, Byte.newline, Byte.carriageReturn,
             Byte.dash, Byte.question, Byte.colon, Byte.comma, Byte.openBracket, Byte.closeBracket,
             Byte.openBrace, Byte.closeBrace, Byte.hash, 0x26, 0x2A, 0x21, 0x7C, 0x3E,
             Byte.singleQuote, Byte.doubleQuote, 0x25, 0x40, 0x60:
            return false
        default:
            return true
        }
    }

    // MARK: - Scalars

    /// Reads a plain scalar that starts at `start` until what ends it on this line
    /// (`yaml_parser_scan_plain_scalar`'s inner loop and its `#` check): `:` before a space or the
    /// line end; in a flow collection also `,[]{}`; `#` after spaces; the line end. Spaces inside
    /// are kept as they are, trailing spaces are not part of the text.
    func scanPlain(from start: Int, flow: Bool) throws(Unsupported) -> PlainScan {
        var index = start
        var end = start
        var characters = 0
        while true {
            if index == count { return PlainScan(end: end, stop: index, kind: .lineEnd, characters: characters) }
            let byte = bytes[index]
            if byte >= 0x80 {
                // A run of three-byte characters led by E3…EE (CJK text), which `check` never
                // refuses, in one tight loop.
                if byte &- 0xE3 <= 0x0B {
                    repeat {
                        index += 3
                        characters += 1
                    } while index < count && bytes[index] &- 0xE3 <= 0x0B
                    end = index
                    continue
                }
                // A three-byte character (every CJK one) in one step; only E2 and EF lead the
                // characters `check` refuses.
                if byte >= 0xE0 && byte < 0xF0 {
                    if byte == 0xE2 || byte == 0xEF { try check(at: index) }
                    index += 3
                    characters += 1
                } else {
                    if byte >= 0xC0 {
                        try check(at: index)
                        characters += 1
                    }
                    index += 1
                }
                end = index
                continue
            }
            switch byte {
            case Byte.space:
                var next = index + 1
                while next < count && bytes[next] == Byte.space { next += 1 }
                characters += next - index
                if next < count && bytes[next] == Byte.hash {
                    return PlainScan(end: end, stop: next, kind: .comment, characters: characters)
                }
                index = next
            case Byte.colon:
                if isBlankOrEnd(after: index) {
                    return PlainScan(end: end, stop: index, kind: .colon, characters: characters)
                }
                if flow {
                    // libyaml's "found unexpected ':'" in a flow collection.
                    switch bytes[index + 1] {
                    case Byte.comma, Byte.question, Byte.openBracket, Byte.closeBracket, Byte.openBrace, Byte.closeBrace:
                        throw Unsupported()
                    default:
                        break
                    }
                }
                index += 1
                end = index
                characters += 1
            case Byte.newline:
                return PlainScan(end: end, stop: index, kind: .lineEnd, characters: characters)
            case Byte.carriageReturn:
                guard isLineEnd(index) else { throw Unsupported() }
                return PlainScan(end: end, stop: index, kind: .lineEnd, characters: characters)
            case Byte.comma, Byte.openBracket, Byte.closeBracket, Byte.openBrace, Byte.closeBrace:
                if flow { return PlainScan(end: end, stop: index, kind: .flowIndicator, characters: characters) }
                index += 1
                end = index
                characters += 1
            default:
                try check(at: index)
                index += 1
                end = index
                characters += 1
            }
        }
    }

    /// Reads a quoted scalar opening at `start` and closing on the same line
    /// (`yaml_parser_scan_flow_scalar` without its line folding), adds it, and returns the offset
    /// after the closing quote and the characters read.
    mutating func quotedScalar(at start: Int, line: Int32, column: Int) throws(Unsupported) -> (end: Int, characters: Int) {
        let quote = bytes[start]
        let single = quote == Byte.singleQuote
        var index = start + 1
        var characters = 1
        var escaped = false
        while true {
            guard index < count else { throw Unsupported() }
            let byte = bytes[index]
            if byte == quote {
                // `''` in a single-quoted scalar is one quote.
                if single && index + 1 < count && bytes[index + 1] == Byte.singleQuote {
                    escaped = true
                    index += 2
                    characters += 2
                    continue
                }
                break
            }
            if byte == Byte.newline || byte == Byte.carriageReturn { throw Unsupported() }  // multi-line
            if byte == Byte.backslash && !single {
                guard index + 1 < count, Self.escape(bytes[index + 1]) != nil else { throw Unsupported() }
                escaped = true
                index += 2
                characters += 2
                continue
            }
            if byte != Byte.space { try check(at: index) }
            if byte & 0xC0 != 0x80 { characters += 1 }
            index += 1
        }
        let id: Int32
        if escaped {
            scratch.removeAll(keepingCapacity: true)
            var offset = start + 1
            while offset < index {
                let byte = bytes[offset]
                if single && byte == Byte.singleQuote {
                    scratch.append(Byte.singleQuote)
                    offset += 2
                } else if !single && byte == Byte.backslash {
                    scratch.append(Self.escape(bytes[offset + 1])!)
                    offset += 2
                } else {
                    scratch.append(byte)
                    offset += 1
                }
            }
            id = scratch.withUnsafeBufferPointer { text in
                builder.addScalar(text, line: line, column: Int32(column + 1), tag: nil, anchor: nil)
            }
        } else {
            id = builder.addScalar(UnsafeBufferPointer(start: bytes + start + 1, count: index - start - 1),
                                   line: line, column: Int32(column + 1), tag: nil, anchor: nil)
        }
        _ = builder.complete(id)
        return (index + 1, characters + 1)
    }

    /// The byte a double-quoted escape `\x` stands for, for the one-byte escapes read here.
    static func escape(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30: 0x00  // \0
        case 0x61: 0x07  // \a
        case 0x62: 0x08  // \b
        case 0x74: 0x09  // \t
        case 0x6E: 0x0A  // \n
        case 0x76: 0x0B  // \v
        case 0x66: 0x0C  // \f
        case 0x72: 0x0D  // \r
        case 0x65: 0x1B  // \e
        case Byte.space: Byte.space
        case Byte.doubleQuote: Byte.doubleQuote
        case 0x2F: 0x2F  // \/
        case Byte.backslash: Byte.backslash
        default: nil
        }
    }

    /// Adds the plain scalar `start..<end` of the current line.
    mutating func plainScalar(from start: Int, to end: Int, line: Int32, column: Int) {
        let id = builder.addScalar(UnsafeBufferPointer(start: bytes + start, count: end - start),
                                   line: line, column: Int32(column + 1), tag: nil, anchor: nil)
        _ = builder.complete(id)
    }

    /// Adds the empty scalar libyaml makes for a missing value (`yaml_parser_process_empty_scalar`).
    mutating func emptyScalar(line: Int32, column: Int) {
        let id = builder.addScalar(UnsafeBufferPointer(start: nil, count: 0),
                                   line: line, column: Int32(column + 1), tag: nil, anchor: nil)
        _ = builder.complete(id)
    }

    // MARK: - Collections

    mutating func open(isMapping: Bool, line: Int32, column: Int) throws(Unsupported) {
        guard builder.depth < Self.maximumDepth else { throw Unsupported() }
        builder.openCollection(isMapping: isMapping, line: line, column: Int32(column + 1), tag: nil, anchor: nil)
    }

    mutating func close() throws(Unsupported) {
        // A duplicate key: libyaml's path words the error.
        guard let id = try? builder.closeCollection() else { throw Unsupported() }
        _ = builder.complete(id)
    }

    /// The block mapping whose first key starts at `keyStart` on the current line, at column
    /// `column`; its other keys start lines indented by exactly `column`. On return the current
    /// line is the first one after it (less indented, or none).
    mutating func blockMapping(keyStart firstKey: Int, column: Int) throws(Unsupported) {
        try open(isMapping: true, line: lineNumber, column: column)
        var keyStart = firstKey
        while true {
            guard startsPlainInBlock(keyStart) else { throw Unsupported() }
            let key = try scanPlain(from: keyStart, flow: false)
            guard key.kind == .colon, key.stop - keyStart <= Self.maximumKeyBytes else { throw Unsupported() }
            plainScalar(from: keyStart, to: key.end, line: lineNumber, column: column)
            try mappingValue(after: key.stop + 1, column: column + key.characters + 1, mappingColumn: column)
            if atEnd || indent < column { break }
            // A line between this mapping's column and that of a mapping nested in it, or one
            // more indented after a value on the key's line, is an error or a continuation line.
            guard indent == column else { throw Unsupported() }
            keyStart = lineStart + indent
        }
        try close()
    }

    /// The value after the `:` of a key (`offset` is right after it, at column `column`) of the
    /// block mapping at `mappingColumn` (`yaml_parser_parse_block_mapping_value`).
    mutating func mappingValue(after offset: Int, column: Int, mappingColumn: Int) throws(Unsupported) {
        var index = offset
        while index < count && bytes[index] == Byte.space { index += 1 }
        if isLineEnd(index) || bytes[index] == Byte.hash {
            // Nothing on the key's line: the value is on the lines below, or empty at the `:`'s end.
            let line = lineNumber
            try finishLine(from: index)
            if atEnd || indent < mappingColumn {
                emptyScalar(line: line, column: column)
            } else if indent == mappingColumn {
                if isBlockEntry(lineStart + indent) {
                    // A sequence at the mapping's own indentation (`parse_node` with `indentless_sequence`).
                    try sequence(column: indent, indentless: true)
                } else {
                    emptyScalar(line: line, column: column)  // the next key follows
                }
            } else {
                try nodeOnItsLine(column: indent, parentColumn: mappingColumn)
            }
            return
        }
        try inlineValue(at: index, column: column + (index - offset), parentColumn: mappingColumn)
    }

    /// A node starting a line, at `column`, below a key of the mapping at `parentColumn`: a block
    /// sequence, a block mapping, or a one-line plain scalar.
    mutating func nodeOnItsLine(column: Int, parentColumn: Int) throws(Unsupported) {
        let start = lineStart + indent
        if isBlockEntry(start) {
            try sequence(column: column, indentless: false)
            return
        }
        guard startsPlainInBlock(start) else { throw Unsupported() }
        let scan = try scanPlain(from: start, flow: false)
        if scan.kind == .colon {
            try blockMapping(keyStart: start, column: column)
            return
        }
        plainScalar(from: start, to: scan.end, line: lineNumber, column: column)
        try finishLine(from: scan.stop)
        // A plain scalar goes on over lines indented more than the mapping (libyaml's `indent`).
        guard atEnd || indent <= parentColumn else { throw Unsupported() }
    }

    /// A value on the line of its key or sequence entry, at `index` (`column`): a quoted scalar, a
    /// flow mapping or a plain scalar, then the rest of the line. `parentColumn` is the
    /// indentation libyaml holds (the mapping's column, or the `-`'s): the next content line must
    /// not be indented more, or it would continue a plain scalar (or be an error).
    mutating func inlineValue(at index: Int, column: Int, parentColumn: Int) throws(Unsupported) {
        let byte = bytes[index]
        let end: Int
        if byte == Byte.doubleQuote || byte == Byte.singleQuote {
            end = try quotedScalar(at: index, line: lineNumber, column: column).end
        } else if byte == Byte.openBrace {
            end = try flowMapping(at: index, column: column)
        } else {
            guard startsPlainInBlock(index) else { throw Unsupported() }
            let scan = try scanPlain(from: index, flow: false)
            // `key: a: b` (a mapping on the value's line) is libyaml's to word.
            guard scan.kind != .colon else { throw Unsupported() }
            plainScalar(from: index, to: scan.end, line: lineNumber, column: column)
            end = scan.stop
        }
        try finishLine(from: end)
        guard atEnd || indent <= parentColumn else { throw Unsupported() }
    }

    /// A block sequence whose `-` entries start lines indented by `column` (the current line is
    /// its first). An indentless one (at its mapping's column) ends at a line that is not an
    /// entry; another at a less indented line.
    mutating func sequence(column: Int, indentless: Bool) throws(Unsupported) {
        try open(isMapping: false, line: lineNumber, column: column)
        while true {
            try sequenceEntry(dash: lineStart + indent, column: column)
            if atEnd || indent < column { break }
            guard indent == column else { throw Unsupported() }
            if !isBlockEntry(lineStart + indent) {
                // A key of the mapping an indentless sequence is a value of; anything else is an error.
                guard indentless else { throw Unsupported() }
                break
            }
        }
        try close()
    }

    /// The entry whose `-` is at `dash` (`column`): a value on the same line, or a mapping
    /// starting there (`- key: value`, libyaml's compact nested mapping).
    mutating func sequenceEntry(dash: Int, column: Int) throws(Unsupported) {
        var index = dash + 1
        while index < count && bytes[index] == Byte.space { index += 1 }
        // `-` alone (value below or empty) and `- - x` are left to libyaml.
        guard !isLineEnd(index), bytes[index] != Byte.hash, !isBlockEntry(index) else { throw Unsupported() }
        let valueColumn = column + (index - dash)
        let byte = bytes[index]
        if byte != Byte.doubleQuote && byte != Byte.singleQuote && byte != Byte.openBrace
            && startsPlainInBlock(index), try scanPlain(from: index, flow: false).kind == .colon {
            try blockMapping(keyStart: index, column: valueColumn)
            return
        }
        try inlineValue(at: index, column: valueColumn, parentColumn: column)
    }

    /// A flow mapping `{key: value, …}` opening at `start` (`column`) and closing on the same line;
    /// the offset after its `}`.
    mutating func flowMapping(at start: Int, column: Int) throws(Unsupported) -> Int {
        let line = lineNumber
        try open(isMapping: true, line: line, column: column)
        var index = start + 1
        var indexColumn = column + 1
        func skipSpaces() {
            while index < count && bytes[index] == Byte.space {
                index += 1
                indexColumn += 1
            }
        }
        skipSpaces()
        if index < count && bytes[index] == Byte.closeBrace {
            try close()
            return index + 1
        }
        while true {
            // A plain key, `: `, a value, then `,` and the next key or `}`.
            guard index < count, startsPlainInFlow(index) else { throw Unsupported() }
            let key = try scanPlain(from: index, flow: true)
            guard key.kind == .colon, key.stop - index <= Self.maximumKeyBytes,
                  key.stop + 1 < count, bytes[key.stop + 1] == Byte.space else { throw Unsupported() }
            plainScalar(from: index, to: key.end, line: line, column: indexColumn)
            indexColumn += key.characters + 1
            index = key.stop + 1
            skipSpaces()
            guard index < count else { throw Unsupported() }
            let byte = bytes[index]
            if byte == Byte.doubleQuote || byte == Byte.singleQuote {
                let quoted = try quotedScalar(at: index, line: line, column: indexColumn)
                index = quoted.end
                indexColumn += quoted.characters
                skipSpaces()
            } else {
                guard startsPlainInFlow(index) else { throw Unsupported() }
                let value = try scanPlain(from: index, flow: true)
                guard value.kind == .flowIndicator else { throw Unsupported() }
                plainScalar(from: index, to: value.end, line: line, column: indexColumn)
                index = value.stop
                indexColumn += value.characters
            }
            guard index < count else { throw Unsupported() }
            if bytes[index] == Byte.closeBrace { break }
            guard bytes[index] == Byte.comma else { throw Unsupported() }
            index += 1
            indexColumn += 1
            skipSpaces()
        }
        try close()
        return index + 1
    }
}
