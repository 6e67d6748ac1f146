/// Every rule, in the order `seedance rules` lists them. Adding a rule: write its file in
/// Checks/ and add it here.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = [
        // The YAML front end (SPEC.md sections 1 and 7).
        YAMLSyntaxRule.self, YAMLEncodingRule.self, YAMLByteOrderMarkRule.self, YAMLTabIndentRule.self,
        YAMLDepthLimitRule.self, YAMLAliasLimitRule.self, YAMLUnknownAnchorRule.self, DuplicateKeyRule.self,
        KeyNotStringRule.self, YAMLMergeKeyRule.self, YAMLTagMismatchRule.self, FileTooLargeRule.self,
        // Documents (section 1).
        DocumentNotMappingRule.self, EmptyDocumentRule.self,
        // Shots (section 2).
        UnknownKeyRule.self, RequiredFieldRule.self, FieldTypeRule.self, ModelUnknownRule.self,
        PromptEmptyRule.self, DurationRangeRule.self, AspectRatioRule.self, UnquotedRatioRule.self,
        // Capabilities and exclusions (sections 5 and 6).
        ReferenceVideoRequiredRule.self, FrameReferenceExclusiveRule.self, LastImageWithoutFirstRule.self,
        // Local copies of media (section 4, `file:`).
        MediaFileRule.self, MediaDimensionsRule.self, MediaResolutionRule.self,
    ]

    public static func rule(id: String) -> (any Rule.Type)? {
        all.first { $0.description.id == id }
    }

    public static var ids: [String] { all.map { $0.description.id } }
}
