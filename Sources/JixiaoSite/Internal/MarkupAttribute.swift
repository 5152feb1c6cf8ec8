/// One attribute; a nil value renders as a bare boolean attribute (`hidden`).
struct MarkupAttribute {
    let name: String
    let value: String?

    init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }

    func render(into output: inout String) {
        output += " " + name
        if let value { output += "=\"" + Markup.escape(value) + "\"" }
    }
}
