using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Scripts;

/// <summary><c>assert condition;</c> or <c>assert condition : message;</c>: the script fails when the condition is false.</summary>
public sealed class ScriptAssertCommand : ScriptCommand
{
    internal ScriptAssertCommand(TextSpan span, LinePosition position, ExpressionSyntax condition, ExpressionSyntax? message)
        : base(span, position)
    {
        Condition = condition;
        Message = message;
    }

    /// <summary>The condition (bound as a boolean condition).</summary>
    public ExpressionSyntax Condition { get; }

    /// <summary>The message shown when the assertion fails, or null.</summary>
    public ExpressionSyntax? Message { get; }
}
