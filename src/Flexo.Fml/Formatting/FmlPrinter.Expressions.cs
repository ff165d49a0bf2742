using Flexo.Fml.Syntax;

namespace Flexo.Fml.Formatting;

/// <summary>
/// Expressions, types and the clauses inside them. They are printed on one line, without recursion: each node is
/// expanded into a sequence of work items (tokens, spaces, child nodes) pushed on an explicit stack, so that the
/// left-deep trees of long chains (<c>a + b + ... + z</c>, <c>a.b().c().d()</c>) never deepen the call stack.
/// </summary>
internal sealed partial class FmlPrinter
{
    private enum WorkKind : byte
    {
        Expression,
        Node,
        Token,
        Skip,
        Text,
        Space,
    }

    private readonly record struct Work(WorkKind Kind, object? Item, Slot Slot = default, string? Text = null);

    private static readonly Slot ActionOperand = new(Precedence.Conditional, SlotFlags.ActionOperand);

    private readonly Stack<Work> _work = new();
    private readonly List<Work> _parts = [];

    /// <summary>Prints an expression (or type) at <paramref name="slot"/>.</summary>
    private void Expression(ExpressionSyntax expression, Slot slot)
    {
        var mark = _work.Count;
        _work.Push(new Work(WorkKind.Expression, expression, slot));
        Run(mark);
    }

    /// <summary>Prints a type.</summary>
    private void Type(TypeSyntax type) => Expression(type, Slot.Full);

    /// <summary>Prints a clause or list that may appear inside expressions (argument lists, keyword arguments, ...).</summary>
    private void Node(SyntaxNode node)
    {
        var mark = _work.Count;
        _work.Push(new Work(WorkKind.Node, node));
        Run(mark);
    }

    private void Run(int mark)
    {
        while (_work.Count > mark)
        {
            var work = _work.Pop();
            switch (work.Kind)
            {
                case WorkKind.Token:
                    _writer.Token((SyntaxToken)work.Item!, work.Text);
                    break;
                case WorkKind.Skip:
                    _writer.Skip((SyntaxToken)work.Item!);
                    break;
                case WorkKind.Text:
                    _writer.Text(work.Text!);
                    break;
                case WorkKind.Space:
                    _writer.Space();
                    break;
                case WorkKind.Expression:
                    ExpandExpression((ExpressionSyntax)work.Item!, work.Slot);
                    break;
                case WorkKind.Node:
                    _parts.Clear();
                    ExpandNode((SyntaxNode)work.Item!, work.Slot);
                    PushParts();
                    break;
            }
        }
    }

    private void PushParts()
    {
        for (var i = _parts.Count - 1; i >= 0; i--)
        {
            _work.Push(_parts[i]);
        }

        _parts.Clear();
    }

    private void T(SyntaxToken token) => _parts.Add(new Work(WorkKind.Token, token));

    private void T(SyntaxToken? token, string text) => _parts.Add(token is null ? new Work(WorkKind.Text, null, Text: text) : new Work(WorkKind.Token, token, Text: text));

    private void Sp() => _parts.Add(new Work(WorkKind.Space, null));

    private void E(ExpressionSyntax expression, Slot slot) => _parts.Add(new Work(WorkKind.Expression, expression, slot));

    private void Ty(TypeSyntax type) => _parts.Add(new Work(WorkKind.Expression, type, Slot.Full));

    private void N(SyntaxNode node, Slot slot = default) => _parts.Add(new Work(WorkKind.Node, node, slot));

