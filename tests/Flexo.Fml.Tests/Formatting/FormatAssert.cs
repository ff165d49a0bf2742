using Flexo.Fml.Formatting;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Tests.Formatting;

/// <summary>Helpers of the formatter tests.</summary>
internal static class FormatAssert
{
    /// <summary>Joins lines with <c>\n</c> and ends the text with a line break, as the formatter does.</summary>
    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    /// <summary>
    /// Formats <paramref name="source"/>, checks the result is sound (parses, same structure, every comment kept,
    /// idempotent, no comment missed by the printer) and returns it.
    /// </summary>
    public static string Format(string source)
    {
        var tree = SyntaxTree.Parse(source, "test.fml");
        Assert.False(tree.HasErrors, "the test input has errors: "
            + string.Join("; ", tree.Diagnostics.Where(d => d.IsError).Select(d => d.Format(tree.Text))));
        var formatted = FmlFormatter.Format(tree, out var orphans);
        Assert.Equal(0, orphans);
        var problems = FormattingVerifier.Verify(tree, formatted);
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n--- formatted:\n" + formatted);
        return formatted;
    }

    /// <summary>Asserts that <paramref name="source"/> formats to <paramref name="expected"/> (and that the result is sound).</summary>
    public static void Formats(string source, string expected) => Assert.Equal(expected, Format(source));

    /// <summary>Wraps members in <c>model M { ... }</c>.</summary>
    public static string InModel(string members) => "model M {\n" + members + "\n}\n";

    /// <summary>Wraps statements in a behaviour of a model.</summary>
    public static string InBehaviour(string statements) => "model M {\n void f() {\n" + statements + "\n }\n}\n";

    /// <summary>The expected text of a behaviour <c>f</c> whose body lines are <paramref name="body"/> (indented by the caller from level 0).</summary>
    public static string ExpectedBehaviour(params string[] body) =>
        Lines([
            "model M {",
            string.Empty,
            "\tvoid f() {",
            .. body.Select(l => "\t\t" + l),
            "\t}",
            "}",
        ]);

    /// <summary>Formats statements in a behaviour and returns the body lines, without their two levels of indentation.</summary>
    public static string[] BodyOf(string statements)
    {
        var formatted = Format(InBehaviour(statements));
        var lines = formatted.Split('\n');
        Assert.Equal("\tvoid f() {", lines[2]);
        return [.. lines[3..^3].Select(l => l.StartsWith("\t\t", StringComparison.Ordinal) ? l[2..] : l)];
    }

    /// <summary>Formats one expression (as the value of a local) and returns its text.</summary>
    public static string Expression(string expression)
    {
        var body = BodyOf("x = " + expression + ";");
        Assert.Single(body);
        Assert.StartsWith("x = ", body[0], StringComparison.Ordinal);
        Assert.EndsWith(";", body[0], StringComparison.Ordinal);
        return body[0][4..^1];
    }
}
