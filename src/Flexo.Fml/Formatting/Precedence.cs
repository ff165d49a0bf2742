using Flexo.Fml.Syntax;

namespace Flexo.Fml.Formatting;

/// <summary>
/// Where an expression is printed: the loosest priority that may stand there without parentheses
/// (FML priorities, §3.10.1 of the language reference: smaller binds tighter), plus a few positions with extra needs.
/// </summary>
internal readonly record struct Slot(int MaxPriority, SlotFlags Flags = SlotFlags.None)
{
    /// <summary>A whole expression: a statement, an initializer, an argument, the inside of parentheses.</summary>
    public static Slot Full { get; } = new(Precedence.Assignment);

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

        if (hadParentheses && (IsKeywordName(EdgeToken(inner, last: false)) || IsKeywordName(EdgeToken(inner, last: true))))
        {
            // A name spelled like a keyword (select, log, model, ...) is read as a name or as the keyword depending on
            // the token next to it: parentheses that touch it stay, so that its neighbours stay what they were.
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

    private static bool IsKeywordName(SyntaxToken? token) =>
        token is { Kind: SyntaxKind.IdentifierToken } && SyntaxFacts.GetKeywordKind(token.Text) != SyntaxKind.IdentifierToken;

    private static bool IsName(SyntaxKind kind) =>
        kind == SyntaxKind.IdentifierToken || (SyntaxFacts.IsKeyword(kind) && !SyntaxFacts.IsReservedWord(kind));

    /// <summary>
    /// The kind of the first token of <paramref name="expression"/> as printed, with names spelled like keywords given
    /// their keyword kind, as the lexer will see them.
    /// </summary>
    internal static SyntaxKind FirstTokenKind(ExpressionSyntax expression) => EdgeToken(expression, last: false) switch
    {
        null => SyntaxKind.OpenParenToken,
        { Kind: SyntaxKind.IdentifierToken } name => SyntaxFacts.GetKeywordKind(name.Text),
        var token => token.Kind,
    };

    /// <summary>
    /// The first (or last) source token of <paramref name="expression"/> as printed (parentheses removed, and put back
    /// by the rules above), or null when it is a parenthesis the printer puts there. Walks down the edge without recursion
    /// (except through parentheses of the source, whose nesting the parser bounds).
    /// </summary>
    internal static SyntaxToken? EdgeToken(ExpressionSyntax expression, bool last)
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
                    return last ? type.GetLastToken() : type.GetFirstToken();
                case PrefixUnaryExpressionSyntax prefix when !last:
                    return prefix.OperatorToken;
                case PrefixUnaryExpressionSyntax prefix:
                    (child, slot) = (prefix.Operand, new Slot(Unary));
                    break;
                case CastExpressionSyntax cast when !last:
                    return cast.OpenParen;
                case CastExpressionSyntax cast:
                    (child, slot) = (cast.Expression, new Slot(Unary, cast.Type is PredefinedTypeSyntax ? SlotFlags.None : SlotFlags.ReferenceCastOperand));
                    break;
                case PostfixUnaryExpressionSyntax postfix when last:
                    return postfix.OperatorToken;
                case PostfixUnaryExpressionSyntax postfix:
                    (child, slot) = (postfix.Operand, new Slot(Postfix));
                    break;
                case MemberAccessExpressionSyntax member when last:
                    return member.Name.GetLastToken();
                case MemberAccessExpressionSyntax member:
                    (child, slot) = (member.Expression, new Slot(Postfix, SlotFlags.Receiver));
                    break;
                case InvocationExpressionSyntax invocation when last:
                    return invocation.Arguments.CloseParen;
                case InvocationExpressionSyntax invocation:
                    (child, slot) = (invocation.Expression, new Slot(Postfix, SlotFlags.Receiver));
                    break;
                case ObjectCreationExpressionSyntax creation when last:
                    return creation.WithArguments?.CloseParen ?? creation.Arguments.CloseParen;
                case ObjectCreationExpressionSyntax { Receiver: { } receiver }:
                    (child, slot) = (receiver, new Slot(Postfix, SlotFlags.Receiver));
                    break;
                case ObjectCreationExpressionSyntax creation:
                    return creation.NewKeyword;
                case BinaryExpressionSyntax binary:
                    {
                        var priority = SyntaxFacts.GetBinaryPriority(binary.OperatorToken.Kind);
                        (child, slot) = last ? (binary.Right, RightOperand(priority)) : (binary.Left, LeftOperand(priority));
                        break;
                    }

                case AssignmentExpressionSyntax assignment:
                    (child, slot) = last ? (assignment.Right, Slot.Full) : (assignment.Left, Slot.Conditional);
                    break;
                case InstanceOfExpressionSyntax instanceOf when last:
                    return instanceOf.Type.GetLastToken();
                case InstanceOfExpressionSyntax instanceOf:
                    (child, slot) = (instanceOf.Expression, new Slot(Relational - 1));
                    break;
                case SuperExpressionSyntax super:
                    return super.SuperKeyword;
                case SelectExpressionSyntax select when last:
                    if (select.Where is not null)
                    {
                        return select.Where.Conditions.CloseParen;
                    }

                    (child, slot) = (select.From.Expression, Slot.Conditional);
                    break;
                case DeleteExpressionSyntax delete when last:
                    (child, slot) = (delete.From?.Expression ?? delete.Expression, delete.From is null ? ActionOperandSlot : Slot.Conditional);
                    break;
                case LogExpressionSyntax log when last:
                    (child, slot) = (log.Expression, ActionOperandSlot);
                    break;
                case FireExpressionSyntax fire when last:
                    (child, slot) = (fire.Expression, ActionOperandSlot);
                    break;
                case NotifyExpressionSyntax notify when last:
                    (child, slot) = (notify.In?.Expression ?? notify.Expression, notify.In is null ? ActionOperandSlot : Slot.Conditional);
                    break;
                case BeginMatchExpressionSyntax begin when last:
                    if (begin.Where is not null)
                    {
                        return begin.Where.Conditions.CloseParen;
                    }

                    (child, slot) = (begin.From.Expression, Slot.Conditional);
                    break;
                case MatchExpressionSyntax match when last:
                    if (match.Unmatched is not null)
                    {
                        (child, slot) = (match.Unmatched.Expression, Slot.Full);
                        break;
                    }

                    if ((match.Create?.Arguments.CloseParen ?? match.Where?.Conditions.CloseParen) is { } close)
                    {
                        return close;
                    }

                    (child, slot) = (match.From.Expression, Slot.Conditional);
                    break;
                case EndMatchExpressionSyntax end when last:
                    if (end.Unmatched is not null)
                    {
                        (child, slot) = (end.Unmatched.Expression, Slot.Full);
                        break;
                    }

                    if (end.Call is not null)
                    {
                        return end.Call.Arguments.CloseParen;
                    }

                    (child, slot) = (end.In.Expression, Slot.Conditional);
                    break;
                case TechnologyActionExpressionSyntax action when last:
                    if (action.From is null && action.In is null)
                    {
                        return action.Arguments.CloseParen;
                    }

                    (child, slot) = ((action.From?.Expression ?? action.In?.Expression)!, Slot.Conditional);
                    break;
                default:
                    // Actions (first token: their keyword), missing expressions.
                    return last ? current.GetLastToken() : current.GetFirstToken();
            }

            var inner = StripParentheses(child);
            if (NeedsParentheses(inner, slot, !ReferenceEquals(inner, child)))
            {
                return null;
            }

            current = inner;
        }
    }

    private static readonly Slot ActionOperandSlot = new(Conditional, SlotFlags.ActionOperand);
}
