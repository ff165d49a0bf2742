using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Diagnostics;

/// <summary>
/// The catalogue of syntax diagnostics (codes <c>FML1xxx</c>): one factory per diagnostic, codes never reused.
/// docs/diagnostics.md lists them with examples.
/// </summary>
public static class SyntaxErrors
{
    /// <summary>FML1001: a character that starts no token.</summary>
    public static Diagnostic UnexpectedCharacter(TextSpan span, char c) =>
        Error("FML1001", span, $"Unexpected character '{Printable(c)}'.");

    /// <summary>FML1002: a string literal without its closing quote on the same line.</summary>
    public static Diagnostic UnterminatedString(TextSpan span) =>
        Error("FML1002", span, "Unterminated string literal: a '\"' is missing before the end of the line.");

    /// <summary>FML1003: a malformed character literal.</summary>
    public static Diagnostic InvalidCharacterLiteral(TextSpan span) =>
        Error("FML1003", span, "Invalid character literal: expected exactly one character between single quotes.");

    /// <summary>FML1004: a block comment that never ends.</summary>
    public static Diagnostic UnterminatedComment(TextSpan span) =>
        Error("FML1004", span, "Unterminated comment: '*/' is missing.");

    /// <summary>FML1005: an escape sequence Java does not define.</summary>
    public static Diagnostic InvalidEscape(TextSpan span, string escape) =>
        Error("FML1005", span, $"Invalid escape sequence '{escape}' (valid: \\b \\t \\n \\f \\r \\s \\\" \\' \\\\, octal, \\uXXXX).");

    /// <summary>FML1006: a numeric literal that is malformed or out of range.</summary>
    public static Diagnostic InvalidNumber(TextSpan span, string text, string reason) =>
        Error("FML1006", span, $"Invalid number '{Shorten(text)}': {reason}.");

    /// <summary>FML1010: a specific token was expected.</summary>
    public static Diagnostic Expected(TextSpan span, SyntaxKind expected, SyntaxToken found) =>
        Error("FML1010", span, $"{SyntaxFacts.Describe(expected)} expected, found {DescribeFound(found)}.");

    /// <summary>FML1011: a name was expected.</summary>
    public static Diagnostic IdentifierExpected(TextSpan span, SyntaxToken found) =>
        Error("FML1011", span, $"Name expected, found {DescribeFound(found)}.");

    /// <summary>FML1012: an expression was expected.</summary>
    public static Diagnostic ExpressionExpected(TextSpan span, SyntaxToken found) =>
        Error("FML1012", span, $"Expression expected, found {DescribeFound(found)}.");

    /// <summary>FML1013: a type was expected.</summary>
    public static Diagnostic TypeExpected(TextSpan span, SyntaxToken found) =>
        Error("FML1013", span, $"Type expected, found {DescribeFound(found)}.");

    /// <summary>FML1014: tokens that do not start a declaration.</summary>
    public static Diagnostic MemberExpected(TextSpan span, SyntaxToken found, string where) =>
        Error("FML1014", span, $"Declaration expected in {where}, found {DescribeFound(found)}; "
            + "expected a property, behaviour, concept, event, enum or assert.");

    /// <summary>FML1015: tokens that do not start a statement.</summary>
    public static Diagnostic StatementExpected(TextSpan span, SyntaxToken found) =>
        Error("FML1015", span, $"Statement expected, found {DescribeFound(found)}.");

    /// <summary>FML1016: <c>a &lt; b &lt; c</c> and friends.</summary>
    public static Diagnostic NonAssociativeRelational(TextSpan span) =>
        Error("FML1016", span, "Relational operators cannot be chained (a < b < c); combine comparisons with '&&'.");

    /// <summary>FML1017: an assignment whose target cannot be assigned.</summary>
    public static Diagnostic InvalidAssignmentTarget(TextSpan span) =>
        Error("FML1017", span, "The left-hand side of an assignment must be a variable, a property or a path (a.b.c).");

