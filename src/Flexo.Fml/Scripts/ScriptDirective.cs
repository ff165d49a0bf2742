using System.Collections.Immutable;
using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Scripts;

/// <summary>
/// A directive (<c>cd dir;</c>, <c>service ResourceCenterService add_rc -d dir;</c>, <c>m = load -r http://a.b/c.fml;</c>)
/// with its raw arguments, or, for <c>more</c> and <c>enter</c> followed by an expression, that parsed expression.
/// </summary>
public sealed class ScriptDirective : ScriptCommand
{
    internal ScriptDirective(
        TextSpan span,
        LinePosition position,
        ScriptDirectiveKind kind,
        TextSpan nameSpan,
        ImmutableArray<ScriptArgument> arguments,
        ExpressionSyntax? expression,
        string? assignedVariable)
        : base(span, position)
    {
        Kind = kind;
        NameSpan = nameSpan;
        Arguments = arguments;
        Expression = expression;
        AssignedVariable = assignedVariable;
    }

    /// <summary>Which directive.</summary>
    public ScriptDirectiveKind Kind { get; }

    /// <summary>Where the directive's word is written.</summary>
    public TextSpan NameSpan { get; }

    /// <summary>The raw arguments, in order (empty when <see cref="Expression"/> is set).</summary>
    public ImmutableArray<ScriptArgument> Arguments { get; }

    /// <summary>For <c>more expr</c> and <c>enter expr</c>: the expression; otherwise null.</summary>
    public ExpressionSyntax? Expression { get; }

    /// <summary>The variable of <c>x = load ...</c>, <c>x = open ...</c> or <c>x = enter ...</c>, or null.</summary>
    public string? AssignedVariable { get; }
}
