using System.Collections.Immutable;
using Flexo.Execution;

namespace Flexo.Host.Scripts;

/// <summary>Why a script stopped: a stable code, a message, where in the script, and the FML stack if code ran.</summary>
/// <param name="Code">The code: FML6xxx for script problems, FML5xxx for run-time errors, FML8xxx for host errors.</param>
/// <param name="Message">What went wrong.</param>
/// <param name="File">The script file.</param>
/// <param name="Line">The 1-based line of the command.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Stack">The FML stack of a run-time error, innermost first.</param>
public sealed record ScriptFailure(string Code, string Message, string File, int Line, int Column, ImmutableArray<FmlStackFrame> Stack)
{
    /// <summary>The failure in the shape of a diagnostic, followed by the FML stack.</summary>
    public override string ToString()
    {
        var text = $"{File}({Line},{Column}): error {Code}: {Message}";
        return Stack.IsDefaultOrEmpty ? text : text + string.Concat(Stack.Select(f => "\n   " + f));
    }
}

/// <summary>The outcome of running a script.</summary>
/// <param name="CommandsRun">How many commands completed.</param>
/// <param name="Failure">Why it stopped early, or null when it ran to the end (or to <c>exit</c>).</param>
public sealed record ScriptResult(int CommandsRun, ScriptFailure? Failure)
{
    /// <summary>True when no command failed.</summary>
    public bool Succeeded => Failure is null;
}

/// <summary>The codes of failures found while running a script (FML6050-FML6099; docs/scripts.md).</summary>
public static class ScriptRunErrors
{
    /// <summary>An <c>assert</c> whose condition is false.</summary>
    public const string AssertionFailed = "FML6050";

    /// <summary>A directive that cannot do what it is asked (missing file, unknown resource...).</summary>
    public const string DirectiveFailed = "FML6051";

    /// <summary>A directive Flexo does not provide (projects, Openflexo services without an equivalent).</summary>
    public const string DirectiveUnsupported = "FML6052";

    /// <summary>The script file cannot be read.</summary>
    public const string CannotRead = "FML6053";
}
