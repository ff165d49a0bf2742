using System.Diagnostics;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Tests.Infrastructure;

/// <summary>
/// Shrinks a failing input while it keeps failing the same way (a simple delta debugging over lexer tokens, then
/// characters), so that failure messages show a small repro instead of a whole mutated file.
/// </summary>
internal static class Minimizer
{
    public static string Minimize(string input, Func<string, bool> stillFails, TimeSpan budget)
    {
        var stopwatch = Stopwatch.StartNew();
        var current = input;
        foreach (var byCharacters in new[] { false, true })
        {
            var chunk = Math.Max(1, Pieces(current, byCharacters).Count / 2);
            while (chunk >= 1 && stopwatch.Elapsed < budget)
            {
                var removedAny = false;
                var pieces = Pieces(current, byCharacters);
                for (var i = 0; i < pieces.Count && stopwatch.Elapsed < budget;)
                {
                    var last = Math.Min(pieces.Count, i + chunk) - 1;
                    var candidate = current.Remove(pieces[i].Start, pieces[last].End - pieces[i].Start);
                    if (candidate.Length < current.Length && SafeFails(stillFails, candidate))
                    {
                        current = candidate;
                        pieces = Pieces(current, byCharacters);
                        removedAny = true;
                    }
                    else
                    {
                        i += chunk;
                    }
                }

                if (!removedAny)
                {
                    chunk /= 2;
                }
            }
        }

        return current;
    }

    private static bool SafeFails(Func<string, bool> stillFails, string candidate)
    {
        try
        {
            return stillFails(candidate);
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>Token spans (trivia runs count as pieces of their own), or single characters.</summary>
    private static List<(int Start, int End)> Pieces(string text, bool byCharacters)
    {
        var pieces = new List<(int, int)>();
        if (byCharacters)
        {
            for (var i = 0; i < text.Length; i++)
            {
                pieces.Add((i, i + 1));
            }

            return pieces;
        }

        foreach (var token in FmlText.LexTokens(text))
        {
            if (token.Span.Start > token.FullSpan.Start)
            {
                pieces.Add((token.FullSpan.Start, token.Span.Start));
            }

            if (token.Kind != SyntaxKind.EndOfFileToken && token.Span.Length > 0)
            {
                pieces.Add((token.Span.Start, token.Span.End));
            }

            if (token.FullSpan.End > token.Span.End)
            {
                pieces.Add((token.Span.End, token.FullSpan.End));
            }
        }

        return pieces;
    }
}
