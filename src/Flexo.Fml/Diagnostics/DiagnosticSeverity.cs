namespace Flexo.Fml.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Informational message; never fails a check.</summary>
    Info,

    /// <summary>Something probably wrong; fails a check only in strict mode.</summary>
    Warning,

    /// <summary>The text is not valid FML.</summary>
    Error,
}
