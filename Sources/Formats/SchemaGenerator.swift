import SeedanceEmitter
import SeedanceSpec

/// The JSON Schema of the spec language that `seedance schema` prints and
/// `schema/seedance.schema.json` holds, for editors (yaml-language-server, VS Code YAML):
/// completion, hover text and structural checks while typing.
///
/// Built from the declarations the linter itself uses (`Keys` for the keys, `APIFacts` for
/// models, aspect ratios, the duration range and list sizes), so that the two cannot drift
/// apart; `SchemaTests` checks the committed file and runs a real validator against the
/// linter over every example. Draft-07: the newest draft that yaml-language-server,
/// VS Code's JSON support and check-jsonschema all implement fully.
///
/// The schema says what a schema can say about one document: keys, types, enums, ranges,
/// required fields, list sizes. Everything else (YAML 1.2 typing, capabilities, exclusions,
/// media files, names unique in a file) is the linter's.
public struct SchemaGenerator {
    public let facts: APIFacts

    public init(facts: APIFacts = .builtIn) {
        self.facts = facts
    }

    /// The schema as pretty JSON with a final newline (the committed file's bytes).
    public func text() -> String { schema().serialized(pretty: true) + "\n" }

    public func schema() -> JSONValue {
        .object([
            ("$schema", .string("http://json-schema.org/draft-07/schema#")),
            ("title", .string("seedance spec, version 1")),
            ("description", .string(SchemaDocs.document)),
            // A mapping with `shots` is a storyboard, any other a shot (SPEC.md section 1).
            // if/then/else rather than anyOf: with anyOf, validators report the failed
            // branch's "'shots' is a required property" for every mistake in a shot.
            ("if", object([("type", .string("object")), ("required", strings(["shots"]))])),
            ("then", ref("storyboard")),
            ("else", ref("shot")),
            ("definitions", .object(definitions())),
        ])
    }

    private func definitions() -> [(String, JSONValue)] {
        var defs: [(String, JSONValue)] = [
            ("shot", shot(inStoryboard: false)),
            ("storyboard", storyboard()),
            ("defaults", defaults()),
            ("storyboardShot", shot(inStoryboard: true)),
        ]
        for kind in [MediaKind.image, .video, .audio] {
            defs.append((kind.rawValue, media(kind)))
        }
        defs.append(("mediaURL", object([("type", .string("string")), ("description", .string(SchemaDocs.mediaURL))])))
        return defs
    }

    // MARK: Documents

    /// A shot: a single-shot document, or one item of a storyboard's `shots:`. `model` and
    /// `prompt` may never be null in a shot (null unsets an inherited value); in a
    /// storyboard they may come from `defaults:`, which the storyboard checks.
    private func shot(inStoryboard: Bool) -> JSONValue {
        var keys = properties(Keys.shotKeys, nullable: { !["model", "prompt"].contains($0) })
        if !inStoryboard, case .object(var pairs) = keys {
            // Never validated here (a document with `shots` is a storyboard), but listed so
            // that an editor offers `shots` in an empty document.
            pairs.append(("shots", object([("description", .string(SchemaDocs.shotsMakeStoryboard))])))
            keys = .object(pairs)
        }
        var pairs: [(String, JSONValue)] = [
            ("type", .string("object")),
            ("description", .string(inStoryboard ? SchemaDocs.storyboardShot : SchemaDocs.shot)),
            ("properties", keys),
            ("additionalProperties", .bool(false)),
        ]
        if !inStoryboard { pairs.insert(("required", strings(["model", "prompt"])), at: 1) }
        return .object(pairs)
    }

    private func defaults() -> JSONValue {
        object([
            // `defaults:` with nothing under it is null: no defaults, as the linter reads it.
            ("type", strings(["object", "null"])),
            ("description", .string(SchemaDocs.defaults)),
            ("properties", properties(Keys.defaultsKeys, nullable: { _ in true })),
            ("additionalProperties", .bool(false)),
        ])
    }

    private func storyboard() -> JSONValue {
        let shots = object([
            ("type", .string("array")),
            ("description", .string(SchemaDocs.shots)),
            ("minItems", .int(1)),
            ("items", ref("storyboardShot")),
        ])
        let topLevel: [(String, JSONValue)] = Keys.storyboardKeys.map { key in
            switch key {
            case "shots": return (key, shots)
            case "defaults": return (key, ref("defaults"))
            case "name": return (key, described(field(key, nullable: false), SchemaDocs.storyboardName))
            default: return (key, described(field(key, nullable: false), SchemaDocs.storyboardDescription))
            }
        }
        return object([
            ("type", .string("object")),
            ("description", .string(SchemaDocs.storyboard)),
            ("required", strings(["shots"])),
            ("properties", .object(topLevel)),
            ("additionalProperties", .bool(false)),
            ("allOf", .array(["model", "prompt"].map(requiredUnlessDefaulted))),
        ])
    }

    /// Every shot needs `key` unless `defaults:` gives it a (non-null) value.
    private func requiredUnlessDefaulted(_ key: String) -> JSONValue {
        object([
            ("if", object([
                ("required", strings(["defaults"])),
                ("properties", object([("defaults", object([
                    ("type", .string("object")),
                    ("required", strings([key])),
                    ("properties", object([(key, object([("type", .string("string"))]))])),
                ]))])),
            ])),
            ("else", object([("properties", object([("shots", object([
                ("items", object([("required", strings([key]))])),
            ]))]))])),
        ])
    }

