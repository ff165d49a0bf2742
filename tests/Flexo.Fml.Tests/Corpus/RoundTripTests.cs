using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests.Corpus;

/// <summary>The tree prints every sample back byte for byte: BOM, CRLF, tabs, trailing white space, missing final newline.</summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Samples => SampleCorpus.All;

    [Theory]
    [MemberData(nameof(Samples))]
    public void ToFullString_gives_back_the_exact_bytes(string sample)
    {
        var bytes = SampleCorpus.ReadBytes(sample);
        var tree = SyntaxTree.Parse(SampleCorpus.Decode(bytes), sample);
        var printed = SampleCorpus.Encode(tree.ToFullString());
        Assert.True(bytes.AsSpan().SequenceEqual(printed),
            $"{sample}: the printed tree differs from the file ({printed.Length} bytes instead of {bytes.Length}).");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_tree_is_sound(string sample)
    {
        var text = SampleCorpus.ReadText(sample);
        TreeChecks.AssertSound(text, SyntaxTree.Parse(text, sample));
    }

    /// <summary>
    /// The same sample with other line endings, a byte order mark, trailing white space or no final newline parses to
    /// the same structure with the same diagnostic codes.
    /// </summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void Layout_variants_round_trip_and_parse_to_the_same_structure(string sample)
    {
        var text = SampleCorpus.ReadText(sample);
        var reference = SyntaxTree.Parse(text);
        var lf = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var variants = new Dictionary<string, string>
        {
            ["LF"] = lf,
            ["CRLF"] = lf.Replace("\n", "\r\n", StringComparison.Ordinal),
            ["CR"] = lf.Replace("\n", "\r", StringComparison.Ordinal),
            ["BOM"] = text.StartsWith('\uFEFF') ? text : "\uFEFF" + text,
            ["trailing white space"] = lf.Replace("\n", " \t \n", StringComparison.Ordinal),
            ["no final newline"] = lf.TrimEnd('\n'),
            ["extra final newlines"] = lf + "\n\n",
        };
        foreach (var (name, variant) in variants)
        {
            var tree = SyntaxTree.Parse(variant);
            Assert.True(tree.ToFullString() == variant, $"{sample} ({name}): the round trip fails.");
            TreeChecks.AssertSound(variant, tree);
            Assert.True(Shape(reference) == Shape(tree),
                $"{sample} ({name}): the tree shape differs from the original layout's.");
            Assert.True(Codes(reference) == Codes(tree),
                $"{sample} ({name}): diagnostics {Codes(tree)} instead of {Codes(reference)}.");
        }
    }

    private static string Shape(SyntaxTree tree) =>
        string.Join(' ', tree.Root.DescendantNodesAndSelf().Select(n => n.Kind.ToString()));

    private static string Codes(SyntaxTree tree) => string.Join(' ', tree.Diagnostics.Select(d => d.Code));
}