    /// <summary>
    /// Removes the source parentheses around an expression, prints them back only where the priority rule needs them
    /// (the innermost source pair is reused, so that comments on it stay in place), then expands the expression.
    /// </summary>
    private void ExpandExpression(ExpressionSyntax expression, Slot slot)
    {
        var inner = expression;
        List<ParenthesizedExpressionSyntax>? parentheses = null;
        while (inner is ParenthesizedExpressionSyntax parenthesized)
        {
            (parentheses ??= []).Add(parenthesized);
            inner = parenthesized.Expression;
        }

        if (_conservative)
        {
            ExpandConservatively(inner, slot, parentheses);
            return;
        }

        var needs = Precedence.NeedsParentheses(inner, slot, parentheses is not null);
        var innerSlot = needs ? Slot.Full : slot;

        // Closing side first (it is pushed, so it runs after the inner expression).
        if (parentheses is not null)
        {
            for (var i = 0; i < parentheses.Count - 1; i++)
            {
                _work.Push(new Work(WorkKind.Skip, parentheses[i].CloseParen));
            }

            var innermost = parentheses[^1];
            _work.Push(new Work(needs ? WorkKind.Token : WorkKind.Skip, innermost.CloseParen));
        }
        else if (needs)
        {
            _work.Push(new Work(WorkKind.Text, null, Text: ")"));
        }

        _parts.Clear();
        ExpandBare(inner, innerSlot);
        PushParts();

        // Opening side: written right away, in source order.
        if (parentheses is not null)
        {
            for (var i = 0; i < parentheses.Count - 1; i++)
            {
                _writer.Skip(parentheses[i].OpenParen);
            }

            var innermost = parentheses[^1];
            if (needs)
            {
                _writer.Token(innermost.OpenParen);
            }
            else
            {
                _writer.Skip(innermost.OpenParen);
            }
        }
        else if (needs)
        {
            _writer.Text("(");
        }
    }

    /// <summary>The conservative form: every source parenthesis is printed, none is added.</summary>
    private void ExpandConservatively(ExpressionSyntax inner, Slot slot, List<ParenthesizedExpressionSyntax>? parentheses)
    {
        if (parentheses is not null)
        {
            for (var i = 0; i < parentheses.Count; i++)
            {
                _work.Push(new Work(WorkKind.Token, parentheses[i].CloseParen));
            }
        }

        _parts.Clear();
        ExpandBare(inner, parentheses is null ? slot : Slot.Full);
        PushParts();
        if (parentheses is not null)
        {
            foreach (var parenthesized in parentheses)
            {
                _writer.Token(parenthesized.OpenParen);
            }
        }
    }

