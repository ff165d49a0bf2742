using Flexo.Fml.Diagnostics;

namespace Flexo.Cli.Output;

/// <summary>How many diagnostics of each severity a set of files has.</summary>
internal readonly record struct DiagnosticCounts(int Errors, int Warnings, int Infos)
{
    /// <summary>Counts <paramref name="diagnostics"/>.</summary>
    public static DiagnosticCounts Of(IEnumerable<Diagnostic> diagnostics)
    {
        int errors = 0, warnings = 0, infos = 0;
        foreach (var diagnostic in diagnostics)
        {
            switch (diagnostic.Severity)
            {
                case DiagnosticSeverity.Error: errors++; break;
                case DiagnosticSeverity.Warning: warnings++; break;
                default: infos++; break;
            }
        }

        return new DiagnosticCounts(errors, warnings, infos);
    }

    /// <summary>"2 errors, 1 warning" (and ", 3 infos" when there are any).</summary>
    public override string ToString() =>
        $"{Plural.Of(Errors, "error")}, {Plural.Of(Warnings, "warning")}" + (Infos > 0 ? $", {Plural.Of(Infos, "info")}" : "");
}
