using System.Collections.Immutable;
using Flexo.Fml.Semantics.Bound;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Semantics;

internal sealed partial class Binder
{
    /// <summary>Binds any expression; <paramref name="expected"/> helps bare enum values and empty generics (D8).</summary>
    public BoundExpression BindExpression(ExpressionSyntax syntax, FmlType? expected = null)
    {
        switch (syntax)
        {
            case LiteralExpressionSyntax literal:
                return BindLiteral(literal);
            case IdentifierNameSyntax name:
                return BindName(name, expected);
            case ParenthesizedExpressionSyntax parenthesized:
                return BindExpression(parenthesized.Expression, expected);
            case MemberAccessExpressionSyntax member:
                return BindMemberAccess(member, expected);
            case InvocationExpressionSyntax invocation:
                return BindInvocation(invocation);
            case ObjectCreationExpressionSyntax creation:
                return BindObjectCreation(creation, expected);
            case AssignmentExpressionSyntax assignment:
                return BindAssignment(assignment);
            case BinaryExpressionSyntax binary:
                return BindBinary(binary);
            case PrefixUnaryExpressionSyntax prefix:
                return BindUnary(prefix, prefix.OperatorToken, prefix.Operand, isPostfix: false);
            case PostfixUnaryExpressionSyntax postfix:
                return BindUnary(postfix, postfix.OperatorToken, postfix.Operand, isPostfix: true);
            case ConditionalExpressionSyntax conditional:
                {
                    var condition = BindCondition(conditional.Condition, "a conditional expression");
                    var whenTrue = BindExpression(conditional.WhenTrue, expected);
                    var whenFalse = BindExpression(conditional.WhenFalse, expected);
                    return new BoundConditional(syntax, condition, whenTrue, whenFalse, TypeFacts.CommonType(whenTrue.Type, whenFalse.Type));
                }

            case CastExpressionSyntax cast:
                {
                    var type = _analyzer.ResolveType(_unit, _concept, cast.Type);
                    var operand = BindExpression(cast.Expression);
                    if (!operand.Type.IsError && !type.IsError && !CanCast(operand.Type, type))
                    {
                        Report(SemanticErrors.CannotConvert(cast.Span, operand.Type.DisplayName, type.DisplayName));
                    }

                    return new BoundCast(syntax, operand, type);
                }

            case InstanceOfExpressionSyntax instanceOf:
                return new BoundInstanceOf(syntax, BindExpression(instanceOf.Expression), _analyzer.ResolveType(_unit, _concept, instanceOf.Type));
            case SuperExpressionSyntax:
                Report(SemanticErrors.SuperMisuse(syntax.Span, "'super' alone is not a value; call super(...) or super.m(...)"));
                return Error(syntax);
            case MissingExpressionSyntax:
                return Error(syntax);
            case TypeSyntax type when type is not NameSyntax:
                // A type in value position (a keyword argument such as targetType=List<X>).
                return new BoundLiteral(syntax, null, _analyzer.ResolveType(_unit, _concept, type));
            default:
                return BindAction(syntax);
        }
    }

    private static bool CanCast(FmlType from, FmlType to) =>
        TypeFacts.IsAssignable(to, from, permissive: true) || TypeFacts.IsAssignable(from, to, permissive: true)
        || (TypeFacts.IsNumeric(from) && TypeFacts.IsNumeric(to))
        || (from is ConceptType && to is ConceptType) || from is NullType
        || TypeFacts.IsReference(from) && TypeFacts.IsReference(to);

    private static BoundLiteral BindLiteral(LiteralExpressionSyntax syntax)
    {
        var value = syntax.Token.Value;
        FmlType type = value switch
        {
            int => PrimitiveType.Int,
            long => PrimitiveType.Long,
            float => PrimitiveType.Float,
            double => PrimitiveType.Double,
            char => PrimitiveType.Char,
            bool => PrimitiveType.Boolean,
            string => ClassType.String,
            _ when syntax.Token.Kind == SyntaxKind.NullKeyword => NullType.Instance,
            _ => ErrorType.Instance,
        };
        return new BoundLiteral(syntax, value, type);
    }

