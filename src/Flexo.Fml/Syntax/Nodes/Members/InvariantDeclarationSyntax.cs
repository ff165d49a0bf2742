namespace Flexo.Fml.Syntax;

/// <summary><c>assert condition;</c> or <c>assert condition onfailure: statement</c></summary>
public sealed class InvariantDeclarationSyntax : MemberDeclarationSyntax
{
    internal InvariantDeclarationSyntax(TokenTable table, SyntaxList<AnnotationSyntax> annotations, SyntaxTokenList modifiers, int assertKeyword, ExpressionSyntax condition, OnFailureClauseSyntax? onFailure, int semicolon)
        : base(table)
    {
        Annotations = annotations;
        Modifiers = modifiers;
        _assertKeyword = assertKeyword;
        Condition = condition;
        OnFailure = onFailure;
        _semicolon = semicolon;
    }

    private readonly int _assertKeyword;

    private readonly int _semicolon;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InvariantDeclaration;

    /// <summary>Annotations (accepted, not meaningful on invariants).</summary>
    public SyntaxList<AnnotationSyntax> Annotations { get; }

    /// <summary>Modifiers (reported: invariants take none; kept so the tree prints the source back).</summary>
    public SyntaxTokenList Modifiers { get; }

    /// <summary>The <c>assert</c> keyword.</summary>
    public SyntaxToken AssertKeyword => Table.Token(_assertKeyword);

    /// <summary>The condition that must hold.</summary>
    public ExpressionSyntax Condition { get; }

    /// <summary>The optional fix statement.</summary>
    public OnFailureClauseSyntax? OnFailure { get; }

    /// <summary>The closing <c>;</c> (absent with <c>onfailure</c>, whose statement ends itself).</summary>
    public SyntaxToken? Semicolon => Table.OptionalToken(_semicolon);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = Annotations.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = Modifiers.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _assertKeyword) >= 0)
        {
            return index;
        }

        if ((index = Condition.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = OnFailure?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _semicolon) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = _semicolon) >= 0)
        {
            return index;
        }

        if ((index = OnFailure?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = Condition.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _assertKeyword) >= 0)
        {
            return index;
        }

        if ((index = Modifiers.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = Annotations.LastTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 6;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Annotations.Slot,
        1 => Modifiers.Slot,
        2 => AssertKeyword,
        3 => Condition,
        4 => OnFailure,
        5 => Semicolon,
        _ => null,
    };
}
