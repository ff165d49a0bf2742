namespace Flexo.Host;

/// <summary>The stable codes of host errors (documented in docs/diagnostics.md and docs/embedding.md).</summary>
public static class HostErrors
{
    /// <summary>No model has the given name or URI.</summary>
    public const string UnknownModel = "FML8001";

    /// <summary>Several models have the given name; use its URI.</summary>
    public const string AmbiguousModel = "FML8002";

    /// <summary>The models do not check (error diagnostics): nothing can run.</summary>
    public const string ModelsHaveErrors = "FML8003";

    /// <summary>No concept, property or behaviour has the given name.</summary>
    public const string UnknownMember = "FML8004";

    /// <summary>An expression given to the host does not parse or check.</summary>
    public const string BadExpression = "FML8005";

    /// <summary>An instance resource cannot be saved or loaded.</summary>
    public const string PersistenceFailed = "FML8006";
}

/// <summary>A host-level error: a name that does not resolve, models that do not check, a bad expression.</summary>
public sealed class HostException : Exception
{
    /// <summary>Creates an error.</summary>
    public HostException()
        : this(HostErrors.UnknownMember, "host error")
    {
    }

    /// <summary>Creates an error with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public HostException(string message)
        : this(HostErrors.UnknownMember, message)
    {
    }

    /// <summary>Creates an error with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public HostException(string message, Exception innerException)
        : base(message, innerException) => Code = HostErrors.UnknownMember;

    /// <summary>Creates an error with a code.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="message">What went wrong.</param>
    public HostException(string code, string message)
        : base(message) => Code = code;

    /// <summary>The stable code (FML8001-FML8099).</summary>
    public string Code { get; }
}
