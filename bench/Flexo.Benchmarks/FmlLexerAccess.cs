using System.Reflection;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Syntax;

namespace Flexo.Benchmarks;

/// <summary>
/// Runs the FML lexer alone. The lexer is internal to Flexo.Fml, so it is reached by reflection once; the cost of
/// one reflective call is negligible next to lexing megabytes.
/// </summary>
public static class FmlLexerAccess
{
    private static readonly Type s_lexerType = typeof(SyntaxTree).Assembly.GetType("Flexo.Fml.Parsing.Lexer", throwOnError: true)!;

    private static readonly ConstructorInfo s_constructor =
        s_lexerType.GetConstructor([typeof(string), typeof(List<Diagnostic>)])
        ?? throw new MissingMethodException("Flexo.Fml.Parsing.Lexer(string, List<Diagnostic>)");

    private static readonly MethodInfo s_lexAll =
        s_lexerType.GetMethod("LexAll", BindingFlags.Public | BindingFlags.Instance)
        ?? throw new MissingMethodException("Flexo.Fml.Parsing.Lexer.LexAll()");

    /// <summary>Lexes <paramref name="text"/> and returns the tokens (end-of-file token included).</summary>
    public static List<SyntaxToken> Lex(string text)
    {
        var lexer = s_constructor.Invoke([text, new List<Diagnostic>()]);
        return (List<SyntaxToken>)s_lexAll.Invoke(lexer, null)!;
    }
}
