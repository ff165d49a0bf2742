using System.Text;
using Flexo.Fml.Parsing;
using Flexo.Fml.Text;

namespace Flexo.Fml.Syntax;

/// <summary>
/// A token of the source text with the trivia around it. Tokens live in a compact table owned by the tree; a
/// <see cref="SyntaxToken"/> is a light handle on one entry, created on access, and two handles on the same token
/// are equal. Leading trivia is everything between the previous token's trailing trivia and this token; trailing
/// trivia runs up to and including the first line break after the token.
/// </summary>
public sealed class SyntaxToken : IEquatable<SyntaxToken>
{
    private readonly TokenTable _table;
    private readonly int _index;

    internal SyntaxToken(TokenTable table, int index)
    {
        _table = table;
        _index = index;
    }

    private ref TokenData Data => ref _table[_index];

    /// <summary>The kind of token.</summary>
    public SyntaxKind Kind => Data.Kind;

    /// <summary>True for a token the parser inserted because the source lacked it (zero width).</summary>
    public bool IsMissing => _table.IsMissing(_index);

    /// <summary>The span of the token's text, trivia excluded.</summary>
    public TextSpan Span => TextSpan.FromBounds(Data.Start, Data.End);

    /// <summary>The span including leading and trailing trivia.</summary>
    public TextSpan FullSpan => TextSpan.FromBounds(Data.FullStart, Data.FullEnd);

    /// <summary>The token's text as written.</summary>
    public string Text
    {
        get
        {
            ref var data = ref Data;
            return data.Text ?? _table.Source.Substring(data.Start, data.End - data.Start);
        }
    }

    /// <summary>The value of a literal token (int, long, float, double, char, string, bool) or the text of a name.</summary>
    public object? Value => LiteralReader.ReadValue(Kind, Text);

    /// <summary>True when there is any leading trivia.</summary>
    public bool HasLeadingTrivia => Data.FullStart < Data.Start;

    /// <summary>True when there is any trailing trivia.</summary>
    public bool HasTrailingTrivia => Data.End < Data.FullEnd;

    /// <summary>The trivia before the token.</summary>
    public IReadOnlyList<SyntaxTrivia> LeadingTrivia => TriviaReader.Read(_table.Source, Data.FullStart, Data.Start);

    /// <summary>The trivia after the token (up to and including the first line break).</summary>
    public IReadOnlyList<SyntaxTrivia> TrailingTrivia => TriviaReader.Read(_table.Source, Data.End, Data.FullEnd);

    /// <summary>The token text with its trivia, exactly as in the source.</summary>
    public string ToFullString() => _table.Source.Substring(Data.FullStart, Data.FullEnd - Data.FullStart);

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <inheritdoc />
    public bool Equals(SyntaxToken? other) => other is not null && ReferenceEquals(_table, other._table) && _index == other._index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SyntaxToken);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_table, _index);

    /// <summary>True when both handles denote the same token.</summary>
    public static bool operator ==(SyntaxToken? left, SyntaxToken? right) => left is null ? right is null : left.Equals(right);

    /// <summary>True when the handles denote different tokens.</summary>
    public static bool operator !=(SyntaxToken? left, SyntaxToken? right) => !(left == right);

    internal string Source => _table.Source;

    internal void WriteTo(StringBuilder builder) => builder.Append(_table.Source, Data.FullStart, Data.FullEnd - Data.FullStart);
}
