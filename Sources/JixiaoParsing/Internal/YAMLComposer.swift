import CYaml
import JixiaoModel

/// Composes the one document of a YAML text straight from libyaml's event API into a
/// `YAMLDocument`, replacing Yams's `Parser.singleRoot()` (a class per event, a `Tag` per node,
/// `Node` enum copies, and a duplicate-key check that hashed every key with NFC normalisation).
///
/// It makes the same libyaml calls in the same order as Yams 6.2.2 with `encoding: .utf8` and
/// the basic resolver, and fails where Yams would throw with the same fields, so that
/// `YAMLErrorTranslation` gives the same diagnostics:
/// - an empty stream is no document (nil);
/// - a second document is a composer error “but found another document” at its start, with the
///   context “expected a single document in the stream” at 1:1;
/// - an alias names the latest node *completed* with that anchor (so `&a [*a]` is undefined),
///   else it is a composer error “found undefined alias” at the alias;
/// - when a mapping ends, equal keys (Yams's `Node ==`: same kind, text by `String ==`, resolved
///   tag, children) are an error naming the least duplicated key by Yams's `Node <`, at its first
///   occurrence.
/// Unlike Yams it composes without recursion, so deep nesting cannot exhaust the stack.
enum YAMLComposer {
    /// The document of `text`, nil when the stream has none.
    static func compose(_ text: String) throws(YAMLProblem) -> YAMLDocument? {
        let result = text.utf8.withContiguousStorageIfAvailable(compose(bytes:))
            ?? Array(text.utf8).withUnsafeBufferPointer(compose(bytes:))
        return try result.get()
    }

    private static func compose(bytes: UnsafeBufferPointer<UInt8>) -> Result<YAMLDocument?, YAMLProblem> {
        guard let start = bytes.baseAddress else {
            // libyaml asserts a non-null input even when it is empty.
            let empty: [UInt8] = [0]
            return empty.withUnsafeBufferPointer { compose(start: $0.baseAddress!, count: 0) }
        }
        return compose(start: start, count: bytes.count)
    }

    private static func compose(start: UnsafePointer<UInt8>, count: Int) -> Result<YAMLDocument?, YAMLProblem> {
        var events = EventStream(start: start, count: count)
        do {
            return .success(try compose(&events))
        } catch {
            return .failure(error)
        }
    }

    /// `Parser.init` (drops STREAM-START) followed by `singleRoot()`.
    private static func compose(_ events: inout EventStream) throws(YAMLProblem) -> YAMLDocument? {
        try events.next()  // STREAM-START
        try events.next()
        if events.type == YAML_STREAM_END_EVENT { return nil }
        try events.next()  // the root's first event, after DOCUMENT-START
        var builder = Builder()
        let root = try builder.composeNode(&events)
        try events.next()  // DOCUMENT-END
        try events.next()
        if events.type != YAML_STREAM_END_EVENT {
            throw .syntax(context: .init(text: "expected a single document in the stream", mark: .init(line: 1, column: 1)),
                          problem: "but found another document", mark: events.startMark)
        }
        return builder.document.document(root: root)
    }
}

/// One libyaml parser over a UTF-8 buffer and its current event; both freed when it goes away.
private struct EventStream: ~Copyable {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    let event: UnsafeMutablePointer<yaml_event_t>

    init(start: UnsafePointer<UInt8>, count: Int) {
        parser = .allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        event = .allocate(capacity: 1)
        event.initialize(to: yaml_event_t())
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, start, count)
    }

    deinit {
        yaml_event_delete(event)
        yaml_parser_delete(parser)
        event.deallocate()
        parser.deallocate()
    }

    var type: yaml_event_type_t { event.pointee.type }
    var startMark: YAMLProblem.Mark { Self.mark(event.pointee.start_mark) }

    /// Replaces the current event with the next one.
    mutating func next() throws(YAMLProblem) {
        yaml_event_delete(event)
        guard yaml_parser_parse(parser, event) == 1 else { throw problem() }
    }

    /// `YamlError(from: parser, with:)`, reduced to what the translation reads.
    private func problem() -> YAMLProblem {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? ""
        switch state.error {
        case YAML_MEMORY_ERROR:
            return .memory
        case YAML_READER_ERROR:
            return .reader(problem: problem)
        default:  // scanner, parser (Yams would stop the process on an unknown kind)
            let context = state.context.map {
                YAMLProblem.Context(text: String(cString: $0), mark: Self.mark(state.context_mark))
            }
            return .syntax(context: context, problem: problem, mark: Self.mark(state.problem_mark))
        }
    }

    /// Yams's `Mark`: libyaml counts from 0.
    static func mark(_ mark: yaml_mark_t) -> YAMLProblem.Mark {
        YAMLProblem.Mark(line: mark.line + 1, column: mark.column + 1)
    }
}

