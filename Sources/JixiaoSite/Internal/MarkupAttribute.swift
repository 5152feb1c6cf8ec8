/// One attribute; a nil value renders as a bare boolean attribute (`hidden`).
struct MarkupAttribute {
    let name: String
    let value: String?

    init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }

    func render(into output: inout [UInt8]) {
        output.append(UInt8(ascii: " "))
        output.append(contentsOf: name.utf8)
        if let value {
            output.append(UInt8(ascii: "="))
            output.append(UInt8(ascii: "\""))
            Markup.appendEscaped(value, to: &output)
            output.append(UInt8(ascii: "\""))
        }
    }
}
