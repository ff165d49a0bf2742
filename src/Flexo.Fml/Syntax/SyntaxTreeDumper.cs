using System.Text;
using Flexo.Fml.Text;

namespace Flexo.Fml.Syntax;

/// <summary>Prints a syntax tree as indented text (kinds, spans, token texts), for debugging and baseline tests.</summary>
public static class SyntaxTreeDumper
{
    /// <summary>
    /// Dumps <paramref name="root"/>: one line per node (<c>Kind [line:col-line:col]</c>) and per token
    /// (<c>Kind "text" [line:col]</c>); missing tokens are marked <c>&lt;missing&gt;</c>. Trivia is not shown.
    /// </summary>
    public static string Dump(SyntaxNode root, SourceText text)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder();
        var stack = new Stack<(SyntaxNodeOrToken Item, int Depth)>();
        stack.Push((new SyntaxNodeOrToken(root), 0));
        while (stack.Count > 0)
        {
            var (item, depth) = stack.Pop();
            builder.Append(' ', depth * 2);
            if (item.AsToken() is { } token)
            {
                builder.Append(token.Kind).Append(' ');
                if (token.IsMissing)
                {
                    builder.Append("<missing>");
                }
                else
                {
                    builder.Append(Quote(token.Text));
                }

                builder.Append(" [").Append(text.GetLinePosition(token.Span.Start).ToString().Replace(',', ':')).Append(']').Append('\n');
                continue;
            }

            var node = item.AsNode()!;
            var span = node.Span;
            var start = text.GetLinePosition(span.Start);
            var end = text.GetLinePosition(span.End);
            builder.Append(node.Kind).Append(" [").Append(start.Line).Append(':').Append(start.Column).Append('-')
                .Append(end.Line).Append(':').Append(end.Column).Append("]\n");
            var children = node.ChildNodesAndTokens().ToList();
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push((children[i], depth + 1));
            }
        }

        return builder.ToString();
    }

    /// <summary>Quotes <paramref name="value"/> for display: <c>"</c>, <c>\</c> and control characters escaped.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2);
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
                    if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }
}
