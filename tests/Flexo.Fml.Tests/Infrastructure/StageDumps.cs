using System.Globalization;
using System.Text;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Tests.Infrastructure;

/// <summary>The text forms of each front-end stage, as written to the baselines.</summary>
internal static class StageDumps
{
    /// <summary>
    /// The lexer's tokens, one per line: <c>line:col Kind "text"</c>, then <c>leading=[...]</c> and
    /// <c>trailing=[...]</c> with the trivia kinds (without the "Trivia" suffix) when there are any.
    /// </summary>
    public static string Tokens(string text)
    {
        var tokens = FmlText.LexTokens(text);
        var source = new SourceText(text);
        var builder = new StringBuilder();
        foreach (var token in tokens)
        {
            var position = source.GetLinePosition(token.Span.Start);
            builder.Append(position.Line).Append(':').Append(position.Column).Append(' ').Append(token.Kind).Append(' ');
            AppendQuoted(builder, token.Text);
            AppendTrivia(builder, "leading", token.LeadingTrivia);
            AppendTrivia(builder, "trailing", token.TrailingTrivia);
            builder.Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The tree, as <see cref="SyntaxTreeDumper"/> prints it.</summary>
    public static string Tree(SyntaxTree tree) => SyntaxTreeDumper.Dump(tree.Root, tree.Text);

    /// <summary>One line per diagnostic: <c>(line,col)-(line,col) CODE Severity: message</c>.</summary>
    public static string Diagnostics(SyntaxTree tree)
    {
        var builder = new StringBuilder();
        foreach (var diagnostic in tree.Diagnostics)
        {
            builder.Append(Describe(diagnostic, tree.Text)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary><c>(line,col)-(line,col) CODE Severity: message</c>.</summary>
    public static string Describe(Diagnostic diagnostic, SourceText text)
    {
        var start = text.GetLinePosition(diagnostic.Span.Start);
        var end = text.GetLinePosition(diagnostic.Span.End);
        return string.Create(CultureInfo.InvariantCulture,
            $"({start.Line},{start.Column})-({end.Line},{end.Column}) {diagnostic.Code} {diagnostic.Severity}: {diagnostic.Message}");
    }

    /// <summary>All diagnostics of a tree, one per line (for assertion messages).</summary>
    public static string DescribeAll(SyntaxTree tree) =>
        tree.Diagnostics.IsEmpty ? "(no diagnostics)" : string.Join(Environment.NewLine, tree.Diagnostics.Select(d => Describe(d, tree.Text)));

    private static void AppendTrivia(StringBuilder builder, string label, IReadOnlyList<SyntaxTrivia> trivia)
    {
        if (trivia.Count == 0)
        {
            return;
        }

        builder.Append(' ').Append(label).Append("=[");
        for (var i = 0; i < trivia.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            var name = trivia[i].Kind.ToString();
            builder.Append(name.EndsWith("Trivia", StringComparison.Ordinal) ? name[..^"Trivia".Length] : name);
        }

        builder.Append(']');
    }

    /// <summary>Quotes a text with the escapes of the tree dumper (\" \\ \n \r \t \uXXXX for control characters).</summary>
    public static void AppendQuoted(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFEFF')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
