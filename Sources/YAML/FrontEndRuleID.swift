/// The ids of the checks the front end makes while it reads a file. Their declarations
/// (summary, description, examples) are in the Rules module with every other rule.
public enum FrontEndRuleID {
    public static let syntax = "yaml-syntax"
    public static let encoding = "yaml-encoding"
    public static let byteOrderMark = "yaml-bom"
    public static let tabIndentation = "yaml-tab-indent"
    public static let depthLimit = "yaml-depth-limit"
    public static let aliasLimit = "yaml-alias-limit"
    public static let unknownAnchor = "yaml-unknown-anchor"
    public static let duplicateKey = "duplicate-key"
    public static let keyNotString = "key-not-string"
    public static let mergeKey = "yaml-merge-key"
    public static let tagMismatch = "yaml-tag-mismatch"
    public static let fileTooLarge = "file-too-large"
}

/// The limits of SPEC.md section 7.
public enum YAMLLimits {
    /// The root node of a document is at depth 1; a node at depth 257 is an error.
    public static let maxDepth = 256
    /// Alias dereferences while one document is expanded, nested ones included.
    public static let maxAliasExpansions = 10_000
    /// Nodes that aliases may add to one document once expanded: a second bound, so that
    /// a few aliases to one huge anchored node cannot make later passes slow.
    public static let maxExpandedNodes = 1_000_000
    /// Files above this size are rejected without being read.
    public static let maxFileBytes = 10 * 1024 * 1024
}
