namespace Flexo.Fml.Syntax;

/// <summary><c>[receiver.]new Type[::ctor](args) [with (k=v, ...)]</c></summary>
public sealed class ObjectCreationExpressionSyntax : ExpressionSyntax
{
    internal ObjectCreationExpressionSyntax(ExpressionSyntax? receiver, SyntaxToken? dot, SyntaxToken newKeyword, TypeSyntax type, ConstructorSelectorSyntax? constructor, ArgumentListSyntax arguments, SyntaxToken? withKeyword, KeywordArgumentListSyntax? withArguments)
        : base(SyntaxKind.ObjectCreationExpression)
    {
        Receiver = receiver;
        Dot = dot;
        NewKeyword = newKeyword;
        Type = type;
        Constructor = constructor;
        Arguments = arguments;
        WithKeyword = withKeyword;
        WithArguments = withArguments;
    }

    /// <summary>The container expression of <c>x.new C()</c>, if any.</summary>
    public ExpressionSyntax? Receiver { get; }

    /// <summary>The <c>.</c> after the receiver.</summary>
    public SyntaxToken? Dot { get; }

    /// <summary>The <c>new</c> keyword.</summary>
    public SyntaxToken NewKeyword { get; }

    /// <summary>The instantiated concept, model or class.</summary>
    public TypeSyntax Type { get; }

    /// <summary>The <c>::name</c> of a named creation scheme.</summary>
    public ConstructorSelectorSyntax? Constructor { get; }

    /// <summary>The arguments.</summary>
    public ArgumentListSyntax Arguments { get; }

    /// <summary>The <c>with</c> keyword of <c>new M() with (...)</c>.</summary>
    public SyntaxToken? WithKeyword { get; }

    /// <summary>The options after <c>with</c>.</summary>
    public KeywordArgumentListSyntax? WithArguments { get; }

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
