using Flexo.Fml.Syntax;

namespace Flexo.Fml.Formatting;

/// <summary>
/// Where an expression is printed: the loosest priority that may stand there without parentheses
/// (FML priorities, §3.10.1 of the language reference: smaller binds tighter), plus a few positions with extra needs.
/// </summary>
internal readonly record struct Slot(int MaxPriority, SlotFlags Flags = SlotFlags.None)
{
    /// <summary>A whole expression: an argument, the inside of parentheses.</summary>
    public static Slot Full { get; } = new(Precedence.Assignment);

    /// <summary>A whole expression where the parser accepts <c>log</c>, <c>delete</c>, ... actions (see <see cref="SlotFlags.ActionPosition"/>).</summary>
    public static Slot Action { get; } = new(Precedence.Assignment, SlotFlags.ActionPosition);

    /// <summary>An expression statement.</summary>
    public static Slot Statement { get; } = new(Precedence.Assignment, SlotFlags.ActionPosition | SlotFlags.StatementStart);

    /// <summary>Where the grammar wants a conditional expression (no assignment, no FML action unparenthesized).</summary>
    public static Slot Conditional { get; } = new(Precedence.Conditional);
}

/// <summary>Extra needs of a position.</summary>
[Flags]
internal enum SlotFlags
{
    None = 0,

    /// <summary>Left of <c>.</c>: a number there would lex as <c>1.</c>, so it keeps its parentheses.</summary>
    Receiver = 1,

    /// <summary>Operand of a cast to a non-primitive type: it must start with a token that makes the parser see a cast.</summary>
    ReferenceCastOperand = 2,

    /// <summary>A condition of a <c>where</c> clause: an assignment there is printed <c>p=v</c>.</summary>
    WhereCondition = 4,

    /// <summary>
    /// Operand of <c>log</c>, <c>delete</c>, <c>fire</c>, <c>notify</c>: the parser reads the keyword as an action only
    /// when the next token can start an operand (not <c>++</c>, not <c>in</c>, ...).
    /// </summary>
    ActionOperand = 8,

    /// <summary>
    /// On the left edge of an expression statement: a name spelled like a statement keyword (<c>do</c>, <c>return</c>)
    /// must not become its first token.
    /// </summary>
    StatementStart = 16,

    /// <summary>
    /// On the left edge of an action position (a statement, the value of <c>=</c>, <c>return</c>, an initializer, the
    /// collection of a for-each, <c>unmatched:</c>), where the parser reads <c>log</c>, <c>delete</c>, <c>fire</c>,
    /// <c>notify</c> as actions: a name spelled so (a method <c>log(...)</c>) must not become its first token.
    /// </summary>
    ActionPosition = 32,
}

/// <summary>Priorities of expression kinds and the rule deciding where parentheses are required.</summary>
internal static class Precedence
{
    public const int Primary = 0;
    public const int Postfix = 1;
    public const int Unary = 3;
    public const int Relational = 7;
    public const int Conditional = 14;
    public const int Assignment = 15;

    /// <summary>
    /// The priority of an expression (parentheses already removed). FML actions (<c>select</c>, <c>log</c>, <c>match</c>,
    /// ...) end with an operand that extends as far right as it can, so they rank with assignment: unparenthesized only
    /// where a whole expression is expected.
    /// </summary>
    public static int Of(ExpressionSyntax expression) => expression.Kind switch
    {
        SyntaxKind.PostfixUnaryExpression => Postfix,
        SyntaxKind.PrefixUnaryExpression or SyntaxKind.CastExpression => Unary,
        SyntaxKind.BinaryExpression => SyntaxFacts.GetBinaryPriority(((BinaryExpressionSyntax)expression).OperatorToken.Kind),
        SyntaxKind.InstanceOfExpression => Relational,
        SyntaxKind.ConditionalExpression => Conditional,
        SyntaxKind.AssignmentExpression => Assignment,
        SyntaxKind.SelectExpression or SyntaxKind.DeleteExpression or SyntaxKind.LogExpression or SyntaxKind.FireExpression
            or SyntaxKind.NotifyExpression or SyntaxKind.BeginMatchExpression or SyntaxKind.MatchExpression
            or SyntaxKind.EndMatchExpression or SyntaxKind.TechnologyActionExpression or SyntaxKind.MissingExpression => Assignment,
        _ => Primary,
    };

    /// <summary>The slot of the left operand of a binary operator of <paramref name="priority"/> (left-associative;
    /// relational operators are not associative at all).</summary>
    public static Slot LeftOperand(int priority) => new(priority == Relational ? Relational - 1 : priority);

