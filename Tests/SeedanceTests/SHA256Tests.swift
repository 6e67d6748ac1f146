import Testing
@testable import SeedanceEmitter

@Suite struct SHA256Tests {
    @Test func knownVectors() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func incrementalEqualsOneShot() {
        let data = (0..<1000).map { UInt8($0 % 251) }
        var h = SHA256()
        h.update(data[0..<10]); h.update(data[10..<700]); h.update(data[700...])
        #expect(h.finalizeHex() == SHA256.hex(data))
    }
}

@Suite struct JSONValueTests {
    @Test func compactAndPrettyKeepKeyOrder() {
        let v = JSONValue.object([("b", .int(1)), ("a", .array([.string("x\"\n\u{1}"), .bool(true), .null]))])
        #expect(v.serialized() == #"{"b":1,"a":["x\"\n\u0001",true,null]}"#)
        #expect(v.serialized(pretty: true) == "{\n  \"b\": 1,\n  \"a\": [\n    \"x\\\"\\n\\u0001\",\n    true,\n    null\n  ]\n}")
    }

    /// Request bodies are hashed byte for byte: every escape is pinned here.
    @Test func stringEscapesArePinned() {
        let text = "\"\\\n\r\t\u{8}\u{C}\u{1F}/\u{7F}\u{85}\u{2028}\u{2029}é😀"
        #expect(JSONValue.string(text).serialized() == "\"\\\"\\\\\\n\\r\\t\\b\\f\\u001f/\u{7F}\u{85}\\u2028\\u2029é😀\"")
    }
}