    /// <summary>Expands an expression whose own parentheses are handled, into <see cref="_parts"/>.</summary>
    private void ExpandBare(ExpressionSyntax expression, Slot slot)
    {
        // The left edge of a statement or action position stays its start.
        var start = slot.Flags & (SlotFlags.StatementStart | SlotFlags.ActionPosition);
        var receiver = new Slot(Precedence.Postfix, SlotFlags.Receiver | start);
        switch (expression)
        {
            case LiteralExpressionSyntax literal:
                T(literal.Token);
                break;
            case IdentifierNameSyntax name:
                T(name.Identifier);
                break;
            case GenericNameSyntax generic:
                T(generic.Identifier);
                N(generic.TypeArguments);
                break;
            case QualifiedNameSyntax qualified:
                Ty(qualified.Left);
                T(qualified.Dot);
                Ty(qualified.Right);
                break;
            case PredefinedTypeSyntax predefined:
                T(predefined.Keyword);
                break;
            case ArrayTypeSyntax array:
                Ty(array.ElementType);
                T(array.OpenBracket);
                T(array.CloseBracket);
                break;
            case WildcardTypeSyntax wildcard:
                T(wildcard.Question);
                if (wildcard.BoundKeyword is not null && wildcard.Bound is not null)
                {
                    Sp();
                    T(wildcard.BoundKeyword);
                    Sp();
                    Ty(wildcard.Bound);
                }

                break;
            case TechnologyTypeSyntax technology:
                Qualifier(technology.Qualifier, technology.ColonColon);
                T(technology.Name);
                N(technology.Arguments);
                break;
            case MemberAccessExpressionSyntax member:
                E(member.Expression, receiver);
                T(member.Dot);
                Ty(member.Name);
                break;
            case InvocationExpressionSyntax invocation:
                E(invocation.Expression, receiver);
                N(invocation.Arguments, Slot.Full);
                break;
            case ObjectCreationExpressionSyntax creation:
                if (creation.Receiver is not null && creation.Dot is not null)
                {
                    E(creation.Receiver, receiver);
                    T(creation.Dot);
                }

                T(creation.NewKeyword);
                Sp();
                Ty(creation.Type);
                if (creation.Constructor is not null)
                {
                    N(creation.Constructor);
                }

                N(creation.Arguments, Slot.Full);
                if (creation.WithKeyword is not null && creation.WithArguments is not null)
                {
                    Sp();
                    T(creation.WithKeyword);
                    Sp();
                    N(creation.WithArguments);
                }

                break;
            case CastExpressionSyntax cast:
                T(cast.OpenParen);
                Ty(cast.Type);
                T(cast.CloseParen);
                E(cast.Expression, new Slot(Precedence.Unary, IsPrimitive(cast.Type) ? SlotFlags.None : SlotFlags.ReferenceCastOperand));
                break;
            case BinaryExpressionSyntax binary:
                {
                    var priority = SyntaxFacts.GetBinaryPriority(binary.OperatorToken.Kind);
                    E(binary.Left, Precedence.LeftOperand(priority) with { Flags = start });
                    Sp();
                    T(binary.OperatorToken);
                    Sp();
                    E(binary.Right, Precedence.RightOperand(priority));
                    break;
                }

            case AssignmentExpressionSyntax assignment:
                {
                    var compact = (slot.Flags & SlotFlags.WhereCondition) != 0 && assignment.OperatorToken.Kind == SyntaxKind.EqualsToken;
                    E(assignment.Left, Slot.Conditional with { Flags = start });
                    if (!compact)
                    {
                        Sp();
                    }

                    T(assignment.OperatorToken);
                    if (!compact)
                    {
                        Sp();
                    }

                    E(assignment.Right, Slot.Action);
                    break;
                }

            case PrefixUnaryExpressionSyntax prefix:
                T(prefix.OperatorToken);
                if (NeedsSpaceAfterPrefix(prefix))
                {
                    Sp();
                }

                E(prefix.Operand, new Slot(Precedence.Unary));
                break;
            case PostfixUnaryExpressionSyntax postfix:
                E(postfix.Operand, new Slot(Precedence.Postfix, start));
                T(postfix.OperatorToken);
                break;
            case ConditionalExpressionSyntax conditional:
                E(conditional.Condition, new Slot(Precedence.Conditional - 1, start));
                Sp();
                T(conditional.Question);
                Sp();
                E(conditional.WhenTrue, Slot.Full);
                Sp();
                T(conditional.Colon);
                Sp();
                E(conditional.WhenFalse, Slot.Conditional);
                break;
            case InstanceOfExpressionSyntax instanceOf:
                E(instanceOf.Expression, new Slot(Precedence.Relational - 1, start));
                Sp();
                T(instanceOf.InstanceOfKeyword);
                Sp();
                Ty(instanceOf.Type);
                break;
            case SuperExpressionSyntax super:
                T(super.SuperKeyword);
                break;
            case SelectExpressionSyntax select:
                T(select.SelectKeyword);
                Sp();
                if (select.UniqueKeyword is not null)
                {
                    T(select.UniqueKeyword);
                    Sp();
                }

                Ty(select.Type);
                if (select.FetchKind is not null)
                {
                    Sp();
                    N(select.FetchKind);
                }

                Sp();
                N(select.From);
                if (select.Where is not null)
                {
                    Sp();
                    N(select.Where);
                }

                break;
            case DeleteExpressionSyntax delete:
                T(delete.DeleteKeyword);
                Sp();
                E(delete.Expression, ActionOperand);
                if (delete.From is not null)
                {
                    Sp();
                    N(delete.From);
                }

                break;
            case LogExpressionSyntax log:
                T(log.LogKeyword);
                Sp();
                E(log.Expression, ActionOperand);
                break;
            case FireExpressionSyntax fire:
                T(fire.FireKeyword);
                Sp();
                E(fire.Expression, ActionOperand);
                break;
            case NotifyExpressionSyntax notify:
                T(notify.NotifyKeyword);
                Sp();
                E(notify.Expression, ActionOperand);
                if (notify.In is not null)
                {
                    Sp();
                    N(notify.In);
                }

                break;
            case BeginMatchExpressionSyntax begin:
                T(begin.BeginKeyword);
                Sp();
                T(begin.MatchKeyword);
                Sp();
                Ty(begin.Type);
                Sp();
                N(begin.From);
                if (begin.Where is not null)
                {
                    Sp();
                    N(begin.Where);
                }

                break;
            case MatchExpressionSyntax match:
                T(match.MatchKeyword);
                Sp();
                Ty(match.Type);
                if (match.In is not null)
                {
                    Sp();
                    N(match.In);
                }

                Sp();
                N(match.From);
                if (match.Where is not null)
                {
                    Sp();
                    N(match.Where);
                }

                if (match.Create is not null)
                {
                    Sp();
                    N(match.Create);
                }

                if (match.Unmatched is not null)
                {
                    Sp();
                    N(match.Unmatched);
                }

                break;
            case EndMatchExpressionSyntax end:
                T(end.EndKeyword);
                Sp();
                T(end.MatchKeyword);
                Sp();
                Ty(end.Type);
                Sp();
                N(end.In);
                if (end.Call is not null)
                {
                    Sp();
                    N(end.Call);
                }

                if (end.Unmatched is not null)
                {
                    Sp();
                    N(end.Unmatched);
                }

                break;
            case TechnologyActionExpressionSyntax action:
                T(action.Qualifier);
                T(action.ColonColon);
                T(action.Name);
                N(action.Arguments);
                if (action.In is not null)
                {
                    Sp();
                    N(action.In);
                }

                if (action.From is not null)
                {
                    Sp();
                    N(action.From);
                }

                break;
            default:
                AllTokens(expression);
                break;
        }
    }

