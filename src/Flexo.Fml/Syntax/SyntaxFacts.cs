using System.Collections.Frozen;

namespace Flexo.Fml.Syntax;

/// <summary>Facts about token kinds: keyword spelling, operator text and precedence.</summary>
public static class SyntaxFacts
{
    private static readonly FrozenDictionary<string, SyntaxKind> s_keywords = BuildKeywords();
    private static readonly FrozenDictionary<string, SyntaxKind>.AlternateLookup<ReadOnlySpan<char>> s_keywordLookup =
        s_keywords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The keyword kind spelled by <paramref name="text"/>, or <see cref="SyntaxKind.IdentifierToken"/>.</summary>
    public static SyntaxKind GetKeywordKind(ReadOnlySpan<char> text) =>
        s_keywordLookup.TryGetValue(text, out var kind) ? kind : SyntaxKind.IdentifierToken;

    /// <summary>A fresh, mutable table of every keyword spelling and its kind (the lexer adds names to it).</summary>
    internal static Dictionary<string, SyntaxKind> CreateKeywordTable() => new(s_keywords, StringComparer.Ordinal);

    /// <summary>True for keywords (all of them contextual in Flexo).</summary>
    public static bool IsKeyword(SyntaxKind kind) => kind is >= SyntaxKind.AbstractKeyword and <= SyntaxKind.VoidKeyword;

    /// <summary>True for keywords that are never names: literals <c>true</c>, <c>false</c>, <c>null</c> and primitive types.</summary>
    public static bool IsReservedWord(SyntaxKind kind) => kind is >= SyntaxKind.TrueKeyword and <= SyntaxKind.VoidKeyword;

    /// <summary>True for primitive type keywords (<c>int</c>, <c>boolean</c>, ..., <c>void</c>).</summary>
    public static bool IsPredefinedType(SyntaxKind kind) => kind is >= SyntaxKind.BooleanKeyword and <= SyntaxKind.VoidKeyword;

    /// <summary>True for <c>public</c>, <c>protected</c>, <c>private</c>.</summary>
    public static bool IsVisibility(SyntaxKind kind) =>
        kind is SyntaxKind.PublicKeyword or SyntaxKind.ProtectedKeyword or SyntaxKind.PrivateKeyword;

    /// <summary>True for trivia kinds.</summary>
    public static bool IsTrivia(SyntaxKind kind) => kind is >= SyntaxKind.WhitespaceTrivia and <= SyntaxKind.DocumentationCommentTrivia;

    /// <summary>True for comment trivia.</summary>
    public static bool IsComment(SyntaxKind kind) =>
        kind is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia or SyntaxKind.DocumentationCommentTrivia;

    /// <summary>True for assignment operators (<c>=</c> and every compound form).</summary>
    public static bool IsAssignmentOperator(SyntaxKind kind) => kind is
        SyntaxKind.EqualsToken or SyntaxKind.PlusEqualsToken or SyntaxKind.MinusEqualsToken or SyntaxKind.AsteriskEqualsToken
        or SyntaxKind.SlashEqualsToken or SyntaxKind.PercentEqualsToken or SyntaxKind.AmpersandEqualsToken
        or SyntaxKind.BarEqualsToken or SyntaxKind.CaretEqualsToken or SyntaxKind.LessThanLessThanEqualsToken
        or SyntaxKind.GreaterThanGreaterThanEqualsToken or SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken;

    /// <summary>
    /// The FML priority of a binary operator (§3.10.1 of the language reference: smaller binds tighter),
    /// or 0 when <paramref name="kind"/> is not a binary operator.
    /// </summary>
    public static int GetBinaryPriority(SyntaxKind kind) => kind switch
    {
        SyntaxKind.AsteriskToken or SyntaxKind.SlashToken or SyntaxKind.PercentToken => 4,
        SyntaxKind.PlusToken or SyntaxKind.MinusToken => 5,
        SyntaxKind.LessThanLessThanToken or SyntaxKind.GreaterThanGreaterThanToken
            or SyntaxKind.GreaterThanGreaterThanGreaterThanToken => 6,
        SyntaxKind.LessThanToken or SyntaxKind.GreaterThanToken or SyntaxKind.LessThanEqualsToken
            or SyntaxKind.GreaterThanEqualsToken or SyntaxKind.InstanceOfKeyword => 7,
        SyntaxKind.EqualsEqualsToken or SyntaxKind.ExclamationEqualsToken => 8,
        SyntaxKind.AmpersandToken => 9,
        SyntaxKind.CaretToken => 10,
        SyntaxKind.BarToken => 11,
        SyntaxKind.AmpersandAmpersandToken => 12,
        SyntaxKind.BarBarToken => 13,
        _ => 0,
    };

