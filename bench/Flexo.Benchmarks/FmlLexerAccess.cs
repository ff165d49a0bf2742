using Flexo.Fml.Diagnostics;
using Flexo.Fml.Parsing;

namespace Flexo.Benchmarks;

/// <summary>Runs the FML lexer alone (the lexer is internal to Flexo.Fml, which grants this assembly access).</summary>
public static class FmlLexerAccess
{
    /// <summary>Lexes <paramref name="text"/> and returns the number of tokens (end-of-file token included).</summary>
    public static int Lex(string text) => new Lexer(text, new List<Diagnostic>()).LexAll().Count;
}
