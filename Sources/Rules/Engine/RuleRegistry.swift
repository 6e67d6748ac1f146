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
        NameFormatRule.self, NameDuplicateRule.self, OutputPathRule.self, PromptReferenceRule.self,
        // Storyboards (section 3).
        StoryboardShotsRule.self, StoryboardTaskFieldRule.self, DefaultsShotOnlyRule.self,
        // Capabilities and exclusions (sections 5 and 6).
        ReferenceVideoRequiredRule.self, FrameReferenceExclusiveRule.self, LastImageWithoutFirstRule.self,
        // Media references (sections 2 and 4).
        MediaURLRule.self, MediaHTTPRule.self, MediaFormatRule.self, FacesAssetRule.self,
        ReferenceCountRule.self, EmptyListRule.self,
        MediaDurationRule.self, DurationTotalRule.self, DurationUncheckedRule.self,
        // Local copies of media (section 4, `file:`).
        MediaFileRule.self, MediaDimensionsRule.self, MediaResolutionRule.self,
        // Inline suppression and the config file (CLI.md, Configuration).
        UnusedIgnoreRule.self, UnknownIgnoreRuleRule.self,
        ConfigUnknownKeyRule.self, ConfigInvalidValueRule.self, ConfigUnknownRuleRule.self, ConfigInvalidModelRule.self,
    ]

    public static func rule(id: String) -> (any Rule.Type)? {
        all.first { $0.description.id == id }
    }

    public static var ids: [String] { all.map { $0.description.id } }
}