    /// <summary>The fixed text of a punctuation or keyword kind, or null for kinds whose text varies.</summary>
    public static string? GetText(SyntaxKind kind) => kind switch
    {
        SyntaxKind.OpenParenToken => "(",
        SyntaxKind.CloseParenToken => ")",
        SyntaxKind.OpenBraceToken => "{",
        SyntaxKind.CloseBraceToken => "}",
        SyntaxKind.OpenBracketToken => "[",
        SyntaxKind.CloseBracketToken => "]",
        SyntaxKind.SemicolonToken => ";",
        SyntaxKind.CommaToken => ",",
        SyntaxKind.DotToken => ".",
        SyntaxKind.DotDotToken => "..",
        SyntaxKind.DotDotDotToken => "...",
        SyntaxKind.ColonToken => ":",
        SyntaxKind.ColonColonToken => "::",
        SyntaxKind.QuestionToken => "?",
        SyntaxKind.AtToken => "@",
        SyntaxKind.DollarToken => "$",
        SyntaxKind.EqualsToken => "=",
        SyntaxKind.PlusEqualsToken => "+=",
        SyntaxKind.MinusEqualsToken => "-=",
        SyntaxKind.AsteriskEqualsToken => "*=",
        SyntaxKind.SlashEqualsToken => "/=",
        SyntaxKind.PercentEqualsToken => "%=",
        SyntaxKind.AmpersandEqualsToken => "&=",
        SyntaxKind.BarEqualsToken => "|=",
        SyntaxKind.CaretEqualsToken => "^=",
        SyntaxKind.LessThanLessThanEqualsToken => "<<=",
        SyntaxKind.GreaterThanGreaterThanEqualsToken => ">>=",
        SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken => ">>>=",
        SyntaxKind.EqualsEqualsToken => "==",
        SyntaxKind.ExclamationEqualsToken => "!=",
        SyntaxKind.LessThanToken => "<",
        SyntaxKind.LessThanEqualsToken => "<=",
        SyntaxKind.GreaterThanToken => ">",
        SyntaxKind.GreaterThanEqualsToken => ">=",
        SyntaxKind.AmpersandAmpersandToken => "&&",
        SyntaxKind.BarBarToken => "||",
        SyntaxKind.ExclamationToken => "!",
        SyntaxKind.TildeToken => "~",
        SyntaxKind.AmpersandToken => "&",
        SyntaxKind.BarToken => "|",
        SyntaxKind.CaretToken => "^",
        SyntaxKind.LessThanLessThanToken => "<<",
        SyntaxKind.GreaterThanGreaterThanToken => ">>",
        SyntaxKind.GreaterThanGreaterThanGreaterThanToken => ">>>",
        SyntaxKind.PlusToken => "+",
        SyntaxKind.MinusToken => "-",
        SyntaxKind.AsteriskToken => "*",
        SyntaxKind.SlashToken => "/",
        SyntaxKind.PercentToken => "%",
        SyntaxKind.PlusPlusToken => "++",
        SyntaxKind.MinusMinusToken => "--",
        _ when IsKeyword(kind) => s_keywordText[kind],
        _ => null,
    };

    private static readonly FrozenDictionary<SyntaxKind, string> s_keywordText =
        s_keywords.ToFrozenDictionary(pair => pair.Value, pair => pair.Key);

    /// <summary>A short, quoted description of a kind for messages: <c>';'</c>, <c>'concept'</c>, <c>identifier</c>.</summary>
    public static string Describe(SyntaxKind kind) => kind switch
    {
        SyntaxKind.IdentifierToken => "identifier",
        SyntaxKind.NumericLiteralToken => "number",
        SyntaxKind.StringLiteralToken => "string",
        SyntaxKind.CharacterLiteralToken => "character literal",
        SyntaxKind.EndOfFileToken => "end of file",
        SyntaxKind.BadToken => "invalid character",
        _ => GetText(kind) is { } text ? $"'{text}'" : kind.ToString(),
    };

    private static FrozenDictionary<string, SyntaxKind> BuildKeywords()
    {
        var map = new Dictionary<string, SyntaxKind>(StringComparer.Ordinal);
        for (var kind = SyntaxKind.AbstractKeyword; kind <= SyntaxKind.VoidKeyword; kind++)
        {
            var name = kind.ToString();
            var text = name[..^"Keyword".Length].ToLowerInvariant();
            map[text] = kind;
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
