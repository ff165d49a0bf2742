using Flexo.Fml.Diagnostics;

namespace Flexo.Persistence;

/// <summary>
/// A problem found while loading or saving a <c>.fml.rt</c> resource: a stable code (<c>FML4001</c>...), a severity,
/// the file and the line and column in it (1-based; 1,1 when no better position is known) and a message.
/// Codes are listed in docs/persistence.md and docs/diagnostics.md and never reused.
/// </summary>
/// <param name="Code">The stable code, <c>FML4001</c> to <c>FML4099</c>.</param>
/// <param name="Severity">Error (the load or save fails) or warning (it goes on).</param>
/// <param name="Message">What is wrong, naming the element, property or value involved.</param>
/// <param name="File">The file (or, for an in-memory text, the name given for it).</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public sealed record PersistenceDiagnostic(string Code, DiagnosticSeverity Severity, string Message, string File, int Line, int Column)
{
    /// <summary>True for errors.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The diagnostic in the MSBuild shape: <c>file(line,col): error FML4001: message</c>.</summary>
    /// <returns>The formatted diagnostic.</returns>
    public override string ToString()
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{File}({Line},{Column}): {severity} {Code}: {Message}";
    }
}
