using Flexo.Fml.Text;

namespace Flexo.Fml.Syntax;

/// <summary>White space, a line break or a comment attached to a token.</summary>
public readonly record struct SyntaxTrivia(SyntaxKind Kind, TextSpan Span, string Text)
{
    /// <summary>True for the comment kinds.</summary>
    public bool IsComment => SyntaxFacts.IsComment(Kind);
}
