using Flexo.Fml.Text;

namespace Flexo.Fml.Scripts;

/// <summary><c>context;</c>: shows the script variables and their values.</summary>
public sealed class ScriptContextCommand : ScriptCommand
{
    internal ScriptContextCommand(TextSpan span, LinePosition position)
        : base(span, position)
    {
    }
}
