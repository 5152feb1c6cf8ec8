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

    struct Node {
        var kind: Kind
        /// True when the node carries an anchor (`&name`); aliases to it share the flag.
        var anchored: Bool
        /// True for a scalar written as a mapping key whose text is `PlainText`, where `String ==`
        /// is byte equality: the duplicate-key check compares such keys by bytes.
        var plainKey: Bool
        /// Where the node's first event starts (its anchor or tag when it has one), from 1 as Yams counts.
        var line: Int32
        var column: Int32
        /// The scalar's value as Yams's `Node.Scalar.string` has it; empty for collections.
        var text: String
        /// The tag as Yams resolves it with the basic resolver, nil for the kind's default
        /// (`!!str`, `!!map`, `!!seq`: no tag, the non-specific `!`, or a quoted scalar).
        /// Only duplicate-key detection looks at it.
        var tag: String?
        /// This node's children in `YAMLDocument.children`: keys and values alternating for a mapping.
        var childStart: Int32
        var childEnd: Int32
    }

    var nodes: [Node]
    /// Children of every collection, each collection's contiguous.
    var children: [Int32]
    let root: ID

    func kind(_ id: ID) -> Kind { nodes[id].kind }
    func isAnchored(_ id: ID) -> Bool { nodes[id].anchored }
    func text(_ id: ID) -> String { nodes[id].text }

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
