using System.Text;
using Flexo.Fml.Parsing;
using Flexo.Fml.Text;

namespace Flexo.Fml.Syntax;

/// <summary>
/// A token of the source text with the trivia around it. A token only remembers where it lies in the source;
/// its text, trivia and literal value are read from the source on demand, so a token costs a few words of memory.
/// Leading trivia is everything between the previous token's trailing trivia and this token; trailing trivia
/// runs up to and including the first line break after the token.
/// </summary>
public sealed class SyntaxToken
{
    private readonly string _source;
    private readonly int _fullStart;
    private readonly int _start;
    private readonly int _end;
    private readonly int _fullEnd;
    private string? _text;

    internal SyntaxToken(SyntaxKind kind, string source, int fullStart, int start, int end, int fullEnd, string? text)
    {
        Kind = kind;
        _source = source;
        _fullStart = fullStart;
        _start = start;
        _end = end;
        _fullEnd = fullEnd;
        _text = text;
    }

    /// <summary>The kind of token.</summary>
    public SyntaxKind Kind { get; }

    /// <summary>True for a token the parser inserted because the source lacked it (zero width).</summary>
    public bool IsMissing => _start == _end && Kind != SyntaxKind.EndOfFileToken;

    /// <summary>The span of the token's text, trivia excluded.</summary>
    public TextSpan Span => TextSpan.FromBounds(_start, _end);

    /// <summary>The span including leading and trailing trivia.</summary>
    public TextSpan FullSpan => TextSpan.FromBounds(_fullStart, _fullEnd);

    /// <summary>The token's text as written.</summary>
    public string Text => _text ??= _source.Substring(_start, _end - _start);

    /// <summary>The value of a literal token (int, long, float, double, char, string, bool) or the text of a name.</summary>
    public object? Value => LiteralReader.ReadValue(Kind, Text);

    /// <summary>True when there is any leading trivia.</summary>
    public bool HasLeadingTrivia => _fullStart < _start;

    /// <summary>True when there is any trailing trivia.</summary>
    public bool HasTrailingTrivia => _end < _fullEnd;

    /// <summary>The trivia before the token.</summary>
    public IReadOnlyList<SyntaxTrivia> LeadingTrivia => TriviaReader.Read(_source, _fullStart, _start);

    /// <summary>The trivia after the token (up to and including the first line break).</summary>
    public IReadOnlyList<SyntaxTrivia> TrailingTrivia => TriviaReader.Read(_source, _end, _fullEnd);

    /// <summary>The token text with its trivia, exactly as in the source.</summary>
    public string ToFullString() => _source.Substring(_fullStart, _fullEnd - _fullStart);

    /// <inheritdoc />
    public override string ToString() => Text;

    internal string Source => _source;

    internal void WriteTo(StringBuilder builder) => builder.Append(_source, _fullStart, _fullEnd - _fullStart);

    internal SyntaxToken WithKind(SyntaxKind kind) => new(kind, _source, _fullStart, _start, _end, _fullEnd, _text);

    /// <summary>Creates a zero-width token standing for one the source lacks, placed at <paramref name="position"/>.</summary>
    internal static SyntaxToken Missing(SyntaxKind kind, string source, int position) =>
        new(kind, source, position, position, position, position, string.Empty);

    /// <summary>Joins adjacent tokens (no trivia between them) into one token of <paramref name="kind"/>.</summary>
    internal static SyntaxToken Join(SyntaxKind kind, SyntaxToken first, SyntaxToken last) =>
        new(kind, first._source, first._fullStart, first._start, last._end, last._fullEnd, null);
}
