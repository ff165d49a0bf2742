using System.Collections.Immutable;

namespace Flexo.Execution;

/// <summary>
/// A run-time error of FML code: a failed operation, a budget exceeded, a call too deep. Carries a stable code and
/// the FML stack (innermost first), never a .NET one.
/// </summary>
public sealed class FmlExecutionException : Exception
{
    /// <summary>Creates an error.</summary>
    public FmlExecutionException()
        : this(ExecutionErrors.RuntimeError, "run-time error", [])
    {
    }

    /// <summary>Creates an error with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public FmlExecutionException(string message)
        : this(ExecutionErrors.RuntimeError, message, [])
    {
    }

    /// <summary>Creates an error with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public FmlExecutionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ExecutionErrors.RuntimeError;
        FmlStack = [];
    }

    /// <summary>Creates an error with its code and FML stack.</summary>
    /// <param name="code">The stable code (<c>FML5001</c>...).</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="stack">The FML stack, innermost frame first.</param>
    /// <param name="innerException">The cause, if any.</param>
    public FmlExecutionException(string code, string message, ImmutableArray<FmlStackFrame> stack, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        FmlStack = stack;
    }

    /// <summary>The stable code of the error (FML5001-FML5099).</summary>
    public string Code { get; }

    /// <summary>The FML stack at the failure, innermost frame first.</summary>
    public ImmutableArray<FmlStackFrame> FmlStack { get; }

    /// <summary>The innermost frame, if any.</summary>
    public FmlStackFrame? Location => FmlStack.IsDefaultOrEmpty ? null : FmlStack[0];

    /// <summary>The message followed by the FML stack, one frame a line.</summary>
    public string Describe()
    {
        var text = new System.Text.StringBuilder();
        text.Append(Code).Append(": ").Append(Message);
        foreach (var frame in FmlStack)
        {
            text.Append('\n').Append("   ").Append(frame);
        }

        return text.ToString();
    }
}