/// Composes libyaml's events for one node into a `YAMLDocumentBuilder`.
private struct Builder {
    var document = YAMLDocumentBuilder()

    /// Composes the node whose first event is current; on return its last event is current.
    mutating func composeNode(_ events: inout EventStream) throws(YAMLProblem) -> YAMLDocument.ID {
        while true {
            let event = events.event
            let completed: Int32
            switch event.pointee.type {
            case YAML_SCALAR_EVENT:
                completed = addScalar(event.pointee)
            case YAML_ALIAS_EVENT:
                let name = String(cString: event.pointee.data.alias.anchor)
                guard let target = document.anchors[name] else {
                    throw .syntax(context: nil, problem: "found undefined alias", mark: EventStream.mark(event.pointee.start_mark))
                }
                completed = target
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                openCollection(event.pointee)
                try events.next()
                continue
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                completed = try document.closeCollection()
            default:
                // libyaml never sends another event inside a document (Yams stops the process here).
                throw .syntax(context: nil, problem: "unexpected event", mark: EventStream.mark(event.pointee.start_mark))
            }
            if !document.complete(completed) { return Int(completed) }
            try events.next()
        }
    }

    private mutating func addScalar(_ event: yaml_event_t) -> Int32 {
        let scalar = event.data.scalar
        let tag = scalar.quoted_implicit == 1 ? nil : Self.explicitTag(scalar.tag, default: "tag:yaml.org,2002:str")
        return document.addScalar(
            Self.textBytes(scalar.value, count: scalar.length),
            line: Int32(truncatingIfNeeded: event.start_mark.line + 1),
            column: Int32(truncatingIfNeeded: event.start_mark.column + 1),
            tag: tag, anchor: scalar.anchor.map { String(cString: $0) })
    }

    private mutating func openCollection(_ event: yaml_event_t) {
        let isMapping = event.type == YAML_MAPPING_START_EVENT
        // The two start events have the same layout; Yams reads the tag through `sequence_start`.
        let start = event.data.sequence_start
        let tag = start.implicit != 0
            ? nil : Self.explicitTag(start.tag, default: isMapping ? "tag:yaml.org,2002:map" : "tag:yaml.org,2002:seq")
        document.openCollection(
            isMapping: isMapping,
            line: Int32(truncatingIfNeeded: event.start_mark.line + 1),
            column: Int32(truncatingIfNeeded: event.start_mark.column + 1),
            tag: tag, anchor: start.anchor.map { String(cString: $0) })
    }

    /// The UTF-8 of a scalar's text as Yams makes it with `String(bytes:encoding: .utf8)`, which
    /// drops one leading byte order mark (a `"\uFEFF…"` scalar, or a plain one starting with U+FEFF).
    private static func textBytes(_ value: UnsafeMutablePointer<yaml_char_t>?, count: Int) -> UnsafeBufferPointer<UInt8> {
        guard let value, count > 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
        let bytes = UnsafeBufferPointer(start: UnsafePointer(value), count: count)
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return UnsafeBufferPointer(rebasing: bytes[3...])
        }
        return bytes
    }

    /// The tag as Yams resolves it (basic resolver), nil when that is the kind's default.
    private static func explicitTag(_ pointer: UnsafeMutablePointer<yaml_char_t>?, default defaultTag: String) -> String? {
        guard let pointer,
              let tag = String.decodeCString(pointer, as: UTF8.self, repairingInvalidCodeUnits: true)?.result
        else { return nil }
        return tag.isEmpty || tag == "!" || tag == defaultTag ? nil : tag
    }
}

/// The document under construction and the collections still open: what `YAMLComposer` (from
/// libyaml's events) and `YAMLFastComposer` (from its own reading of the simple subset) share, so
/// that both make the same node records and check duplicate keys the same way.
struct YAMLDocumentBuilder {
    private(set) var nodes: [YAMLDocument.Node] = []
    private(set) var children: [Int32] = []
    private var utf8: [UInt8] = []
    private var tags: [Int32: String] = [:]
    /// Children of the open collections, concatenated; moved to `children` when one closes.
    private var pending: [Int32] = []
    private var open: [Frame] = []
    private(set) var anchors: [String: Int32] = [:]

    private struct Frame {
        var node: Int32
        var isMapping: Bool
        var pendingStart: Int
        var anchor: String?
    }

