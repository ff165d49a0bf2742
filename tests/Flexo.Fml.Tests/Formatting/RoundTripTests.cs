using System.Text;
using Flexo.Fml.Formatting;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Tests.Formatting;

/// <summary>Idempotence, faithfulness and comment preservation on whole files.</summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Samples => [.. FormattingSamples.All];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Samples_format_soundly(string source)
    {
        FormatAssert.Format(source);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Formatted_samples_are_fixpoints(string source)
    {
        var once = FormatAssert.Format(source);
        Assert.Equal(once, FormatAssert.Format(once));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Output_has_normalized_whitespace(string source)
    {
        var formatted = FormatAssert.Format(source);
        Assert.DoesNotContain('\r', formatted);
        Assert.EndsWith("\n", formatted, StringComparison.Ordinal);
        Assert.False(formatted.EndsWith("\n\n", StringComparison.Ordinal));
        Assert.DoesNotContain("\n\n\n", formatted, StringComparison.Ordinal);
        foreach (var line in formatted.Split('\n'))
        {
            Assert.False(line.EndsWith(' ') || line.EndsWith('\t'), "trailing white space: '" + line + "'");
            Assert.False(line.TrimStart('\t').StartsWith(' ') && !line.TrimStart('\t').StartsWith(" *", StringComparison.Ordinal),
                "indentation with spaces: '" + line + "'");
        }
    }

    /// <summary>A block comment between every two tokens: all kept, the result still sound.</summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void Block_comments_between_all_tokens_are_kept(string source)
    {
        FormatAssert.Format(InjectComments(source, i => $"/*c{i}*/"));
    }

    /// <summary>A line comment after every token (so every token ends a line): all kept, the result still sound.</summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void Line_comments_after_all_tokens_are_kept(string source)
    {
        FormatAssert.Format(InjectComments(source, i => $"// c{i}\n"));
    }

    /// <summary>An own-line comment before every token: all kept, the result still sound.</summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void Own_line_comments_before_all_tokens_are_kept(string source)
    {
        FormatAssert.Format(InjectComments(source, i => $"\n// c{i}\n\n"));
    }

    /// <summary>Multi-line block comments everywhere, on their own lines and inline.</summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void Multi_line_block_comments_everywhere_are_kept(string source)
    {
        FormatAssert.Format(InjectComments(source, i => i % 2 == 0 ? $"\n   /* c{i}\n      more */\n" : $" /* c{i}\n more */ "));
    }

    /// <summary>A random mix of line breaks, blank lines and comments of every kind between tokens.</summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void Random_layouts_and_comments_are_kept(string source)
    {
        string[] gaps =
        [
            " ", " ", " ", "\n", "\n\n", "\n\n\n", "\t", " /* c */ ", "/*c*/", " // c\n", "\n// c\n", "\n\n// c\n\n",
            "\n   /* a\n      b */\n", " /* a\n b */ ", "\n/** doc */\n", " /* x */ // y\n", "\n// p\n\n// q\n",
            "\r\n", " /* r */\r\n", "\n  /* s */ ", "/* t */\n", "\n\t\t/*\n\t\t * u\n\t\t */\n\n", " \f ", "\n/* v */ /* w */\n",
            "\n  /*\n\n  x\n  */ ",
        ];
        for (var seed = 0; seed < 30; seed++)
        {
            var random = new Random(seed);
            FormatAssert.Format(InjectComments(source, _ => gaps[random.Next(gaps.Length)]));
        }
    }

    [Fact]
    public void Every_sample_construct_kind_is_covered()
    {
        var kinds = new HashSet<SyntaxKind>();
        foreach (var sample in FormattingSamples.All)
        {
            foreach (var node in SyntaxTree.Parse(sample).Root.DescendantNodesAndSelf())
            {
                kinds.Add(node.Kind);
            }
        }

        var expected = Enum.GetValues<SyntaxKind>()
            .Where(k => k >= SyntaxKind.CompilationUnit && k is not (SyntaxKind.SkippedTokens or SyntaxKind.MissingExpression));
        var missing = expected.Where(k => !kinds.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "not covered: " + string.Join(", ", missing));
    }

    [Fact]
    public void Samples_parse_without_errors()
    {
        foreach (var sample in FormattingSamples.All)
        {
            var tree = SyntaxTree.Parse(sample);
            Assert.False(tree.HasErrors, string.Join("; ", tree.Diagnostics.Select(d => d.Format(tree.Text))));
        }
    }

    /// <summary>Inserts a comment made by <paramref name="comment"/> after every token but the end of file.</summary>
    internal static string InjectComments(string source, Func<int, string> comment)
    {
        var tree = SyntaxTree.Parse(source);
        var builder = new StringBuilder();
        var position = 0;
        var index = 0;
        foreach (var token in tree.Root.DescendantTokens())
        {
            if (token.Kind == SyntaxKind.EndOfFileToken)
            {
                break;
            }

            var end = token.Span.End;
            builder.Append(source, position, end - position);
            builder.Append(' ').Append(comment(index++)).Append(' ');
            position = end;
        }

        builder.Append(source, position, source.Length - position);
        return builder.ToString();
    }
}
