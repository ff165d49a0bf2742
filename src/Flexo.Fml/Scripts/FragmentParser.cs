using Flexo.Fml.Diagnostics;
using Flexo.Fml.Parsing;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Scripts;

/// <summary>Parses a fragment given as text: one expression or FML action, optionally followed by ';'.</summary>
internal static class FragmentParser
{
    public static ExpressionSyntax Parse(string text, ParseOptions options, List<Diagnostic> diagnostics)
    {
        var table = new Lexer(text, diagnostics).LexAll();
        var parser = new Parser(table, diagnostics, options);
        var first = parser.Position;
        var expression = parser.ParseCommandExpression();
        if (parser.CurrentToken.Kind == SyntaxKind.SemicolonToken)
        {
            parser.EatCurrent();
        }

        if (!parser.IsAtEnd && parser.Position != first)
        {
            var found = parser.CurrentToken;
            var rest = Text.TextSpan.FromBounds(found.Span.Start, text.Length);
            diagnostics.Add(ScriptErrors.OneExpressionExpected(rest, $"'{ScriptErrors.Shorten(found.Text)}'"));
        }

        return expression;
    }
}
