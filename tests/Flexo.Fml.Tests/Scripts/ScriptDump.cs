using System.Text;
using Flexo.Fml.Scripts;

namespace Flexo.Fml.Tests.Scripts;

/// <summary>A readable, stable dump of a parsed script: one line per command, then one per diagnostic.</summary>
internal static class ScriptDump
{
    public static string Write(ScriptSyntax script)
    {
        var text = new StringBuilder();
        foreach (var command in script.Commands)
        {
            text.Append(command.Position).Append(' ').Append(Describe(script, command)).Append('\n');
        }

        foreach (var diagnostic in script.Diagnostics)
        {
            var start = script.Text.GetLinePosition(diagnostic.Span.Start);
            var end = script.Text.GetLinePosition(diagnostic.Span.End);
            text.Append('(').Append(start).Append(")-(").Append(end).Append(") ").Append(diagnostic.Code).Append(' ')
                .Append(diagnostic.Severity).Append(": ").Append(diagnostic.Message).Append('\n');
        }

        return text.ToString();
    }

    public static string Describe(ScriptSyntax script, ScriptCommand command) => command switch
    {
        ScriptExpressionCommand e => $"expression{Assigned(e.AssignedVariable)} {e.Expression.Kind} `{e.Expression}`",
        ScriptAssertCommand a => $"assert `{a.Condition}`" + (a.Message is null ? string.Empty : $" : `{a.Message}`"),
        ScriptContextCommand => "context",
        ScriptDirective d => $"directive{Assigned(d.AssignedVariable)} {d.Kind}"
            + (d.Expression is null ? string.Empty : $" expression `{d.Expression}`")
            + string.Concat(d.Arguments.Select(a => a.IsQuoted ? $" [\"{a.Value}\"]" : $" [{a.Value}]")),
        _ => command.GetType().Name,
    } + $" `{Shorten(script.Text.ToString(command.Span))}`";

    private static string Assigned(string? variable) => variable is null ? string.Empty : $" {variable} =";

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings("\\n");
        return line.Length > 60 ? line[..57] + "..." : line;
    }
}
