namespace Flexo.Fml.Syntax;

/// <summary>A declaration of the compilation-unit header: namespace, use, import or typedef.</summary>
public abstract class HeaderDeclarationSyntax : SyntaxNode
{
    private protected HeaderDeclarationSyntax(TokenTable table)
        : base(table)
    {
    }
}

/// <summary>A member of a model or concept, or a top-level declaration.</summary>
public abstract class MemberDeclarationSyntax : SyntaxNode
{
    private protected MemberDeclarationSyntax(TokenTable table)
        : base(table)
    {
    }
}

/// <summary>A statement of a behaviour body.</summary>
public abstract class StatementSyntax : SyntaxNode
{
    private protected StatementSyntax(TokenTable table)
        : base(table)
    {
    }
}

/// <summary>An expression (FML actions such as <c>select</c> are expressions too).</summary>
public abstract class ExpressionSyntax : SyntaxNode
{
    private protected ExpressionSyntax(TokenTable table)
        : base(table)
    {
    }
}

/// <summary>A type reference. Names are types and expressions at once, as in Java.</summary>
public abstract class TypeSyntax : ExpressionSyntax
{
    private protected TypeSyntax(TokenTable table)
        : base(table)
    {
    }
}

/// <summary>A simple or qualified name.</summary>
public abstract class NameSyntax : TypeSyntax
{
    private protected NameSyntax(TokenTable table)
        : base(table)
    {
    }
}

/// <summary>A single-segment name, possibly generic.</summary>
public abstract class SimpleNameSyntax : NameSyntax
{
    private protected SimpleNameSyntax(TokenTable table)
        : base(table)
    {
    }

    /// <summary>The name.</summary>
    public abstract SyntaxToken Identifier { get; }
}