    // MARK: Fields

    /// The keys' schemas, written out in each place (not `$ref`s to shared definitions):
    /// validators then say "30 is greater than the maximum of 15" instead of "not valid
    /// under any of the given schemas".
    private func properties(_ keys: [String], nullable: (String) -> Bool) -> JSONValue {
        .object(keys.map { ($0, field($0, nullable: nullable($0))) })
    }

    /// One key's schema. `nullable`: a key with no value is allowed (it unsets the key).
    private func field(_ key: String, nullable: Bool) -> JSONValue {
        var text = SchemaDocs.field(key)
        if key == "model" { text += " " + modelTable() }
        if nullable { text += " " + SchemaDocs.nullUnsets }
        var pairs: [(String, JSONValue)] = [("description", .string(text))]
        let type = { (name: String) in ("type", nullable ? self.strings([name, "null"]) : .string(name)) }
        let enumeration = { (values: [String]) in ("enum", JSONValue.array(values.map(JSONValue.string) + (nullable ? [.null] : []))) }
        switch key {
        case "model":
            pairs += [type("string"), enumeration(facts.models.map(\.name))]
        case "prompt":
            // prompt-empty: not empty after trimming white space.
            pairs += [type("string"), ("pattern", .string("\\S"))]
        case "duration":
            pairs += [type("integer"), ("minimum", .int(facts.duration.lowerBound)),
                      ("maximum", .int(facts.duration.upperBound)), ("default", .int(facts.defaultDuration))]
        case "aspect_ratio":
            pairs += [type("string"), enumeration(facts.aspectRatios)]
            if let first = facts.aspectRatios.first { pairs.append(("default", .string(first))) }
        case "generateAudio":
            pairs += [type("boolean"), ("default", .bool(true))]
        case "first_image", "last_image":
            // Not a bare `$ref`: draft-07 ignores a `$ref`'s siblings, the description too.
            pairs.append(("anyOf", .array([ref("image")] + (nullable ? [object([("type", .string("null"))])] : []))))
        case "referenceImages", "referenceVideos", "referenceAudios":
            let kind = Keys.mediaKind(ofField: key)!
            pairs += [type("array"), ("minItems", .int(limits(kind).count.lowerBound))]
            if limits(kind).count.upperBound < Int.max { pairs.append(("maxItems", .int(limits(kind).count.upperBound))) }
            pairs.append(("items", ref(kind.rawValue)))
        case "name":
            pairs += [type("string"), ("pattern", .string("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"))]
        default:  // description, output
            pairs.append(type("string"))
        }
        return object(pairs)
    }

    /// An image, video or audio: a URL string, or a mapping with `url` and local facts.
    private func media(_ kind: MediaKind) -> JSONValue {
        let keys: [(String, JSONValue)] = Keys.mediaKeys.map { key in
            switch key {
            case "url": return (key, ref("mediaURL"))
            case "duration": return (key, object([("type", .string("number")), ("exclusiveMinimum", .int(0)),
                                                  ("description", .string(SchemaDocs.mediaDuration))]))
            case "faces": return (key, object([("type", .string("boolean")), ("description", .string(SchemaDocs.faces))]))
            default: return (key, object([("type", .string("string")), ("description", .string(SchemaDocs.mediaFile))]))
            }
        }
        let formats = formats(kind).joined(separator: ", ")
        return object([
            ("description", .string(SchemaDocs.media(kind) + " (\(formats)): " + SchemaDocs.mediaForms)),
            ("anyOf", .array([
                ref("mediaURL"),
                object([("type", .string("object")), ("required", strings(["url"])), ("properties", .object(keys)),
                        ("additionalProperties", .bool(false))]),
            ])),
        ])
    }

    private func limits(_ kind: MediaKind) -> ReferenceLimits {
        switch kind {
        case .image: return facts.images
        case .video: return facts.videos
        case .audio: return facts.audios
        }
    }

    private func formats(_ kind: MediaKind) -> [String] {
        switch kind {
        case .image: return facts.imageFormats
        case .video: return facts.videoFormats
        case .audio: return facts.audioFormats
        }
    }

    private func modelTable() -> String {
        facts.models.map { m in
            "`\(m.name)`: \(m.requiresReferenceVideos ? "needs at least one reference video" : "reference videos optional"), "
                + "\(m.speed) speed, \(m.quality) quality."
        }.joined(separator: " ")
    }

    // MARK: JSON helpers

    private func ref(_ name: String) -> JSONValue { object([("$ref", .string("#/definitions/\(name)"))]) }

    /// A schema with its description replaced.
    private func described(_ schema: JSONValue, _ text: String) -> JSONValue {
        guard case .object(var pairs) = schema else { return schema }
        pairs.removeAll { $0.0 == "description" }
        return .object([("description", .string(text))] + pairs)
    }

    private func object(_ pairs: [(String, JSONValue)]) -> JSONValue { .object(pairs) }
    private func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
}
