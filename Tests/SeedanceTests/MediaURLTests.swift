import SeedanceRules
import Testing

/// How media strings are read (SPEC.md section 4): what the API can fetch, and why not.
@Suite struct MediaURLTests {
    @Test(arguments: [
        ("https://cdn.example.com/a.png", "cdn.example.com"),
        ("HTTPS://CDN.Example.COM./a.png", "cdn.example.com"),
        ("https://user:secret@cdn.example.com:8443/a.png?x=1#y", "cdn.example.com"),
        ("https://172.15.255.255/a.png", "172.15.255.255"),
        ("https://172.32.0.1/a.png", "172.32.0.1"),
        ("https://8.8.8.8/a.png", "8.8.8.8"),
        ("https://localhost.example.com/a.png", "localhost.example.com"),
        ("https://[2001:db8::1]/a.png", "[2001:db8::1]"),
        ("https://[fbff::1]/a.png", "[fbff::1]"),
        ("https://[fec0::1]/a.png", "[fec0::1]"),
        ("https://999.1.1.1/a.png", "999.1.1.1"),
    ])
    func publicHosts(url: String, host: String) {
        guard case .web(true, let parsed, _) = MediaURL.parse(url) else {
            Issue.record("\(url) should be a public https URL, got \(MediaURL.parse(url))")
            return
        }
        #expect(parsed == host)
    }

    @Test(arguments: [
        "https://127.0.0.1/a", "https://127.1/a", "https://2130706433/a", "https://0x7f.0.0.1/a", "https://0177.0.0.1/a",
        "https://10.255.0.1/a", "https://172.16.0.1/a", "https://172.31.255.255/a", "https://192.168.0.10:8080/a",
        "https://169.254.169.254/latest", "https://0.0.0.0/a", "http://[::1]/a", "https://[::1]:8443/a", "https://[::]/a",
        "https://[fc00::1]/a", "https://[FD12:3456::1]/a", "https://[fe80::1%25eth0]/a", "https://[febf::1]/a",
        "https://[::ffff:10.0.0.1]/a", "https://[::ffff:7f00:1]/a",
    ])
    func nonPublicAddresses(url: String) {
        guard case .invalid(.nonPublicAddress) = MediaURL.parse(url) else {
            Issue.record("\(url) should be a non-public address, got \(MediaURL.parse(url))")
            return
        }
    }

    @Test(arguments: [
        ("http://localhost/a.png", MediaURL.invalid(.localHost("localhost"))),
        ("https://LOCALHOST./a.png", .invalid(.localHost("localhost"))),
        ("https://media.localhost:3000/a.png", .invalid(.localHost("media.localhost"))),
        ("./a.png", .invalid(.localPath)), ("/tmp/a.png", .invalid(.localPath)), ("~/a.png", .invalid(.localPath)),
        ("a.png", .invalid(.localPath)), ("frames/a.png", .invalid(.localPath)), ("my frame.png", .invalid(.localPath)),
        ("C:\\frames\\a.png", .invalid(.localPath)), ("c:/frames/a.png", .invalid(.localPath)),
        ("file:///tmp/a.png", .invalid(.fileScheme)), ("FILE:a.png", .invalid(.fileScheme)),
        ("cdn.example.com/a.png", .invalid(.missingScheme)), ("//cdn.example.com/a.png", .invalid(.missingScheme)),
        ("ftp://cdn.example.com/a.png", .invalid(.unsupportedScheme("ftp"))),
        ("s3://bucket/a.png", .invalid(.unsupportedScheme("s3"))),
        ("data:image/png;base64,AAAA", .invalid(.unsupportedScheme("data"))),
        ("https:/a.png", .invalid(.missingHost)), ("https:///a.png", .invalid(.missingHost)),
        ("https://:8080/a.png", .invalid(.missingHost)),
        ("https://cdn.example.com/a b.png", .invalid(.whiteSpace)), (" https://cdn.example.com/a.png", .invalid(.whiteSpace)),
        ("", .invalid(.empty)),
        ("asset://", .invalid(.malformedAsset)), ("asset:abc", .invalid(.malformedAsset)),
        ("asset://abc def", .invalid(.assetWhiteSpace)),
        ("asset://costume-7f3a", .asset(id: "costume-7f3a")), ("Asset://X", .asset(id: "X")),
        ("https://[::1", .invalid(.badIPv6("[::1"))), ("https://[1:2:3:4:5:6:7:8:9]/a", .invalid(.badIPv6("1:2:3:4:5:6:7:8:9"))),
    ])
    func classification(url: String, expected: MediaURL) {
        #expect(MediaURL.parse(url) == expected, "\(url)")
    }

    @Test(arguments: [
        ("https://cdn.example.com/a.PNG", "png"), ("https://cdn.example.com/v1.2/a.tar.gz?x=a.png#b.jpg", "gz"),
        ("https://cdn.example.com/a", nil), ("https://cdn.example.com/dir.v2/", nil), ("https://cdn.example.com/.hidden", nil),
        ("https://cdn.example.com", nil), ("https://cdn.example.com?a=b.png", nil), ("asset://a.png", nil),
    ])
    func pathExtension(url: String, ext: String?) {
        #expect(MediaURL.parse(url).pathExtension == ext, "\(url)")
    }
}
