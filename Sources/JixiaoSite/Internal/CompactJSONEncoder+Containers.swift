/// The `Encoder` and its three containers behind `CompactJSONEncoder`: each writes into the
/// `Value` boxes directly, so nothing is cast or boxed per value beyond the tree itself.
extension CompactJSONEncoder {
    final class ValueEncoder: Encoder {
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }
        var value: Value?

        init(codingPath: [any CodingKey] = []) {
            self.codingPath = codingPath
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            let box: ObjectBox
            if case let .object(existing) = value { box = existing } else {
                box = ObjectBox()
                value = .object(box)
            }
            return KeyedEncodingContainer(Keyed<Key>(box: box, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            let box: ArrayBox
            if case let .array(existing) = value { box = existing } else {
                box = ArrayBox()
                value = .array(box)
            }
            return Unkeyed(box: box, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoder: self) }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: ObjectBox
        let codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws { box.entries.append((key.stringValue, .null)) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { box.entries.append((key.stringValue, .bool(value))) }
        mutating func encode(_ value: String, forKey key: Key) throws { box.entries.append((key.stringValue, .string(value))) }
        mutating func encode(_ value: Double, forKey key: Key) throws {
            box.entries.append((key.stringValue, CompactJSONEncoder.number(value)))
        }
        mutating func encode(_ value: Int, forKey key: Key) throws {
            box.entries.append((key.stringValue, .number(String(value))))
        }
        mutating func encode(_ value: some Encodable, forKey key: Key) throws {
            box.entries.append((key.stringValue, try CompactJSONEncoder.value(of: value)))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                            forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = ObjectBox()
            box.entries.append((key.stringValue, .object(nested)))
            return KeyedEncodingContainer(Keyed<NestedKey>(box: nested, codingPath: codingPath))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = ArrayBox()
            box.entries.append((key.stringValue, .array(nested)))
            return Unkeyed(box: nested, codingPath: codingPath)
        }

        // Super encoders (class inheritance) are not used by the model: keyed content only.
        mutating func superEncoder() -> any Encoder { superEncoder(named: "super", path: codingPath) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue, path: codingPath) }

        private func superEncoder(named name: String, path: [any CodingKey]) -> any Encoder {
            let encoder = ValueEncoder(codingPath: path)
            let nested = ObjectBox()
            encoder.value = .object(nested)
            box.entries.append((name, .object(nested)))
            return encoder
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let box: ArrayBox
        let codingPath: [any CodingKey]
        var count: Int { box.items.count }

        mutating func encodeNil() throws { box.items.append(.null) }
        mutating func encode(_ value: Bool) throws { box.items.append(.bool(value)) }
        mutating func encode(_ value: String) throws { box.items.append(.string(value)) }
        mutating func encode(_ value: Double) throws { box.items.append(CompactJSONEncoder.number(value)) }
        mutating func encode(_ value: Int) throws { box.items.append(.number(String(value))) }
        mutating func encode(_ value: some Encodable) throws {
            box.items.append(try CompactJSONEncoder.value(of: value))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let nested = ObjectBox()
            box.items.append(.object(nested))
            return KeyedEncodingContainer(Keyed<NestedKey>(box: nested, codingPath: codingPath))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let nested = ArrayBox()
            box.items.append(.array(nested))
            return Unkeyed(box: nested, codingPath: codingPath)
        }

        mutating func superEncoder() -> any Encoder {
            let encoder = ValueEncoder(codingPath: codingPath)
            let nested = ObjectBox()
            encoder.value = .object(nested)
            box.items.append(.object(nested))
            return encoder
        }
    }

    struct Single: SingleValueEncodingContainer {
        let encoder: ValueEncoder
        var codingPath: [any CodingKey] { encoder.codingPath }

        mutating func encodeNil() throws { encoder.value = .null }
        mutating func encode(_ value: Bool) throws { encoder.value = .bool(value) }
        mutating func encode(_ value: String) throws { encoder.value = .string(value) }
        mutating func encode(_ value: Double) throws { encoder.value = CompactJSONEncoder.number(value) }
        mutating func encode(_ value: Int) throws { encoder.value = .number(String(value)) }
        mutating func encode(_ value: some Encodable) throws {
            encoder.value = try CompactJSONEncoder.value(of: value)
        }
    }
}
