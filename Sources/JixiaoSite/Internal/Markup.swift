/// A tiny HTML/SVG node tree whose text and attribute values are always escaped.
///
/// Plot 0.14 writes attribute values without escaping, so a file's text could break out of an
/// attribute there; this builder escapes both, and raw markup needs the explicit `.trusted` case.
indirect enum Markup {
    case element(String, [MarkupAttribute], [Markup])
    /// An element without content or end tag (`<meta>`, `<input>`, `<br>`).
    case void(String, [MarkupAttribute])
    case text(String)
    /// Markup written by this module itself (doctype); never text from a file.
    case trusted(String)
    case group([Markup])

    static let empty = Markup.group([])

    /// Appends the rendered markup to `output`.
    func render(into output: inout String) {
        switch self {
        case let .element(name, attributes, children):
            output += "<" + name
            for attribute in attributes { attribute.render(into: &output) }
            output += ">"
            for child in children { child.render(into: &output) }
            output += "</" + name + ">"
        case let .void(name, attributes):
            output += "<" + name
            for attribute in attributes { attribute.render(into: &output) }
            output += ">"
        case let .text(text):
            output += Self.escape(text)
        case let .trusted(markup):
            output += markup
        case let .group(children):
            for child in children { child.render(into: &output) }
        }
    }

    var rendered: String {
        var output = ""
        render(into: &output)
        return output
    }

    /// Escapes the five characters that matter in text and in quoted attribute values.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
