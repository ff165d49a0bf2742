using System.Collections.Immutable;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Scripts;

/// <summary>
/// A parsed FML script (<c>.fmlscript</c>, FML.md §8.5; docs/scripts.md): its commands in order and its diagnostics.
/// Immutable. The commands' expressions are FML syntax nodes whose positions are offsets in the script's text.
/// </summary>
public sealed class ScriptSyntax
{
    private ScriptSyntax(SourceText text, ImmutableArray<ScriptCommand> commands, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Commands = commands;
        Diagnostics = diagnostics;
    }

    /// <summary>The script's text.</summary>
    public SourceText Text { get; }

    /// <summary>The commands, in order. A command that could not be recognised at all is not listed (its error is).</summary>
    public ImmutableArray<ScriptCommand> Commands { get; }

    /// <summary>The diagnostics (FML6001-FML6019, and the FML parser's FML1xxx inside FML commands), sorted by position.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when any diagnostic is an error: a host runs a script only when this is false.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Parses a script. Never throws for any input.</summary>
    public static ScriptSyntax Parse(SourceText text, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (commands, diagnostics) = new ScriptParser(text, options ?? ParseOptions.Default).Parse();
        return new ScriptSyntax(text, commands, diagnostics);
    }

    /// <summary>Parses a script held in a string; <paramref name="path"/> is only used in messages.</summary>
    public static ScriptSyntax Parse(string text, string? path = null, ParseOptions? options = null) =>
        Parse(new SourceText(text, path), options);
}
