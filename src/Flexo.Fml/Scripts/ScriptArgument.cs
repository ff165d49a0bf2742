using Flexo.Fml.Text;

namespace Flexo.Fml.Scripts;

/// <summary>
/// One raw argument of a directive: a word such as <c>-r</c>, <c>add_rc</c>, <c>http://a.b/c.fml</c> or <c>../dir</c>,
/// or a quoted text (<c>"My Models/x.fml"</c>), whose <see cref="Value"/> is the text between the quotes.
/// </summary>
public sealed class ScriptArgument
{
    internal ScriptArgument(string value, TextSpan span, bool isQuoted)
    {
        Value = value;
        Span = span;
        IsQuoted = isQuoted;
    }

    /// <summary>The argument's value: the word as written, or the text between the quotes (<c>\"</c> and <c>\\</c> unescaped).</summary>
    public string Value { get; }

    /// <summary>Where the argument is written, quotes included.</summary>
    public TextSpan Span { get; }

    /// <summary>True when the argument was written between quotes.</summary>
    public bool IsQuoted { get; }

    /// <summary>True for an unquoted word starting with '-' (<c>-r</c>, <c>-d</c>, <c>-f</c>).</summary>
    public bool IsOption => !IsQuoted && Value.Length > 1 && Value[0] == '-';

    /// <inheritdoc />
    public override string ToString() => Value;
}
