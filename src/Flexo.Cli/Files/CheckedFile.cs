using System.Collections.Immutable;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Text;

namespace Flexo.Cli.Files;

/// <summary>
/// One line of the <c>check</c> report: an FML source with its diagnostics, or a file or folder that could not be
/// used with the diagnostic saying why. <see cref="Text"/> is what the diagnostics' spans refer to.
/// </summary>
/// <param name="Path">The path as the user gave it, joined with the path found below it.</param>
/// <param name="Text">The text of the file (what could be decoded, for a file that is not UTF-8; empty for a folder).</param>
/// <param name="Diagnostics">The diagnostics, sorted by position.</param>
/// <param name="Uri">The computed URI of an FML source; null for other paths.</param>
internal sealed record CheckedFile(string Path, SourceText Text, ImmutableArray<Diagnostic> Diagnostics, string? Uri)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>This file with every warning turned into an error (<c>--warnaserror</c>, <c>--strict</c>).</summary>
    public CheckedFile WithWarningsAsErrors() =>
        Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Warning)
            ? this with
            {
                Diagnostics = [.. Diagnostics.Select(d => d.Severity == DiagnosticSeverity.Warning ? d with { Severity = DiagnosticSeverity.Error } : d)],
            }
            : this;
}
