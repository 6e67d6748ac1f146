/// IP address literals in URL hosts, and the ranges the API's fetcher cannot reach from the
/// internet (SPEC.md section 4).
enum IPAddress {
    /// An IPv4 host as URL parsers read it (WHATWG URL standard): one to four parts,
    /// each decimal, `0x` hex or `0`-leading octal, the last filling the remaining bytes,
    /// so `127.1` and `2130706433` are 127.0.0.1 too. Nil for a host name.
    static func ipv4(_ host: String) -> UInt32? {
        // Every form of an IPv4 address (dotted, `127.1`, `2130706433`, `0x7f000001`) is
        // made of hex digits, `x` and dots; a host name almost never is, and this runs for
        // every media URL.
        guard host.utf8.allSatisfy({ isHexDigit($0) || $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "x") }) else {
            return nil
        }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...4).contains(parts.count) else { return nil }
        var numbers: [UInt64] = []
        for part in parts {
            guard let n = number(part) else { return nil }
            numbers.append(n)
        }
        let last = numbers.removeLast()
        guard numbers.allSatisfy({ $0 <= 255 }), last < (UInt64(1) << (8 * (4 - UInt64(numbers.count)))) else { return nil }
        var value = last
        for (i, n) in numbers.enumerated() { value |= n << (8 * (3 - UInt64(i))) }
        return UInt32(value)
    }

    private static func number(_ part: Substring) -> UInt64? {
        guard !part.isEmpty, part.count <= 12 else { return nil }
        let lower = part.lowercased()
        if lower.hasPrefix("0x") { return lower.count == 2 ? 0 : UInt64(lower.dropFirst(2), radix: 16) }
        if lower.count > 1, lower.hasPrefix("0") { return UInt64(lower.dropFirst(), radix: 8) }
        return UInt64(lower, radix: 10)
    }

    /// The non-public range an IPv4 address is in, as CIDR and name; nil for a public one.
    static func nonPublicRange(ipv4 a: UInt32) -> String? {
        let ranges: [(UInt32, Int, String)] = [
            (0x0000_0000, 8, "0.0.0.0/8, this host"),
            (0x7F00_0000, 8, "127.0.0.0/8, loopback"),
            (0x0A00_0000, 8, "10.0.0.0/8, private"),
            (0xAC10_0000, 12, "172.16.0.0/12, private"),
            (0xC0A8_0000, 16, "192.168.0.0/16, private"),
            (0xA9FE_0000, 16, "169.254.0.0/16, link-local"),
        ]
        for (base, bits, name) in ranges where a >> (32 - bits) == base >> (32 - bits) { return name }
        return nil
    }

    /// Eight 16-bit groups of an IPv6 literal (without brackets; a `%zone` is dropped), or
    /// nil when it is not one. An IPv4 tail (`::ffff:127.0.0.1`) is read too.
    static func ipv6(_ literal: String) -> [UInt16]? {
        var text = Substring(literal)
        if let percent = text.firstIndex(of: "%") { text = text[..<percent] }
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        guard let head = groups(halves[0]) else { return nil }
        if halves.count == 1 { return head.count == 8 ? head : nil }
        guard let tail = groups(halves[1]), head.count + tail.count <= 7 else { return nil }
        return head + [UInt16](repeating: 0, count: 8 - head.count - tail.count) + tail
    }

    private static func groups(_ s: Substring) -> [UInt16]? {
        if s.isEmpty { return [] }
        var result: [UInt16] = []
        let parts = s.split(separator: ":", omittingEmptySubsequences: false)
        for (i, part) in parts.enumerated() {
            if i == parts.count - 1, part.contains(".") {
                guard part.split(separator: ".", omittingEmptySubsequences: false).count == 4,
                      let v4 = ipv4(String(part)) else { return nil }
                result += [UInt16(v4 >> 16), UInt16(v4 & 0xFFFF)]
                continue
            }
            guard (1...4).contains(part.count), let group = UInt16(part, radix: 16) else { return nil }
            result.append(group)
        }
        return result
    }

    /// The non-public range an IPv6 address is in; nil for a public one.
    static func nonPublicRange(ipv6 g: [UInt16]) -> String? {
        if g[0..<7].allSatisfy({ $0 == 0 }) {
            if g[7] == 1 { return "::1, loopback" }
            if g[7] == 0 { return "::, unspecified" }
        }
        if g[0] & 0xFE00 == 0xFC00 { return "fc00::/7, unique local (private)" }
        if g[0] & 0xFFC0 == 0xFE80 { return "fe80::/10, link-local" }
        // IPv4-mapped (::ffff:a.b.c.d): the IPv4 address decides.
        if g[0..<5].allSatisfy({ $0 == 0 }), g[5] == 0xFFFF {
            return nonPublicRange(ipv4: UInt32(g[6]) << 16 | UInt32(g[7]))
        }
        return nil
    }
}

extension Substring {
    /// Splits on a multi-character separator (no Foundation).
    fileprivate func components(separatedBy separator: String) -> [Substring] {
        var parts: [Substring] = []
        var rest = self[...]
        let sep = Array(separator)
        while let range = rest.firstRange(of: sep) {
            parts.append(rest[..<range.lowerBound])
            rest = rest[range.upperBound...]
        }
        parts.append(rest)
        return parts
    }
}

private func isHexDigit(_ b: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(b | 0x20)
}