    /// `textCapacity`: about how many bytes of text the scalars will have.
    init(textCapacity: Int = 0) {
        nodes.reserveCapacity(128)
        children.reserveCapacity(128)
        pending.reserveCapacity(64)
        utf8.reserveCapacity(textCapacity)
    }

    /// The number of collections open.
    var depth: Int { open.count }

    /// Adds a scalar with the given text; its id.
    mutating func addScalar(_ bytes: UnsafeBufferPointer<UInt8>, line: Int32, column: Int32, tag: String?, anchor: String?) -> Int32 {
        let isKey = open.last.map { $0.isMapping && (pending.count - $0.pendingStart) % 2 == 0 } ?? false
        let id = Int32(nodes.count)
        let start = Int32(utf8.count)
        utf8.append(contentsOf: bytes)
        nodes.append(YAMLDocument.Node(
            kind: .scalar, anchored: anchor != nil, plainKey: isKey && PlainText.isPlain(utf8: bytes),
            line: line, column: column, textStart: start, textEnd: Int32(utf8.count), childStart: 0, childEnd: 0))
        if let tag { tags[id] = tag }
        if let anchor { anchors[anchor] = id }
        return id
    }

    /// Opens a mapping or sequence; its children are the nodes completed until it closes.
    mutating func openCollection(isMapping: Bool, line: Int32, column: Int32, tag: String?, anchor: String?) {
        let id = Int32(nodes.count)
        let start = Int32(utf8.count)
        nodes.append(YAMLDocument.Node(
            kind: isMapping ? .mapping : .sequence, anchored: anchor != nil, plainKey: false,
            line: line, column: column, textStart: start, textEnd: start, childStart: 0, childEnd: 0))
        if let tag { tags[id] = tag }
        open.append(Frame(node: id, isMapping: isMapping, pendingStart: pending.count, anchor: anchor))
    }

    /// Closes the innermost open collection (checking a mapping's keys); its id.
    mutating func closeCollection() throws(YAMLProblem) -> Int32 {
        let frame = open.removeLast()
        if frame.isMapping {
            try checkDuplicateKeys(from: frame.pendingStart)
        }
        nodes[Int(frame.node)].childStart = Int32(children.count)
        children.append(contentsOf: pending[frame.pendingStart...])
        nodes[Int(frame.node)].childEnd = Int32(children.count)
        pending.removeSubrange(frame.pendingStart...)
        if let anchor = frame.anchor { anchors[anchor] = frame.node }
        return frame.node
    }

    /// Makes the completed node `id` the next child of the innermost open collection; false when
    /// none is open (`id` is the root).
    mutating func complete(_ id: Int32) -> Bool {
        if open.isEmpty { return false }
        pending.append(id)
        return true
    }

    /// The document with root `root`.
    func document(root: YAMLDocument.ID) -> YAMLDocument {
        YAMLDocument(nodes: nodes, children: children, utf8: utf8, tags: tags, root: root)
    }

    private func text(_ id: Int) -> String {
        let node = nodes[id]
        return String(decoding: utf8[Int(node.textStart)..<Int(node.textEnd)], as: UTF8.self)
    }

    private func tag(_ id: Int) -> String? {
        tags.isEmpty ? nil : tags[Int32(id)]
    }

    // MARK: - Duplicate keys

    /// Throws Yams's duplicate-key error when two keys of the mapping whose pairs start at
    /// `pendingStart` are equal.
    ///
    /// Mappings are small: keys are compared pairwise, by bytes when both are plain text
    /// (`PlainText`, where `String ==` is byte equality) instead of hashing each Chinese key with
    /// NFC normalisation as Yams does. Large mappings are bucketed by a hash first.
    private mutating func checkDuplicateKeys(from pendingStart: Int) throws(YAMLProblem) {
        let keyCount = (pending.count - pendingStart) / 2
        guard keyCount >= 2 else { return }
        var duplicated: [Int] = []  // key positions: the first of each group of equal keys
        if keyCount <= 16 {
            for later in 1..<keyCount {
                for earlier in 0..<later where keysEqual(earlier, later, pendingStart) {
                    if !duplicated.contains(earlier) { duplicated.append(earlier) }
                    break
                }
            }
        } else {
            var buckets: [Int: [Int]] = [:]
            for later in 0..<keyCount {
                let hash = keyHash(Int(pending[pendingStart + 2 * later]))
                let earlier = buckets[hash]?.first { keysEqual($0, later, pendingStart) }
                if let earlier {
                    if !duplicated.contains(earlier) { duplicated.append(earlier) }
                } else {
                    buckets[hash, default: []].append(later)
                }
            }
        }
        guard !duplicated.isEmpty else { return }
        // Yams sorts the groups' first keys with `Node <` and reports the least; among keys it
        // cannot order (equal text, or different kinds) its order follows a Dictionary's, which
        // changes from run to run; here the earliest in the file wins.
        var least = Int(pending[pendingStart + 2 * duplicated[0]])
        for position in duplicated.dropFirst() {
            let candidate = Int(pending[pendingStart + 2 * position])
            if order(candidate, least, depth: 0) == .less { least = candidate }
        }
        let node = nodes[least]
        throw .duplicateKey(key: yamsString(least) ?? "<uncovertable>",
                            firstMark: .init(line: Int(node.line), column: Int(node.column)))
    }

