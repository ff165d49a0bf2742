namespace Flexo.Persistence;

/// <summary>
/// Raised when a model instance cannot be saved: a value that has no encoding in the format (FML4030) or a file that
/// cannot be written (FML4031). When it is raised by <see cref="FmlRtStore.Save"/>, no file was left half-written.
/// </summary>
public sealed class FmlPersistenceException : Exception
{
    /// <summary>Creates an exception with no diagnostic.</summary>
    public FmlPersistenceException()
        : this("The model instance cannot be saved.")
    {
    }

    /// <summary>Creates an exception with a message and no diagnostic.</summary>
    /// <param name="message">What went wrong.</param>
    public FmlPersistenceException(string message)
        : base(message)
    {
        Diagnostic = new PersistenceDiagnostic("FML4030", Fml.Diagnostics.DiagnosticSeverity.Error, message, "<input>", 1, 1);
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public FmlPersistenceException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostic = new PersistenceDiagnostic("FML4031", Fml.Diagnostics.DiagnosticSeverity.Error, message, "<input>", 1, 1);
    }

    /// <summary>Creates an exception for a diagnostic.</summary>
    /// <param name="diagnostic">The problem.</param>
    /// <param name="innerException">The cause, if any.</param>
    public FmlPersistenceException(PersistenceDiagnostic diagnostic, Exception? innerException = null)
        : base(diagnostic?.ToString(), innerException)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        Diagnostic = diagnostic;
    }

    /// <summary>The problem, with its code and the file concerned.</summary>
    public PersistenceDiagnostic Diagnostic { get; }
}
