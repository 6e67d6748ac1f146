import SeedanceDiagnostics

/// One shot compiled to the exact request `apply` would POST (SPEC.md section 8).
public struct BuiltShot: Sendable {
    /// The shot's name (explicit, or derived from the file's stem).
    public var name: String
    /// The spec file as the user named it.
    public var specPath: String
    /// Where the shot is written in its file (its mapping), for reporting API rejections.
    public var span: Span
    /// Where `apply --wait` saves the video, relative to the current folder.
    public var outputPath: String
    /// The request body, compact JSON, keys in SPEC.md's table order.
    public var body: String
    /// SHA-256 of `body`'s UTF-8 bytes, lowercase hex.
    public var requestHash: String
    /// The body as a value, for `--pretty` (nil when built from text alone).
    public var json: JSONValue?

    public init(name: String, specPath: String, span: Span, outputPath: String, body: String) {
        self.name = name
        self.specPath = specPath
        self.span = span
        self.outputPath = outputPath
        self.body = body
        self.requestHash = SHA256.hex(Array(body.utf8))
    }

    public init(name: String, specPath: String, span: Span, outputPath: String, json: JSONValue) {
        self.init(name: name, specPath: specPath, span: span, outputPath: outputPath, body: json.serialized())
        self.json = json
    }
}