    private func keysEqual(_ first: Int, _ second: Int, _ pendingStart: Int) -> Bool {
        let a = Int(pending[pendingStart + 2 * first])
        let b = Int(pending[pendingStart + 2 * second])
        let left = nodes[a], right = nodes[b]
        if left.plainKey && right.plainKey {
            return sameBytes(left, right) && tag(a) == tag(b)
        }
        return equal(a, b)
    }

    private func sameBytes(_ left: YAMLDocument.Node, _ right: YAMLDocument.Node) -> Bool {
        let count = Int(left.textEnd - left.textStart)
        guard count == Int(right.textEnd - right.textStart) else { return false }
        return utf8.withUnsafeBufferPointer { all in
            let leftStart = Int(left.textStart), rightStart = Int(right.textStart)
            for offset in 0..<count where all[leftStart + offset] != all[rightStart + offset] { return false }
            return true
        }
    }

    /// A hash that equal keys share (`String`'s own hash follows `String ==`).
    private func keyHash(_ id: Int) -> Int {
        var hasher = Hasher()
        let node = nodes[id]
        hasher.combine(node.kind)
        hasher.combine(tag(id))
        if node.kind == .scalar {
            hasher.combine(text(id))
        } else {
            hasher.combine(node.childEnd - node.childStart)
        }
        return hasher.finalize()
    }

    /// Yams's `Node ==` (kind, resolved tag, then text by `String ==` or children in order),
    /// without recursion.
    private func equal(_ a: Int, _ b: Int) -> Bool {
        var work = [(a, b)]
        while let (a, b) = work.popLast() {
            if a == b { continue }
            let left = nodes[a], right = nodes[b]
            guard left.kind == right.kind, tag(a) == tag(b) else { return false }
            if left.kind == .scalar {
                guard text(a) == text(b) else { return false }
                continue
            }
            guard left.childEnd - left.childStart == right.childEnd - right.childStart else { return false }
            for offset in 0..<Int(left.childEnd - left.childStart) {
                work.append((Int(children[Int(left.childStart) + offset]), Int(children[Int(right.childStart) + offset])))
            }
        }
        return true
    }

    private enum Order { case less, greater, unordered }

    /// Yams's `Node <` as a three-way comparison: scalars by `String <` of their text, mappings
    /// by their keys, sequences by their items, each lexicographically and then by count; nodes of
    /// different kinds are unordered. Keys nested deeper than 256 levels count as unordered.
    private func order(_ a: Int, _ b: Int, depth: Int) -> Order {
        let left = nodes[a], right = nodes[b]
        guard left.kind == right.kind, depth < 256 else { return .unordered }
        if left.kind == .scalar {
            let leftText = text(a), rightText = text(b)
            return leftText < rightText ? .less : rightText < leftText ? .greater : .unordered
        }
        let step = left.kind == .mapping ? 2 : 1  // a mapping's pairs compare by key only
        let leftCount = Int(left.childEnd - left.childStart) / step
        let rightCount = Int(right.childEnd - right.childStart) / step
        for index in 0..<min(leftCount, rightCount) {
            let result = order(Int(children[Int(left.childStart) + step * index]),
                               Int(children[Int(right.childStart) + step * index]), depth: depth + 1)
            if result != .unordered { return result }
        }
        return leftCount < rightCount ? .less : rightCount < leftCount ? .greater : .unordered
    }

    /// Yams's `Node.string`: a scalar's text; for a mapping, that of the value of its first key
    /// tagged `!!value`; nil otherwise.
    private func yamsString(_ id: Int) -> String? {
        var id = id
        for _ in 0..<256 {
            let node = nodes[id]
            switch node.kind {
            case .scalar:
                return text(id)
            case .sequence:
                return nil
            case .mapping:
                let pairs = YAMLDocument.Pairs(children: children, start: Int(node.childStart), end: Int(node.childEnd))
                guard let pair = pairs.first(where: { tag($0.key) == "tag:yaml.org,2002:value" }) else { return nil }
                id = pair.value
            }
        }
        return nil
    }
}