    /// <summary>Expands a clause or list found inside expressions, into <see cref="_parts"/>.</summary>
    private void ExpandNode(SyntaxNode node, Slot slot)
    {
        switch (node)
        {
            case ExpressionSyntax expression:
                E(expression, Slot.Conditional);
                break;
            case ArgumentListSyntax arguments:
                {
                    var argumentSlot = slot.MaxPriority == 0 && slot.Flags == SlotFlags.None ? Slot.Full : slot;
                    T(arguments.OpenParen);
                    for (var i = 0; i < arguments.Arguments.Count; i++)
                    {
                        E(arguments.Arguments[i], argumentSlot);
                        if (i < arguments.Arguments.SeparatorCount)
                        {
                            T(arguments.Arguments.GetSeparator(i));
                        }
                    }

                    T(arguments.CloseParen);
                    break;
                }

            case TypeArgumentListSyntax typeArguments:
                T(typeArguments.LessThan);
                for (var i = 0; i < typeArguments.Arguments.Count; i++)
                {
                    Ty(typeArguments.Arguments[i]);
                    if (i < typeArguments.Arguments.SeparatorCount)
                    {
                        T(typeArguments.Arguments.GetSeparator(i));
                    }
                }

                T(typeArguments.GreaterThan);
                break;
            case KeywordArgumentListSyntax keywordArguments:
                T(keywordArguments.OpenParen);
                for (var i = 0; i < keywordArguments.Arguments.Count; i++)
                {
                    N(keywordArguments.Arguments[i]);
                    if (i < keywordArguments.Arguments.SeparatorCount)
                    {
                        T(keywordArguments.Arguments.GetSeparator(i));
                    }
                }

                T(keywordArguments.CloseParen);
                break;
            case KeywordArgumentSyntax keywordArgument:
                T(keywordArgument.Name);
                T(keywordArgument.EqualsToken);
                N(keywordArgument.Value);
                break;
            case NestedObjectSyntax nested:
                Qualifier(nested.Qualifier, nested.ColonColon);
                T(nested.Name);
                T(nested.Colon);
                N(nested.Arguments);
                break;
            case NestedObjectListSyntax list:
                T(list.OpenBrace);
                for (var i = 0; i < list.Objects.Count; i++)
                {
                    N(list.Objects[i]);
                    if (i < list.Objects.SeparatorCount)
                    {
                        T(list.Objects.GetSeparator(i));
                    }
                }

                T(list.CloseBrace);
                break;
            case KindClauseSyntax kind:
                T(kind.WithKeyword);
                Sp();
                Qualifier(kind.Qualifier, kind.ColonColon);
                T(kind.Name);
                if (kind.Arguments is not null)
                {
                    N(kind.Arguments);
                }
                else
                {
                    T(null, "()");
                }

                break;
            case FromClauseSyntax from:
                T(from.FromKeyword);
                Sp();
                E(from.Expression, Slot.Conditional);
                break;
            case InClauseSyntax @in:
                T(@in.InKeyword);
                Sp();
                E(@in.Expression, Slot.Conditional);
                break;
            case WhereClauseSyntax where:
                T(where.WhereKeyword);
                Sp();
                N(where.Conditions, new Slot(Precedence.Assignment, SlotFlags.WhereCondition));
                break;
            case SchemeCallSyntax call:
                T(call.Keyword);
                T(call.ColonColon);
                T(call.Identifier);
                N(call.Arguments, Slot.Full);
                break;
            case UnmatchedClauseSyntax unmatched:
                T(unmatched.UnmatchedKeyword);
                T(unmatched.Colon);
                Sp();
                E(unmatched.Expression, Slot.Action);
                break;
            case ConstructorSelectorSyntax constructor:
                T(constructor.ColonColon);
                T(constructor.Identifier);
                break;
            default:
                AllTokens(node);
                break;
        }
    }

