using Flexo.Fml.Text;

namespace Flexo.Fml.Diagnostics;

/// <summary>
/// One problem found in a source text: a stable code (<c>FML1001</c>), a severity, the exact span and a message
/// saying what was expected and what was found. Codes are listed in docs/diagnostics.md and never reused.
/// </summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, TextSpan Span, string Message)
{
    /// <summary>True for errors.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Formats the diagnostic in the MSBuild shape: <c>path(line,col): error FML1001: message</c>.</summary>
    public string Format(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var position = text.GetLinePosition(Span.Start);
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{text.Path ?? "<input>"}({position.Line},{position.Column}): {severity} {Code}: {Message}";
    }
}
