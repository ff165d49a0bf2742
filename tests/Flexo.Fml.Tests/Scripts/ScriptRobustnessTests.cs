using System.Text;
using Flexo.Fml.Scripts;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests.Scripts;

/// <summary>
/// The script parser never throws, never hangs and keeps its invariants on any input: random texts made of script
/// pieces, mutations of the sample scripts, and pathological inputs (run on a 1 MB stack under a hang watchdog).
/// </summary>
public sealed class ScriptRobustnessTests
{
    private static readonly string[] s_pieces =
    [
        "a", "x", "load", "cd", "ls", "assert", "context", "exit", "service", "more", "enter", "log", "select", "new", "if",
        "String", "model", "=", "==", "+=", "++", ".", "(", ")", "{", "}", ";", ";", ";", ":", "::", ",", "-r", "-f", "\"", "'",
        "\"s;t\"", "//", "/*", "*/", "/", "*", "\\", "\n", "\n", " ", " ", "\t", "http://a.b/c.fml", "1", "2.5", "<", ">",
    ];

    private static void CheckInvariants(string text)
    {
        var script = ScriptSyntax.Parse(text);
        var previousEnd = 0;
        foreach (var command in script.Commands)
        {
            Assert.True(command.Span.Start >= previousEnd && command.Span.End <= text.Length && command.Span.Length > 0,
                $"Command {command.Span} out of order or out of the text:\n{text}");
            Assert.Equal(script.Text.GetLinePosition(command.Span.Start), command.Position);
            previousEnd = command.Span.End;
        }

        var previousStart = 0;
        foreach (var diagnostic in script.Diagnostics)
        {
            Assert.True(diagnostic.Span.Start >= previousStart && diagnostic.Span.End <= text.Length, $"Diagnostic {diagnostic} misplaced:\n{text}");
            Assert.StartsWith("FML", diagnostic.Code, StringComparison.Ordinal);
            previousStart = diagnostic.Span.Start;
        }

        Assert.Equal(script.Diagnostics.Length, script.Diagnostics.Distinct().Count());
    }

    [Fact]
    public void Random_scripts_keep_the_invariants()
    {
        var random = new Random(20260611);
        Guard.WatchedBatch(
            started =>
            {
                for (var i = 0; i < 3000; i++)
                {
                    var text = new StringBuilder();
                    var length = random.Next(1, 40);
                    for (var j = 0; j < length; j++)
                    {
                        text.Append(s_pieces[random.Next(s_pieces.Length)]).Append(random.Next(3) == 0 ? " " : string.Empty);
                    }

                    started("random " + i, text.ToString());
                    CheckInvariants(text.ToString());
                }
            },
            "random scripts",
            Guard.HangTimeout);
    }

    [Fact]
    public void Mutated_sample_scripts_keep_the_invariants()
    {
        var random = new Random(7);
        var samples = Directory.EnumerateFiles(Path.Combine(TestPaths.ProjectDirectory, "Scripts", "Samples"), "*.fmlscript")
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        Guard.WatchedBatch(
            started =>
            {
                foreach (var sample in samples)
                {
                    for (var i = 0; i < 300; i++)
                    {
                        var text = new StringBuilder(sample);
                        for (var edits = random.Next(1, 4); edits > 0 && text.Length > 0; edits--)
                        {
                            var at = random.Next(text.Length);
                            if (random.Next(2) == 0)
                            {
                                text.Remove(at, Math.Min(text.Length - at, random.Next(1, 6)));
                            }
                            else
                            {
                                text.Insert(at, s_pieces[random.Next(s_pieces.Length)]);
                            }
                        }

                        started("mutation " + i, text.ToString());
                        CheckInvariants(text.ToString());
                    }
                }
            },
            "mutated scripts",
            Guard.HangTimeout);
    }

    public static TheoryData<string> Pathological => new()
    {
        "pathological: no semicolon, alternating directives and expressions",
        "pathological: directives whose arguments open comments",
        "pathological: deep parentheses",
        "pathological: one long line without semicolon",
        "pathological: many empty commands",
        "pathological: unterminated quotes",
        "pathological: a long chain of operators",
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public void Pathological_scripts_parse_in_bounded_time_and_stack(string name)
    {
        var text = name switch
        {
            "pathological: no semicolon, alternating directives and expressions" => Repeat("a\nls\n", 100_000),
            "pathological: directives whose arguments open comments" => Repeat("x\nls a/*b\n", 50_000),
            "pathological: deep parentheses" => "x = " + new string('(', 100_000) + "1" + new string(')', 100_000) + ";",
            "pathological: one long line without semicolon" => Repeat("a ", 500_000),
            "pathological: many empty commands" => Repeat(";", 1_000_000),
            "pathological: unterminated quotes" => Repeat("cd \"x\nlog \"y\n", 50_000),
            _ => "x = " + Repeat("a + ", 200_000) + "1;",
        };
        var script = Guard.OnSmallStack(() => ScriptSyntax.Parse(text), name);
        Assert.True(script.Commands.Length > 0 || script.HasErrors || text.Trim(';').Length == 0);
    }

    private static string Repeat(string piece, int count) => new StringBuilder(piece.Length * count).Insert(0, piece, count).ToString();
}