    /// <summary>The slot of the right operand of a binary operator of <paramref name="priority"/>.</summary>
    public static Slot RightOperand(int priority) => new(priority - 1);

    /// <summary>Removes every pair of parentheses around <paramref name="expression"/>.</summary>
    public static ExpressionSyntax StripParentheses(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    /// <summary>
    /// True when <paramref name="inner"/> (parentheses removed) must be printed in parentheses at <paramref name="slot"/>.
    /// <paramref name="hadParentheses"/> tells whether the source had some.
    /// </summary>
    public static bool NeedsParentheses(ExpressionSyntax inner, Slot slot, bool hadParentheses)
    {
        if (inner.Kind == SyntaxKind.ConditionalExpression)
        {
            return true; // the normalized form always writes (c ? a : b)
        }

        if (hadParentheses && KeywordNameAtEdge(inner, slot))
        {
            // A name spelled like a keyword (select, log, model, ...) is read as a name or as the keyword depending on the
            // token after it, and, first in a statement or an action position, on where it stands: parentheses around it
            // in the source stay. (Decided on the source, through nested parentheses: every group on the way to the name
            // stays, so the next pass sees the same groups and decides the same.)
            return true;
        }

        if (Of(inner) > slot.MaxPriority)
        {
            return true;
        }

        if ((slot.Flags & SlotFlags.Receiver) != 0 && inner is LiteralExpressionSyntax { Token.Kind: SyntaxKind.NumericLiteralToken })
        {
            return true;
        }

        if ((slot.Flags & SlotFlags.ReferenceCastOperand) != 0 && !ContinuesCast(FirstTokenKind(inner)))
        {
            return true;
        }

        return (slot.Flags & SlotFlags.ActionOperand) != 0 && !StartsActionOperand(FirstTokenKind(inner));
    }

    /// <summary>
    /// The parser's test after <c>(Name)</c>: the kinds of token after which it reads a cast to a class type rather than
    /// a parenthesized expression.
    /// </summary>
    private static bool ContinuesCast(SyntaxKind kind) => kind switch
    {
        SyntaxKind.IdentifierToken or SyntaxKind.NumericLiteralToken or SyntaxKind.StringLiteralToken
            or SyntaxKind.CharacterLiteralToken or SyntaxKind.OpenParenToken or SyntaxKind.ExclamationToken
            or SyntaxKind.TildeToken or SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword or SyntaxKind.NullKeyword => true,
        SyntaxKind.InKeyword or SyntaxKind.FromKeyword or SyntaxKind.WhereKeyword or SyntaxKind.WithKeyword
            or SyntaxKind.InstanceOfKeyword or SyntaxKind.AsKeyword or SyntaxKind.UsingKeyword or SyntaxKind.OnFailureKeyword
            or SyntaxKind.ElseKeyword or SyntaxKind.ValuesKeyword => false,
        _ => IsName(kind),
    };

    /// <summary>The parser's test after <c>log</c>, <c>delete</c>, <c>fire</c>, <c>notify</c>.</summary>
    private static bool StartsActionOperand(SyntaxKind kind) => kind switch
    {
        SyntaxKind.NumericLiteralToken or SyntaxKind.StringLiteralToken or SyntaxKind.CharacterLiteralToken
            or SyntaxKind.OpenParenToken or SyntaxKind.ExclamationToken or SyntaxKind.MinusToken or SyntaxKind.PlusToken
            or SyntaxKind.TildeToken or SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword or SyntaxKind.NullKeyword => true,
        SyntaxKind.InKeyword or SyntaxKind.FromKeyword or SyntaxKind.WhereKeyword or SyntaxKind.InstanceOfKeyword
            or SyntaxKind.AsKeyword or SyntaxKind.WithKeyword => false,
        _ => IsName(kind),
    };

    private static bool KeywordNameAtEdge(ExpressionSyntax inner, Slot slot)
    {
        if (IsKeywordName(SourceEdgeToken(inner, last: true)))
        {
            return true;
        }

        if ((slot.Flags & (SlotFlags.StatementStart | SlotFlags.ActionPosition)) == 0
            || SourceEdgeToken(inner, last: false) is not { } first || !IsKeywordName(first))
        {
            return false;
        }

        return (slot.Flags & SlotFlags.StatementStart) != 0
            || SyntaxFacts.GetKeywordKind(first.Text) is SyntaxKind.LogKeyword or SyntaxKind.DeleteKeyword or SyntaxKind.FireKeyword
                or SyntaxKind.NotifyKeyword;
    }

    private static bool IsKeywordName(SyntaxToken? token) =>
        token is { Kind: SyntaxKind.IdentifierToken } && SyntaxFacts.GetKeywordKind(token.Text) != SyntaxKind.IdentifierToken;

    private static bool IsName(SyntaxKind kind) =>
        kind == SyntaxKind.IdentifierToken || (SyntaxFacts.IsKeyword(kind) && !SyntaxFacts.IsReservedWord(kind));

    /// <summary>
    /// The kind of the first token of <paramref name="expression"/> as printed, with names spelled like keywords given
    /// their keyword kind, as the lexer will see them.
    /// </summary>
    internal static SyntaxKind FirstTokenKind(ExpressionSyntax expression) => EdgeToken(expression) switch
    {
        null => SyntaxKind.OpenParenToken,
        { Kind: SyntaxKind.IdentifierToken } name => SyntaxFacts.GetKeywordKind(name.Text),
        var token => token.Kind,
    };

    /// <summary>
    /// The first source token of <paramref name="expression"/> as printed (parentheses removed, and put back by the rules
    /// above), or null when it is a parenthesis the printer puts there. Walks down the left edge without recursion.
    /// </summary>
    internal static SyntaxToken? EdgeToken(ExpressionSyntax expression)
    {
        var current = expression;
        while (true)
        {
            ExpressionSyntax child;
            Slot slot;
            switch (current)
            {
                case ConditionalExpressionSyntax:
                    return null;
                case LiteralExpressionSyntax literal:
                    return literal.Token;
                case IdentifierNameSyntax name:
                    return name.Identifier;
                case TypeSyntax type:
                    return type.GetFirstToken();
                case PrefixUnaryExpressionSyntax prefix:
                    return prefix.OperatorToken;
                case CastExpressionSyntax cast:
                    return cast.OpenParen;
                case PostfixUnaryExpressionSyntax postfix:
                    (child, slot) = (postfix.Operand, new Slot(Postfix));
                    break;
                case MemberAccessExpressionSyntax member:
                    (child, slot) = (member.Expression, new Slot(Postfix, SlotFlags.Receiver));
                    break;
                case InvocationExpressionSyntax invocation:
                    (child, slot) = (invocation.Expression, new Slot(Postfix, SlotFlags.Receiver));
                    break;
                case ObjectCreationExpressionSyntax { Receiver: { } receiver }:
                    (child, slot) = (receiver, new Slot(Postfix, SlotFlags.Receiver));
                    break;
                case BinaryExpressionSyntax binary:
                    (child, slot) = (binary.Left, LeftOperand(SyntaxFacts.GetBinaryPriority(binary.OperatorToken.Kind)));
                    break;
                case AssignmentExpressionSyntax assignment:
                    (child, slot) = (assignment.Left, Slot.Conditional);
                    break;
                case InstanceOfExpressionSyntax instanceOf:
                    (child, slot) = (instanceOf.Expression, new Slot(Relational - 1));
                    break;
                default:
                    // 'new', 'super', actions (their keyword), technology actions (their qualifier), missing expressions.
                    return current.GetFirstToken();
            }

            var inner = StripParentheses(child);
            if (NeedsParentheses(inner, slot, !ReferenceEquals(inner, child)))
            {
                return null;
            }

            current = inner;
        }
    }

    /// <summary>
    /// The first (or last) token of <paramref name="expression"/> in the source, looking through parentheses (the
    /// token inside them, not the parenthesis); for the last token, null when the expression ends with a member name
    /// or a type. Without recursion.
    /// </summary>
    internal static SyntaxToken? SourceEdgeToken(ExpressionSyntax expression, bool last)
    {
        SyntaxNode current = expression;
        while (true)
        {
            if (current is ParenthesizedExpressionSyntax parenthesized)
            {
                current = parenthesized.Expression;
                continue;
            }

            if (last && current is MemberAccessExpressionSyntax or InstanceOfExpressionSyntax)
            {
                return null; // ends with a member name or a type: read as a name whatever follows
            }

            SyntaxNodeOrToken? edge = null;
            foreach (var child in current.ChildNodesAndTokens())
            {
                if (child.AsToken() is { IsMissing: true })
                {
                    continue;
                }

                edge = child;
                if (!last)
                {
                    break;
                }
            }

            switch (edge?.AsNode())
            {
                case { } node:
                    current = node;
                    break;
                case null when edge?.AsToken() is { } token:
                    return token;
                default:
                    return null;
            }
        }
    }

}
