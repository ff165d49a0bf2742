using Flexo.Fml.Syntax;

namespace Flexo.Fml.Parsing;

/// <summary>Entry points for the script front end: one FML expression or action per command, then a look at what follows.</summary>
internal sealed partial class Parser
{
    /// <summary>
    /// Parses one expression where an FML action may start (the right-hand side of an assignment, or a whole script
    /// command), as at the start of a statement: <c>log e</c>, <c>delete e</c>, <c>select ...</c>, <c>x = new C()</c>.
    /// </summary>
    internal ExpressionSyntax ParseCommandExpression()
    {
        _actionPosition = true;
        return ParseExpression();
    }

    /// <summary>True once every token of the input (or window) is consumed.</summary>
    internal bool IsAtEnd => AtEnd;

    /// <summary>The index of the current token (to tell whether parsing made progress).</summary>
    internal int Position => _index;

    /// <summary>The current token.</summary>
    internal SyntaxToken CurrentToken => Current;

    /// <summary>The end of the last token consumed, or the start of the current one when none was.</summary>
    internal int PreviousTokenEnd => _index > 0 ? _table[_index - 1].End : _table[_index].Start;

    /// <summary>Consumes the current token.</summary>
    internal void EatCurrent() => EatToken();

    /// <summary>Consumes the current token when it is a ':' (the message separator of a script assertion).</summary>
    internal bool TryEatColon() => TryEat(SyntaxKind.ColonToken) >= 0;
}
