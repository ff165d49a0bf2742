namespace Flexo.Runtime.Values;

/// <summary>
/// A run-time error of FML: an invalid operand, a value that does not fit its declared type, a Java member that would
/// throw in Java, a member called on null. It aborts the running behaviour and reaches its caller.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710", Justification = "The FML run-time error is named as the language documents it.")]
public sealed class FmlRuntimeError : Exception
{
    /// <summary>Creates an error with no message.</summary>
    public FmlRuntimeError() : base("run-time error")
    {
    }

    /// <summary>Creates an error with the given message.</summary>
    /// <param name="message">What went wrong, in words the FML author understands.</param>
    public FmlRuntimeError(string message) : base(message)
    {
    }

    /// <summary>Creates an error with the given message and the .NET exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying .NET exception.</param>
    public FmlRuntimeError(string message, Exception innerException) : base(message, innerException)
    {
    }
}
