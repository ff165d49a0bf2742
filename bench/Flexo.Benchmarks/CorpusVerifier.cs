using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using FmlSyntaxTree = Flexo.Fml.Syntax.SyntaxTree;

namespace Flexo.Benchmarks;

/// <summary>Checks that the generated corpora are what the benchmarks claim: valid, ASCII, and (FML) round-tripping.</summary>
public static class CorpusVerifier
{
    /// <summary>Throws unless <paramref name="text"/> parses with zero diagnostics and prints back unchanged.</summary>
    public static FmlSyntaxTree VerifyFml(string text)
    {
        VerifyAscii(text, "FML");
        var tree = FmlSyntaxTree.Parse(text, "BenchModel.fml");
        if (tree.Diagnostics.Length > 0)
        {
            var message = new StringBuilder();
            message.Append("The generated FML corpus has ").Append(tree.Diagnostics.Length).Append(" diagnostic(s):\n");
            foreach (var diagnostic in tree.Diagnostics.Take(20))
            {
                message.Append("  ").Append(diagnostic.Format(tree.Text)).Append('\n');
            }

            throw new InvalidOperationException(message.ToString());
        }

        if (!string.Equals(tree.ToFullString(), text, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The FML syntax tree does not print back to the generated text.");
        }

        return tree;
    }

    /// <summary>Throws unless Roslyn reports no error (nor warning) when parsing <paramref name="text"/>.</summary>
    public static SyntaxTree VerifyCSharp(string text)
    {
        VerifyAscii(text, "C#");
        var tree = CSharpSyntaxTree.ParseText(text, path: "BenchModel.cs");
        var diagnostics = tree.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (diagnostics.Count > 0)
        {
            var message = new StringBuilder();
            message.Append("The generated C# corpus has ").Append(diagnostics.Count).Append(" diagnostic(s):\n");
            foreach (var diagnostic in diagnostics.Take(20))
            {
                message.Append("  ").Append(diagnostic).Append('\n');
            }

            throw new InvalidOperationException(message.ToString());
        }

        return tree;
    }

    private static void VerifyAscii(string text, string language)
    {
        // Sizes are reported in bytes: the corpora must be ASCII so that one char is one UTF-8 byte.
        if (!Ascii.IsValid(text))
        {
            throw new InvalidOperationException($"The generated {language} corpus is not ASCII.");
        }
    }
}
