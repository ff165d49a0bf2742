using Flexo.Fml.Syntax;

namespace Flexo.Fml.Tests.Infrastructure;

/// <summary>
/// Produces random token-level mutations of a source text, reproducibly (fixed seed): delete, insert, replace, swap,
/// duplicate or move tokens, delete token ranges, truncate the text, insert odd characters. Each call mutates the
/// original text one to three times.
/// </summary>
internal sealed class Mutator
{
    /// <summary>Keywords, operators, separators, literals (valid and broken), names, comments and odd characters.</summary>
    public static readonly IReadOnlyList<string> Vocabulary = BuildVocabulary();

    private static readonly char[] s_oddCharacters =
    [
        '\0', '\r', '\n', '\t', '\f', '\v', '"', '\'', '\\', '#', '`', '@', '$', '{', '}', '(', ')', '<', '>', ';', '/', '*',
        '\u00A0', '\u00E9', '\u0301', '\u2028', '\u2029', '\uFEFF', '\uFFFD', '\uD800', '\uDC00', '\u200B', '\u0661',
    ];

    private readonly string _original;
    private readonly List<(int Start, int End)> _originalTokens;
    private readonly Random _random;

    public Mutator(string original, int seed)
    {
        _original = original;
        _originalTokens = TokenSpans(original);
        _random = new Random(seed);
    }

    /// <summary>A stable seed for a name (string.GetHashCode is randomised per process).</summary>
    public static int StableSeed(string name)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    /// <summary>The next mutated text; <paramref name="description"/> says what was done.</summary>
    public string Next(out string description)
    {
        var count = _random.Next(10) < 7 ? 1 : _random.Next(2, 4);
        var text = _original;
        var steps = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var tokens = ReferenceEquals(text, _original) ? _originalTokens : TokenSpans(text);
            text = MutateOnce(text, tokens, out var step);
            steps.Add(step);
        }

        description = string.Join("; ", steps);
        return text;
    }

    private string MutateOnce(string text, List<(int Start, int End)> tokens, out string description)
    {
        if (tokens.Count == 0)
        {
            var word = RandomWord();
            description = $"insert {Show(word)} into a text without tokens";
            return text.Insert(_random.Next(text.Length + 1), word);
        }

        var i = _random.Next(tokens.Count);
        var (start, end) = tokens[i];
        switch (_random.Next(9))
        {
            case 0:
                description = $"delete token {Show(text[start..end])} at {start}";
                return text.Remove(start, end - start);
            case 1:
                {
                    var word = Spaced(RandomWord());
                    description = $"insert {Show(word)} at {start}";
                    return text.Insert(start, word);
                }

            case 2:
                {
                    var word = RandomWord();
                    description = $"replace {Show(text[start..end])} at {start} by {Show(word)}";
                    return string.Concat(text.AsSpan(0, start), word, text.AsSpan(end));
                }

            case 3:
                {
                    if (i + 1 >= tokens.Count)
                    {
                        goto case 0;
                    }

                    var (nextStart, nextEnd) = tokens[i + 1];
                    description = $"swap {Show(text[start..end])} and {Show(text[nextStart..nextEnd])} at {start}";
                    return text[..start] + text[nextStart..nextEnd] + text[end..nextStart] + text[start..end] + text[nextEnd..];
                }

            case 4:
                {
                    var last = Math.Min(tokens.Count - 1, i + _random.Next(8));
                    var rangeEnd = tokens[last].End;
                    var range = text[start..rangeEnd];
                    description = $"duplicate {Show(range)} at {start}";
                    return text.Insert(rangeEnd, " " + range);
                }

            case 5:
                {
                    var last = Math.Min(tokens.Count - 1, i + _random.Next(1, 8));
                    var rangeEnd = tokens[last].End;
                    description = $"delete range {Show(text[start..rangeEnd])} at {start}";
                    return text.Remove(start, rangeEnd - start);
                }

            case 6:
                {
                    var cut = _random.Next(text.Length + 1);
                    description = $"truncate at {cut}";
                    return text[..cut];
                }

            case 7:
                {
                    var c = s_oddCharacters[_random.Next(s_oddCharacters.Length)];
                    var at = _random.Next(text.Length + 1);
                    description = $"insert character U+{(int)c:X4} at {at}";
                    return text.Insert(at, c.ToString());
                }

            default:
                {
                    var moved = text[start..end];
                    var removed = text.Remove(start, end - start);
                    var target = tokens[_random.Next(tokens.Count)].Start;
                    target = target > start ? Math.Max(start, target - moved.Length) : target;
                    description = $"move {Show(moved)} from {start} to {target}";
                    return removed.Insert(Math.Min(target, removed.Length), " " + moved + " ");
                }
        }
    }

    private string RandomWord() => Vocabulary[_random.Next(Vocabulary.Count)];

    private string Spaced(string word) => _random.Next(4) switch
    {
        0 => word,
        1 => word + " ",
        2 => " " + word,
        _ => " " + word + " ",
    };

    private static string Show(string text) => TreeChecks.Excerpt(text, 40);

    /// <summary>The spans of the lexer's tokens, end of file excluded.</summary>
    private static List<(int Start, int End)> TokenSpans(string text)
    {
        var spans = new List<(int, int)>();
        foreach (var token in FmlText.LexTokens(text))
        {
            if (token.Kind != SyntaxKind.EndOfFileToken)
            {
                spans.Add((token.Span.Start, token.Span.End));
            }
        }

        return spans;
    }

    private static string[] BuildVocabulary()
    {
        var words = new List<string>();
        foreach (var kind in Enum.GetValues<SyntaxKind>())
        {
            if (SyntaxFacts.GetText(kind) is { Length: > 0 } text)
            {
                words.Add(text);
            }
        }

        words.AddRange(
        [
            "0", "1", "42", "2147483647", "2147483648", "42L", "0x1F", "0xFFFFFFFFL", "017", "08", "0x", "1.5", ".5", "1.",
            "1e10", "1.2E-3f", "3d", "12abc", "1_000",
            "\"text\"", "\"esc\\n\\t\\\"\\u00e9\"", "\"bad\\q\"", "\"unterminated", "\"\"", "'c'", "'\\n'", "''", "'ab'", "'",
            "a", "x", "b1", "A", "ABC", "T2", "_x", "$y", "unité", "FMLRT", "this", "container", "parameters", "selected",
            "class", "List<String>", "Map<String,List<A>>", "a.b.c", "f(x)", "new A()", "A::b", "x = 1",
            "//c\n", "/*c*/", "/**d*/", "/*", "*/", "\n", "\r\n", "\r", "\t",
            "#", "`", "\\", "\u00A0", "\u2028", "\0",
        ]);
        return [.. words.Distinct(StringComparer.Ordinal)];
    }
}