    /// <summary>FML1018: an expression used as a statement that has no effect.</summary>
    public static Diagnostic NotAStatement(TextSpan span) =>
        Error("FML1018", span, "Only assignments, calls, increments, 'new' and FML actions can be used as statements.");

    /// <summary>FML1019: a cardinality bound that is neither a number nor '*'.</summary>
    public static Diagnostic InvalidCardinality(TextSpan span, SyntaxToken found) =>
        Error("FML1019", span, $"Cardinality bound expected (a number or '*'), found {DescribeFound(found)}.");

    /// <summary>FML1020: nesting deeper than the parser accepts.</summary>
    public static Diagnostic NestingTooDeep(TextSpan span, int limit) =>
        Error("FML1020", span, $"Nesting is too deep (more than {limit} levels); simplify the expression or statement.");

    /// <summary>FML1021: a <c>match</c> without <c>create::</c> or <c>unmatched:</c>.</summary>
    public static Diagnostic MatchWithoutCreation(TextSpan span) =>
        Error("FML1021", span, "'match' needs 'create::name(...)' or 'unmatched: expression' to say what to do when nothing matches.");

    /// <summary>FML1022: an <c>end match</c> without a final call.</summary>
    public static Diagnostic EndMatchWithoutAction(TextSpan span) =>
        Error("FML1022", span, "'end match' needs 'delete::name(...)', 'action::name(...)' or 'unmatched: call'.");

    /// <summary>FML1023: a modifier repeated or misplaced.</summary>
    public static Diagnostic InvalidModifier(TextSpan span, string modifier, string where) =>
        Error("FML1023", span, $"Modifier '{modifier}' is not allowed {where}.");

    /// <summary>FML1024: two visibility modifiers on one declaration.</summary>
    public static Diagnostic ConflictingVisibility(TextSpan span, string first, string second) =>
        Error("FML1024", span, $"Only one visibility modifier is allowed: '{second}' conflicts with '{first}'.");

    /// <summary>FML1030: the pre-2.99 annotation syntax.</summary>
    public static Diagnostic LegacySyntax(TextSpan span) =>
        Error("FML1030", span, "This file uses the pre-2.99 FML syntax (@VirtualModel ... class ...); "
            + "Flexo reads FML 2.99 and later: rewrite it as 'model Name { ... }'.");

    /// <summary>FML1031: a compilation unit must declare exactly one model.</summary>
    public static Diagnostic ModelCount(TextSpan span, int count) =>
        Error("FML1031", span, count == 0
            ? "A compilation unit must declare a model ('model Name { ... }')."
            : "A compilation unit declares exactly one model; move the other models to files of their own.");

    /// <summary>FML1032: header declarations out of the 2.99 order (warning).</summary>
    public static Diagnostic HeaderOrder(TextSpan span, string declaration, string before) =>
        new("FML1032", DiagnosticSeverity.Warning, span,
            $"'{declaration}' declarations should come before {before} (Openflexo rejects other orders).");

    /// <summary>FML1033: a header declaration after the model.</summary>
    public static Diagnostic HeaderAfterModel(TextSpan span) =>
        Error("FML1033", span, "Namespace, use, import and typedef declarations must come before the model.");

    // FML1034 (reserved word used where it means nothing) is retired: FML1010-FML1013 say it more precisely.

    private static Diagnostic Error(string code, TextSpan span, string message) =>
        new(code, DiagnosticSeverity.Error, span, message);

    private static string DescribeFound(SyntaxToken token) => token.Kind switch
    {
        SyntaxKind.EndOfFileToken => "end of file",
        SyntaxKind.IdentifierToken => $"'{Shorten(token.Text)}'",
        SyntaxKind.StringLiteralToken or SyntaxKind.NumericLiteralToken or SyntaxKind.CharacterLiteralToken
            or SyntaxKind.BadToken => Shorten(token.Text),
        _ => token.IsMissing ? SyntaxFacts.Describe(token.Kind) : $"'{Shorten(token.Text)}'",
    };

    private static string Shorten(string text) => text.Length > 40 ? text[..37] + "..." : text;

    private static string Printable(char c) => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString();
}
