using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Semantics;

/// <summary>Visibility of a declaration (stored, enforced as a warning; an error in strict mode).</summary>
public enum Visibility
{
    /// <summary>No modifier.</summary>
    Default,

    /// <summary><c>public</c></summary>
    Public,

    /// <summary><c>protected</c></summary>
    Protected,

    /// <summary><c>private</c></summary>
    Private,
}

/// <summary>
/// A named element of the semantic model: model, concept, property, behaviour, parameter, enum value, local.
/// Symbols are built once per compilation and never change afterwards; they are safe to read from several threads.
/// </summary>
public abstract class Symbol
{
    private protected Symbol(string name, SyntaxNode? declaration, SourceText? source)
    {
        Name = name;
        Declaration = declaration;
        Source = source;
    }

    /// <summary>The declared name.</summary>
    public string Name { get; }

    /// <summary>The declaring syntax, when the symbol comes from source.</summary>
    public SyntaxNode? Declaration { get; }

    /// <summary>The source text of the declaration, when the symbol comes from source.</summary>
    public SourceText? Source { get; }

    /// <summary>The URI of the object (FML.md §6.1), or null for locals and parameters.</summary>
    public virtual string? Uri => null;

    /// <summary>The span of the declared name (for diagnostics and navigation).</summary>
    public virtual TextSpan NameSpan => Declaration?.Span ?? default;

    /// <inheritdoc />
    public override string ToString() => Name;

    internal static Visibility ReadVisibility(SyntaxTokenList modifiers)
    {
        foreach (var modifier in modifiers)
        {
            switch (modifier.Kind)
            {
                case SyntaxKind.PublicKeyword: return Visibility.Public;
                case SyntaxKind.ProtectedKeyword: return Visibility.Protected;
                case SyntaxKind.PrivateKeyword: return Visibility.Private;
            }
        }

        return Visibility.Default;
    }
}
