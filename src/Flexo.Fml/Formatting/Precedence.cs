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

        if (hadParentheses && inner is IdentifierNameSyntax name && SyntaxFacts.GetKeywordKind(name.Identifier.Text) != SyntaxKind.IdentifierToken)
        {
            return true; // (select), (do): a keyword used as a name keeps its parentheses, whatever it would become without
        }

        if (Of(inner) > slot.MaxPriority)
        {
            return true;
        }

        if ((slot.Flags & SlotFlags.Receiver) != 0 && inner is LiteralExpressionSyntax { Token.Kind: SyntaxKind.NumericLiteralToken })
        {
            return true;
        }

        return (slot.Flags & SlotFlags.ReferenceCastOperand) != 0 && !StartsCastOperand(inner);
    }

    /// <summary>
    /// True when the printed <paramref name="operand"/> starts with a token after which the parser reads
    /// <c>(Name)</c> as a cast rather than as a parenthesized expression.
    /// </summary>
    private static bool StartsCastOperand(ExpressionSyntax operand)
    {
        ExpressionSyntax? current = operand;
        while (current is not null)
        {
            switch (current)
            {
                case PrefixUnaryExpressionSyntax prefix:
                    return prefix.OperatorToken.Kind is SyntaxKind.ExclamationToken or SyntaxKind.TildeToken;
                case MemberAccessExpressionSyntax member:
                    current = ReceiverStart(member.Expression);
                    break;
                case InvocationExpressionSyntax invocation:
                    current = ReceiverStart(invocation.Expression);
                    break;
                case PostfixUnaryExpressionSyntax postfix:
                    current = ReceiverStart(postfix.Operand);
                    break;
                case ObjectCreationExpressionSyntax { Receiver: { } receiver }:
                    current = ReceiverStart(receiver);
                    break;
                case IdentifierNameSyntax identifier:
                    {
                        var keyword = SyntaxFacts.GetKeywordKind(identifier.Identifier.Text);
                        return !SyntaxFacts.IsReservedWord(keyword) && keyword is not (SyntaxKind.InKeyword or SyntaxKind.FromKeyword
                            or SyntaxKind.WhereKeyword or SyntaxKind.WithKeyword or SyntaxKind.InstanceOfKeyword or SyntaxKind.AsKeyword
                            or SyntaxKind.UsingKeyword or SyntaxKind.OnFailureKeyword or SyntaxKind.ElseKeyword or SyntaxKind.ValuesKeyword);
                    }

                default:
                    // Literals, the '(' of a cast, 'new', 'super', action keywords: all read as the start of an operand.
                    return true;
            }
        }

        return true; // the operand starts with the '(' of a parenthesized receiver

        // The expression the printed receiver starts with, or null when it is printed in parentheses.
        static ExpressionSyntax? ReceiverStart(ExpressionSyntax receiver)
        {
            var inner = StripParentheses(receiver);
            return NeedsParentheses(inner, new Slot(Postfix, SlotFlags.Receiver), !ReferenceEquals(inner, receiver)) ? null : inner;
        }
    }
}
