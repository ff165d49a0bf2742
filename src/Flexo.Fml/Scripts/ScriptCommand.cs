using Flexo.Fml.Text;

namespace Flexo.Fml.Scripts;

/// <summary>
/// One command of an FML script (<c>.fmlscript</c>), from its first character to its terminating <c>;</c>. The kinds
/// are <see cref="ScriptExpressionCommand"/>, <see cref="ScriptAssertCommand"/>, <see cref="ScriptContextCommand"/> and
/// <see cref="ScriptDirective"/>. Commands are immutable.
/// </summary>
public abstract class ScriptCommand
{
    private protected ScriptCommand(TextSpan span, LinePosition position)
    {
        Span = span;
        Position = position;
    }

    /// <summary>The text of the command in the script, its <c>;</c> included (when present).</summary>
    public TextSpan Span { get; }

    /// <summary>The one-based line and column where the command starts.</summary>
    public LinePosition Position { get; }
}
