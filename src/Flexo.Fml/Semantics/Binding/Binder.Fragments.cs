using System.Collections.Immutable;
using Flexo.Fml.Scripts;
using Flexo.Fml.Semantics.Bound;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Semantics;

internal sealed partial class Binder
{
    /// <summary>
    /// Binds a fragment: the context's variables are locals of the outermost scope; a top-level <c>x = e</c> where
    /// <c>x</c> is no name in scope (or a variable whose type cannot hold the value) declares <c>x</c> with the type of
    /// the value, so that a script variable always has the type of its last value (D24).
    /// </summary>
    public (BoundExpression Expression, ImmutableDictionary<string, LocalSymbol> Variables, LocalSymbol? Declared) BindFragment(
        ExpressionSyntax syntax, FragmentContext context, bool asCondition)
    {
        var variables = ImmutableDictionary.CreateBuilder<string, LocalSymbol>(StringComparer.Ordinal);
        foreach (var variable in context.Variables)
        {
            variables[variable.Name] = DeclareImplicit(variable.Name, variable.Type, null);
        }

        if (asCondition)
        {
            return (BindCondition(syntax, "an assertion"), variables.ToImmutable(), null);
        }

        if (syntax is AssignmentExpressionSyntax { OperatorToken.Kind: SyntaxKind.EqualsToken, Left: IdentifierNameSyntax target } assignment)
        {
            var name = target.Identifier.Text;
            var existing = _scope.Lookup(name);
            if (existing is not null || !IsKnownName(name))
            {
                var value = BindExpression(assignment.Right, existing?.Type);
                if (value.Type == PrimitiveType.Void)
                {
                    Report(ScriptErrors.NothingToAssign(assignment.Right.Span, name));
                    return (Error(syntax, value), variables.ToImmutable(), null);
                }

                if (existing is not null && IsImplicitlyConvertible(value.Type, existing.Type))
                {
                    return (new BoundAssignment(syntax, SyntaxKind.EqualsToken, new BoundLocal(target, existing), value), variables.ToImmutable(), null);
                }

                var type = value.Type is NullType ? ClassType.Object : value.Type;
                var declared = new LocalSymbol(name, type, syntax, Text);
                return (new BoundAssignment(syntax, SyntaxKind.EqualsToken, new BoundLocal(target, declared), value), variables.ToImmutable(), declared);
            }
        }

        return (BindExpression(syntax), variables.ToImmutable(), null);
    }
}