    private void Qualifier(SyntaxToken? qualifier, SyntaxToken? colonColon)
    {
        if (qualifier is not null && colonColon is not null)
        {
            T(qualifier);
            T(colonColon);
        }
    }

    /// <summary>Fallback for a node the printer has no rule for (only in trees with errors): its tokens, spaced.</summary>
    private void AllTokens(SyntaxNode node)
    {
        var first = true;
        foreach (var token in node.DescendantTokens())
        {
            if (!first)
            {
                Sp();
            }

            T(token);
            first = false;
        }
    }

    private static bool IsPrimitive(TypeSyntax type) => type is PredefinedTypeSyntax;

    /// <summary><c>- -a</c> and <c>+ ++a</c> must not be printed <c>--a</c> and <c>+++a</c>.</summary>
    private static bool NeedsSpaceAfterPrefix(PrefixUnaryExpressionSyntax prefix)
    {
        var op = prefix.OperatorToken.Kind;
        if (op is not (SyntaxKind.MinusToken or SyntaxKind.PlusToken))
        {
            return false;
        }

        var operand = Precedence.StripParentheses(prefix.Operand);
        if (operand is not PrefixUnaryExpressionSyntax inner
            || Precedence.NeedsParentheses(inner, new Slot(Precedence.Unary), !ReferenceEquals(operand, prefix.Operand)))
        {
            return false;
        }

        return op == SyntaxKind.MinusToken
            ? inner.OperatorToken.Kind is SyntaxKind.MinusToken or SyntaxKind.MinusMinusToken
            : inner.OperatorToken.Kind is SyntaxKind.PlusToken or SyntaxKind.PlusPlusToken;
    }
}
