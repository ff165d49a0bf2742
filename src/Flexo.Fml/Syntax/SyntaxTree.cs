using System.Collections.Immutable;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Parsing;
using Flexo.Fml.Text;

namespace Flexo.Fml.Syntax;

/// <summary>Options of the parser.</summary>
public sealed record ParseOptions
{
    /// <summary>The default options.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>The deepest nesting of expressions, statements and declarations accepted (FML1020 beyond).</summary>
    public int MaxDepth { get; init; } = 200;
}

/// <summary>The result of parsing one FML file: the text, the full-fidelity tree and the syntax diagnostics.</summary>
public sealed class SyntaxTree
{
    private SyntaxTree(SourceText text, CompilationUnitSyntax root, ImmutableArray<Diagnostic> diagnostics, ParseOptions options)
    {
        Text = text;
        Root = root;
        Diagnostics = diagnostics;
        Options = options;
    }

    /// <summary>The options the text was parsed with.</summary>
    public ParseOptions Options { get; }

    /// <summary>The parsed text.</summary>
    public SourceText Text { get; }

    /// <summary>The root of the tree.</summary>
    public CompilationUnitSyntax Root { get; }

    /// <summary>The syntax diagnostics, sorted by position.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// The tokens exactly as lexed, in source order, ending with the end-of-file token. Keywords used as names are
    /// identifier tokens; tokens the parser made up during error recovery are not included.
    /// </summary>
    public IReadOnlyList<SyntaxToken> Tokens
    {
        get
        {
            var table = Root.Table;
            var tokens = new SyntaxToken[table.SourceCount];
            for (var i = 0; i < tokens.Length; i++)
            {
                tokens[i] = table.Token(i);
            }

            return tokens;
        }
    }

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Parses <paramref name="text"/>. Never throws for any input.</summary>
    public static SyntaxTree Parse(SourceText text, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<Diagnostic>();
        var tokens = new Lexer(text.Text, diagnostics).LexAll();
        options ??= ParseOptions.Default;
        var parser = new Parser(tokens, diagnostics, options);
        var root = parser.ParseCompilationUnit();
        var sorted = diagnostics
            .Select((d, i) => (d, i))
            .OrderBy(p => p.d.Span.Start)
            .ThenBy(p => p.i)
            .Select(p => p.d)
            .ToImmutableArray();
        return new SyntaxTree(text, root, sorted, options);
    }

    /// <summary>Parses a string; <paramref name="path"/> is only used in messages.</summary>
    public static SyntaxTree Parse(string text, string? path = null, ParseOptions? options = null) =>
        Parse(new SourceText(text, path), options);

    /// <summary>The source text rebuilt from the tree (always equal to the input).</summary>
    public string ToFullString() => Root.ToFullString();
}
