import JixiaoModel

/// One YAML document as flat arrays: what `ProjectWalker` needs of Yams's `Node` tree (kind,
/// scalar text, start mark, whether an anchor is involved, children in order) without a class per
/// event and tag or enum copies with reference counting.
///
/// Nodes are addressed by index (`YAMLDocument.ID`). An alias is the index of the node its anchor
/// named, as Yams returns the anchored `Node` itself: the walker then sees an anchored node at the
/// anchor's mark.
struct YAMLDocument {
    typealias ID = Int

    enum Kind: UInt8 {
        case scalar, mapping, sequence
    }

    /// One node: a plain value without references, so the node array copies and grows cheaply.
    struct Node: Equatable {
        var kind: Kind
        /// True when the node carries an anchor (`&name`); aliases to it share the flag.
        var anchored: Bool
        /// True for a scalar written as a mapping key whose text is `PlainText`, where `String ==`
        /// is byte equality: the duplicate-key check compares such keys by bytes.
        var plainKey: Bool
        /// Where the node's first event starts (its anchor or tag when it has one), from 1 as Yams counts.
        var line: Int32
        var column: Int32
        /// The scalar's value as Yams's `Node.Scalar.string` has it, as `utf8[textStart..<textEnd]`;
        /// empty for collections.
        var textStart: Int32
        var textEnd: Int32
        /// This node's children in `YAMLDocument.children`: keys and values alternating for a mapping.
        var childStart: Int32
        var childEnd: Int32
    }

    var nodes: [Node]
    /// Children of every collection, each collection's contiguous.
    var children: [Int32]
    /// The UTF-8 of every scalar's text, one after the other: a `String` is made only for the
    /// texts the walker keeps.
    var utf8: [UInt8]
    /// The tag of each node that has one as Yams resolves it with the basic resolver, other than
    /// the kind's default (`!!str`, `!!map`, `!!seq`: no tag, the non-specific `!`, or a quoted
    /// scalar). Only duplicate-key detection looks at tags.
    var tags: [Int32: String]
    let root: ID

    func kind(_ id: ID) -> Kind { nodes[id].kind }
    func isAnchored(_ id: ID) -> Bool { nodes[id].anchored }
    /// The scalar's text (empty for a collection), made anew at each call.
    func text(_ id: ID) -> String {
        withUTF8(id) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 of the scalar's text.
    func withUTF8<Result>(_ id: ID, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let node = nodes[id]
        return try utf8.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[Int(node.textStart)..<Int(node.textEnd)]))
        }
    }

    func tag(_ id: ID) -> String? {
        tags.isEmpty ? nil : tags[Int32(id)]
    }

    func location(_ id: ID) -> SourceLocation {
        SourceLocation(line: Int(nodes[id].line), column: Int(nodes[id].column))
    }

    /// The items of a sequence (or keys and values of a mapping, alternating).
    func items(_ id: ID) -> Items {
        Items(children: children, start: Int(nodes[id].childStart), end: Int(nodes[id].childEnd))
    }

    /// The key/value pairs of a mapping, in file order.
    func pairs(_ id: ID) -> Pairs {
        Pairs(children: children, start: Int(nodes[id].childStart), end: Int(nodes[id].childEnd))
    }

    struct Items: Sequence, IteratorProtocol {
        let children: [Int32]
        var start: Int
        let end: Int

        mutating func next() -> ID? {
            guard start < end else { return nil }
            defer { start += 1 }
            return Int(children[start])
        }
    }

    struct Pairs: Sequence, IteratorProtocol {
        let children: [Int32]
        var start: Int
        let end: Int

        mutating func next() -> (key: ID, value: ID)? {
            guard start + 1 < end else { return nil }
            defer { start += 2 }
            return (Int(children[start]), Int(children[start + 1]))
        }
    }
}
