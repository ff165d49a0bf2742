using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Scripts;

/// <summary>
/// An FML command: an expression or an FML action, possibly assigned to a script variable
/// (<c>myVMI = new HelloWorld() with (name="test1");</c>, <c>myVMI.printHello();</c>, <c>log "done";</c>,
/// <c>x = select unique A from vmi where (selected.n == 2);</c>).
/// </summary>
public sealed class ScriptExpressionCommand : ScriptCommand
{
    internal ScriptExpressionCommand(TextSpan span, LinePosition position, ExpressionSyntax expression)
        : base(span, position)
    {
        Expression = expression;
        if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax target, OperatorToken.Kind: SyntaxKind.EqualsToken })
        {
            AssignedVariable = target.Identifier.Text;
        }
    }

    /// <summary>The expression (an <see cref="AssignmentExpressionSyntax"/> for <c>x = e</c>).</summary>
    public ExpressionSyntax Expression { get; }

    /// <summary>The variable of a top-level <c>x = e</c>, or null.</summary>
    public string? AssignedVariable { get; }
}
