/// Short builders so pages read like the HTML they make.
func el(_ name: String, _ attributes: [MarkupAttribute], _ children: [Markup]) -> Markup {
    .element(name, attributes, children)
}

func el(_ name: String, _ attributes: [MarkupAttribute], _ text: String) -> Markup {
    .textElement(name, attributes, text)
}

func el(_ name: String, _ children: [Markup]) -> Markup {
    .element(name, [], children)
}

func el(_ name: String, _ text: String) -> Markup {
    .textElement(name, [], text)
}

func attr(_ name: String, _ value: String?) -> MarkupAttribute { MarkupAttribute(name, value) }

func cls(_ value: String) -> MarkupAttribute { MarkupAttribute("class", value) }
