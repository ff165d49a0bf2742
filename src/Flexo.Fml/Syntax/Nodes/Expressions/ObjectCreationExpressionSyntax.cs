namespace Flexo.Fml.Syntax;

/// <summary><c>[receiver.]new Type[::ctor](args) [with (k=v, ...)]</c></summary>
public sealed class ObjectCreationExpressionSyntax : ExpressionSyntax
{
    internal ObjectCreationExpressionSyntax(TokenTable table, ExpressionSyntax? receiver, int dot, int newKeyword, TypeSyntax type, ConstructorSelectorSyntax? constructor, ArgumentListSyntax arguments, int withKeyword, KeywordArgumentListSyntax? withArguments)
        : base(table)
    {
        Receiver = receiver;
        _dot = dot;
        _newKeyword = newKeyword;
        Type = type;
        Constructor = constructor;
        Arguments = arguments;
        _withKeyword = withKeyword;
        WithArguments = withArguments;
    }

    private readonly int _dot;

    private readonly int _newKeyword;

    private readonly int _withKeyword;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectCreationExpression;

    /// <summary>The container expression of <c>x.new C()</c>, if any.</summary>
    public ExpressionSyntax? Receiver { get; }

    /// <summary>The <c>.</c> after the receiver.</summary>
    public SyntaxToken? Dot => Table.OptionalToken(_dot);

    /// <summary>The <c>new</c> keyword.</summary>
    public SyntaxToken NewKeyword => Table.Token(_newKeyword);

    /// <summary>The instantiated concept, model or class.</summary>
    public TypeSyntax Type { get; }

    /// <summary>The <c>::name</c> of a named creation scheme.</summary>
    public ConstructorSelectorSyntax? Constructor { get; }

    /// <summary>The arguments.</summary>
    public ArgumentListSyntax Arguments { get; }

    /// <summary>The <c>with</c> keyword of <c>new M() with (...)</c>.</summary>
    public SyntaxToken? WithKeyword => Table.OptionalToken(_withKeyword);

    /// <summary>The options after <c>with</c>.</summary>
    public KeywordArgumentListSyntax? WithArguments { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = Receiver?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _dot) >= 0)
        {
            return index;
        }

        if ((index = _newKeyword) >= 0)
        {
            return index;
        }

        if ((index = Type.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = Constructor?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = Arguments.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _withKeyword) >= 0)
        {
            return index;
        }

        if ((index = WithArguments?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = WithArguments?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _withKeyword) >= 0)
        {
            return index;
        }

        if ((index = Arguments.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = Constructor?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = Type.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _newKeyword) >= 0)
        {
            return index;
        }

        if ((index = _dot) >= 0)
        {
            return index;
        }

        if ((index = Receiver?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 8;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Receiver,
        1 => Dot,
        2 => NewKeyword,
        3 => Type,
        4 => Constructor,
        5 => Arguments,
        6 => WithKeyword,
        7 => WithArguments,
        _ => null,
    };
}
