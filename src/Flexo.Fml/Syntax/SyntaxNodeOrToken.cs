namespace Flexo.Fml.Syntax;

/// <summary>A child of a node: either a node or a token.</summary>
public readonly struct SyntaxNodeOrToken
{
    private readonly object _value;

    internal SyntaxNodeOrToken(object value) => _value = value;

    /// <summary>True when the child is a token.</summary>
    public bool IsToken => _value is SyntaxToken;

    /// <summary>The node, or null when the child is a token.</summary>
    public SyntaxNode? AsNode() => _value as SyntaxNode;

    /// <summary>The token, or null when the child is a node.</summary>
    public SyntaxToken? AsToken() => _value as SyntaxToken;

    /// <summary>The kind of the node or token.</summary>
    public SyntaxKind Kind => _value is SyntaxToken token ? token.Kind : ((SyntaxNode)_value).Kind;

    /// <summary>The full span of the node or token.</summary>
    public Text.TextSpan FullSpan => _value is SyntaxToken token ? token.FullSpan : ((SyntaxNode)_value).FullSpan;

    /// <summary>The span of the node or token, trivia excluded.</summary>
    public Text.TextSpan Span => _value is SyntaxToken token ? token.Span : ((SyntaxNode)_value).Span;
}