    private BoundExpression BindBinary(BinaryExpressionSyntax syntax)
    {
        var op = syntax.OperatorToken.Kind;
        BoundExpression left;
        BoundExpression right;
        if (op is SyntaxKind.EqualsEqualsToken or SyntaxKind.ExclamationEqualsToken && syntax.Left is IdentifierNameSyntax bareLeft
            && !IsKnownName(bareLeft.Identifier.Text))
        {
            // A bare enum value on the left (LOW == level): the right operand gives its type (D8).
            right = BindExpression(syntax.Right);
            left = BindExpression(syntax.Left, right.Type);
        }
        else
        {
            left = BindExpression(syntax.Left);

            // A bare enum value opposite an enum-typed operand (D8).
            right = BindExpression(syntax.Right, op is SyntaxKind.EqualsEqualsToken or SyntaxKind.ExclamationEqualsToken ? left.Type : null);
        }

        var type = OperatorTyping.Binary(op, left.Type, right.Type);
        if (type is null)
        {
            Report(SemanticErrors.OperatorTypes(syntax.OperatorToken.Span, syntax.OperatorToken.Text,
                $"{left.Type.DisplayName} and {right.Type.DisplayName}"));
            type = ErrorType.Instance;
        }

        return new BoundBinary(syntax, op, left, right, type);
    }

    private BoundExpression BindUnary(ExpressionSyntax syntax, SyntaxToken op, ExpressionSyntax operandSyntax, bool isPostfix)
    {
        var operand = BindExpression(operandSyntax);
        if (op.Kind is SyntaxKind.PlusPlusToken or SyntaxKind.MinusMinusToken)
        {
            CheckAssignable(operand, operandSyntax);
        }

        var type = OperatorTyping.Unary(op.Kind, operand.Type);
        if (type is null)
        {
            Report(SemanticErrors.OperatorTypes(op.Span, op.Text, operand.Type.DisplayName));
            type = ErrorType.Instance;
        }

        return new BoundUnary(syntax, op.Kind, isPostfix, operand, type);
    }

    private BoundExpression BindAssignment(AssignmentExpressionSyntax syntax)
    {
        var target = BindExpression(syntax.Left);
        CheckAssignable(target, syntax.Left);
        var op = syntax.OperatorToken.Kind;
        var value = BindExpression(syntax.Right, target.Type);
        if (op == SyntaxKind.EqualsToken)
        {
            value = Convert(value, target.Type, syntax.Right);
        }
        else if (OperatorTyping.Binary(op, target.Type, value.Type) is null)
        {
            Report(SemanticErrors.OperatorTypes(syntax.OperatorToken.Span, syntax.OperatorToken.Text,
                $"{target.Type.DisplayName} and {value.Type.DisplayName}"));
        }

        return new BoundAssignment(syntax, op, target, value);
    }

    private void CheckAssignable(BoundExpression target, SyntaxNode syntax)
    {
        var settable = target switch
        {
            BoundLocal or BoundParameter or BoundError => true,
            BoundPropertyAccess access => access.Property.IsSettable,
            BoundBuiltInMember { Type.IsError: true } => true,
            BoundJavaMember { Member.IsProperty: true } => true,
            _ => false,
        };
        if (!settable)
        {
            Report(SemanticErrors.NotSettable(syntax.Span, syntax.ToString()));
        }
    }

    /// <summary>
    /// Binds call arguments. When the candidate behaviours agree that a position takes one enum type, that type is
    /// the argument's expected type, so a bare enum value (<c>set(HIGH)</c>) resolves (D8).
    /// </summary>
    private ImmutableArray<BoundExpression> BindArguments(ArgumentListSyntax arguments, IReadOnlyList<BehaviourSymbol>? candidates = null)
    {
        var bound = ImmutableArray.CreateBuilder<BoundExpression>(arguments.Arguments.Count);
        for (var i = 0; i < arguments.Arguments.Count; i++)
        {
            FmlType? expected = null;
            if (candidates is { Count: > 0 })
            {
                var position = i;
                var types = candidates.Where(c => c.Parameters.Length > position).Select(c => c.Parameters[position].Type)
                    .Where(t => t is ConceptType { Concept.Kind: ConceptKind.Enum }).Distinct().ToList();
                expected = types.Count == 1 ? types[0] : null;
            }

            bound.Add(BindExpression(arguments.Arguments[i], expected));
        }

        return bound.MoveToImmutable();
    }
}
