import SeedanceDiagnostics
import SeedanceSpec

/// A media string must be something the API can fetch: a public `https://` URL or an
/// `asset://<id>` (SPEC.md section 4).
public struct MediaURLRule: Rule {
    public static let description = RuleDescription(
        id: "media-url", severity: .error,
        summary: "A media URL the API cannot fetch",
        description: """
        The API downloads every image, video and audio itself, from its own servers, so a \
        media reference must be a public `https://` URL or an asset ID `asset://<id>` from \
        the provider's asset library. A local or relative path (`./a.png`, `/tmp/a.png`, \
        `C:\\a.png`, `file://`), another scheme (`ftp://`, `s3://`, `data:`), `localhost`, \
        `*.localhost`, and loopback, private, link-local or unspecified addresses (IPv4 \
        127/8, 10/8, 172.16/12, 192.168/16, 169.254/16, 0/8; IPv6 ::1, ::, fc00::/7, \
        fe80::/10, also IPv4-mapped and numeric forms such as `127.1`) are errors: the \
        request would fail, or fetch something else. A media mapping needs `url:`; its \
        `file:` is a local copy for the linter only and is never sent. Schemes and hosts \
        compare case-insensitively.
        """,
        triggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image: ↓./frames/cat.png\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image: ↓\"C:\\\\frames\\\\cat.png\"\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image: ↓file:///tmp/cat.png\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nreferenceImages:\n  - ↓http://LOCALHOST:8080/a.png\n  - ↓https://cdn.localhost/b.png\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nreferenceImages:\n  - ↓https://10.1.2.3/a.png\n  - ↓https://[::1]:8443/b.png\n  - ↓https://[fd12::1]/c.png\n  - ↓https://169.254.169.254/d.png\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image: ↓ftp://cdn.example.com/cat.png\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image: ↓asset://\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image:\n  ↓file: ./cat.png\n"),
            Example("defaults:\n  model: seedance_2_0_pro\n  first_image: ↓/tmp/cat.png\nshots:\n  - prompt: a\n  - prompt: b\n"),
        ],
        nonTriggering: [
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image: https://cdn.example.com/cat.png\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image: HTTPS://CDN.example.com/cat.png\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image: ASSET://frame-7f3a\n"),
            Example("model: seedance_2_0_pro\nprompt: a cat\nfirst_image:\n  url: https://172.32.0.1/cat.png\n  file: ./cat.png\n"),
        ])

    public init() {}

    static let fetchable = "a public `https://` URL or an asset ID `asset://<id>`"

    public func check(field: Field, at site: FieldSite, _ context: inout RuleContext) {
        for media in field.mediaItems {
            guard let urlNode = media.urlNode, urlNode.scalar?.value != .null else {
                if media.isMapping {
                    let anchor = media.node.mapping?.first?.keyNode.span ?? media.node.span
                    context.report(media: anchor, in: site, "\(field.describe(media)) has no `url`",
                                   help: "add `url:` with \(MediaURLRule.fetchable): `file:` is a local copy the linter reads, never sent to the API")
                }
                continue
            }
            guard let text = media.url else { continue }  // a non-string `url`: field-type
            guard case .invalid(let problem) = MediaURL.parse(text) else { continue }
            let (message, help) = explain(problem, text)
            context.report(media: urlNode.span, in: site, "\(field.describe(media)): \(message)", help: help)
        }
    }

    private func explain(_ problem: MediaURL.Problem, _ text: String) -> (String, String) {
        let upload = "upload it and use its public `https://` URL, or an `asset://<id>` from the provider's asset library"
        switch problem {
        case .empty:
            return ("the media URL is empty", "write \(MediaURLRule.fetchable)")
        case .whiteSpace:
            let around = text.first!.isWhitespace || text.last!.isWhitespace
            return ("`\(MessageText.excerpt(text))` contains white space, which is not valid in a URL",
                    around ? "remove the white space around the URL" : "percent-encode spaces as `%20`")
        case .localPath, .fileScheme:
            return ("`\(MessageText.excerpt(text))` is a local path: the API fetches media itself and cannot read files on this machine",
                    upload + "; to let seedance check the local copy too, write `url:` with the public URL and `file: \(text)`")
        case .missingScheme:
            return ("`\(text)` has no scheme", "write `https://\(text.drop(while: { $0 == "/" }))`")
        case .unsupportedScheme(let scheme):
            return ("`\(scheme):` is not a scheme the API fetches", "use \(MediaURLRule.fetchable)")
        case .missingHost:
            return ("`\(text)` has no host", "write `https://<host>/<path>`")
        case .malformedAsset:
            return ("`\(text)` is not an asset ID: the form is `asset://<id>`", "write the asset's id after `asset://`")
        case .assetWhiteSpace:
            return ("the asset ID in `\(MessageText.excerpt(text))` contains white space", "asset IDs have no spaces: check the id in the asset library")
        case .localHost(let host):
            return ("`\(host)` is this machine, which the API's servers cannot reach", upload)
        case .nonPublicAddress(let address, let range):
            return ("`\(address)` is not a public address (\(range)): the API fetches media from the internet and cannot reach it", upload)
        case .badIPv6(let literal):
            return ("`[\(literal)]` is not a valid IPv6 address", "write the host's name or a valid public address")
        }
    }
}
