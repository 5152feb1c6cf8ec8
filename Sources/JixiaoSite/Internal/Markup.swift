/// A tiny HTML/SVG node tree whose text and attribute values are always escaped.
///
/// Plot 0.14 writes attribute values without escaping, so a file's text could break out of an
/// attribute there; this builder escapes both, and raw markup needs the explicit `.trusted` case.
///
/// Not `indirect`: the children array already gives the indirection, and a box per node was a
/// large share of all allocations of a build.
enum Markup {
    case element(String, [MarkupAttribute], [Markup])
    /// An element holding only text (the commonest node; spares the one-element children array).
    case textElement(String, [MarkupAttribute], String)
    /// An element without content or end tag (`<meta>`, `<input>`, `<br>`).
    case void(String, [MarkupAttribute])
    case text(String)
    /// Markup written by this module itself (doctype, rows rendered earlier); never text from a file.
    case trusted(String)
    /// Already rendered markup as UTF-8 bytes (cached per-project rows); never text from a file.
    case trustedBytes([UInt8])
    case group([Markup])

    static let empty = Markup.group([])

    /// Appends the rendered markup as UTF-8 to `output` (bytes, not String: appending bytes is a
    /// memcpy, while String concatenation builds temporaries; this renders every page).
    func render(into output: inout [UInt8]) {
        switch self {
        case let .element(name, attributes, children):
            output.append(UInt8(ascii: "<"))
            output.append(contentsOf: name.utf8)
            for attribute in attributes { attribute.render(into: &output) }
            output.append(UInt8(ascii: ">"))
            for child in children { child.render(into: &output) }
            output.append(UInt8(ascii: "<"))
            output.append(UInt8(ascii: "/"))
            output.append(contentsOf: name.utf8)
            output.append(UInt8(ascii: ">"))
        case let .textElement(name, attributes, text):
            output.append(UInt8(ascii: "<"))
            output.append(contentsOf: name.utf8)
            for attribute in attributes { attribute.render(into: &output) }
            output.append(UInt8(ascii: ">"))
            Self.appendEscaped(text, to: &output)
            output.append(UInt8(ascii: "<"))
            output.append(UInt8(ascii: "/"))
            output.append(contentsOf: name.utf8)
            output.append(UInt8(ascii: ">"))
        case let .void(name, attributes):
            output.append(UInt8(ascii: "<"))
            output.append(contentsOf: name.utf8)
            for attribute in attributes { attribute.render(into: &output) }
            output.append(UInt8(ascii: ">"))
        case let .text(text):
            Self.appendEscaped(text, to: &output)
        case let .trusted(markup):
            output.append(contentsOf: markup.utf8)
        case let .trustedBytes(bytes):
            output.append(contentsOf: bytes)
        case let .group(children):
            for child in children { child.render(into: &output) }
        }
    }

    /// The rendered markup as UTF-8 bytes.
    var bytes: [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        render(into: &output)
        return output
    }

    var rendered: String { String(decoding: bytes, as: UTF8.self) }

    /// Escapes the five characters that matter in text and in quoted attribute values.
    static func escape(_ text: String) -> String {
        var output: [UInt8] = []
        appendEscaped(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `text` escaped; text without any of `&<>"'` (most of it) is copied in one go. The five
    /// are ASCII, so scanning UTF-8 bytes never splits a character.
    static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in 0..<bytes.count {
                let replacement: StaticString
                switch bytes[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
    }
}
