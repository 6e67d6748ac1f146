import ArgumentParser
import SeedanceFormats

/// `seedance schema`: the JSON Schema of the spec language, for editors. The same text as
/// `schema/seedance.schema.json` (scripts/update-schema writes it from this command).
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the spec language (for editor completion and hover).",
        discussion: """
        Put `# yaml-language-server: $schema=PATH/TO/seedance.schema.json` at the top of a spec \
        (or map the schema to your spec files in the editor's settings). The schema checks keys, \
        types, enums, ranges and required fields; `seedance lint` checks everything.
        """
    )

    func run() throws {
        Terminal.write(SchemaGenerator().text())
    }
}
