namespace Flexo.Runtime;

/// <summary>
/// Raised when an operation on the instance model is not allowed: instantiating an abstract concept or a concept of
/// another model, a wrong container, an unknown or not-yet-supported property, a value of the wrong type, or any use
/// of a deleted instance. The message names the instance, concept or property involved.
/// </summary>
public sealed class FmlRuntimeException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public FmlRuntimeException()
    {
    }

    /// <summary>Creates an exception with the given message.</summary>
    /// <param name="message">What went wrong.</param>
    public FmlRuntimeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with the given message and cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public FmlRuntimeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
