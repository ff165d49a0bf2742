using System.Text;
using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests.Robustness;

/// <summary>
/// Random garbage (fixed seeds): random bytes read as UTF-8 or Latin-1, random Unicode code points (unpaired
/// surrogates, controls, astral characters) and random token soup. The parser never throws or hangs, the tree is
/// sound, and a text that cannot be a model gets at least one error.
/// </summary>
public sealed class GarbageTests
{
    private const int Inputs = 400;

    private const int MaxLength = 3000;

    public static TheoryData<string> Kinds => new() { "utf8-bytes", "latin1-bytes", "unicode", "token-soup", "bracket-soup" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Garbage_parses_soundly(string kind)
    {
        string? failure = null;
        Guard.WatchedBatch(
            starting =>
            {
                var random = new Random(Mutator.StableSeed(kind));
                for (var i = 0; i < Inputs && failure is null; i++)
                {
                    var text = Generate(kind, random);
                    var options = i % 3 == 2 ? new ParseOptions { MaxDepth = random.Next(8, 20) } : ParseOptions.Default;
                    var label = $"{kind} #{i} (MaxDepth {options.MaxDepth})";
                    starting(label, text);
                    SyntaxTree tree;
                    try
                    {
                        tree = SyntaxTree.Parse(text, null, options);
                    }
                    catch (Exception e)
                    {
                        failure = $"{label}: Parse threw {e}{Environment.NewLine}Input: {TreeChecks.Excerpt(text, 2000)}";
                        break;
                    }

                    var violation = TreeChecks.FindViolation(text, tree, options.MaxDepth);
                    if (violation is not null && KnownParserBugs.Explain(text, violation, tree) is null)
                    {
                        failure = $"{label}: {violation}{Environment.NewLine}Input: {TreeChecks.Excerpt(text, 2000)}";
                    }
                    else if (kind != "token-soup" && !tree.HasErrors)
                    {
                        failure = $"{label}: no error for garbage.{Environment.NewLine}Input: {TreeChecks.Excerpt(text, 2000)}";
                    }
                }
            },
            $"garbage ({kind})",
            TimeSpan.FromSeconds(20));
        Assert.True(failure is null, failure);
    }

    private static string Generate(string kind, Random random)
    {
        var length = random.Next(MaxLength);
        switch (kind)
        {
            case "utf8-bytes":
                {
                    var bytes = new byte[length];
                    random.NextBytes(bytes);
                    return Encoding.UTF8.GetString(bytes);
                }

            case "latin1-bytes":
                {
                    var bytes = new byte[length];
                    random.NextBytes(bytes);
                    return Encoding.Latin1.GetString(bytes);
                }

            case "unicode":
                {
                    var builder = new StringBuilder(length);
                    while (builder.Length < length)
                    {
                        var codePoint = random.Next(4) switch
                        {
                            0 => random.Next(0x20, 0x7F),
                            1 => random.Next(0, 0x20),
                            2 => random.Next(0x80, 0x10000),
                            _ => random.Next(0x10000, 0x110000),
                        };
                        if (codePoint < 0x10000)
                        {
                            builder.Append((char)codePoint);
                        }
                        else
                        {
                            builder.Append(char.ConvertFromUtf32(codePoint));
                        }
                    }

                    return builder.ToString();
                }

            case "token-soup":
                {
                    var builder = new StringBuilder();
                    while (builder.Length < length)
                    {
                        builder.Append(Mutator.Vocabulary[random.Next(Mutator.Vocabulary.Count)]);
                        builder.Append(random.Next(3) switch { 0 => string.Empty, 1 => " ", _ => "\n" });
                    }

                    return builder.ToString();
                }

            default:
                {
                    const string brackets = "(){}[]<>;,.:@ab ";
                    var builder = new StringBuilder(length);
                    for (var i = 0; i < length; i++)
                    {
                        builder.Append(brackets[random.Next(brackets.Length)]);
                    }

                    return builder.ToString();
                }
        }
    }
}
