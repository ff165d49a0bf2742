using System.Collections.Immutable;
using System.Diagnostics;

namespace Flexo.Execution;

/// <summary>
/// The state of one top-level call: its step and time budgets and the stack of running invocations. Compiled code
/// counts a step at every loop iteration and behaviour call (<see cref="Steps"/> against <see cref="Checkpoint"/>);
/// the time is looked at every <see cref="TimeCheckInterval"/> steps.
/// </summary>
internal sealed class ExecutionContext
{
    internal const long TimeCheckInterval = 4096;

    private readonly long _maxSteps;
    private readonly long _deadlineTicks;
    private readonly TimeSpan _timeout;

    public ExecutionContext(FmlEngine engine)
    {
        Engine = engine;
        var options = engine.Options;
        _maxSteps = options.MaxSteps <= 0 ? long.MaxValue : options.MaxSteps;
        _timeout = options.Timeout;
        _deadlineTicks = options.Timeout <= TimeSpan.Zero ? long.MaxValue : Stopwatch.GetTimestamp() + (long)(options.Timeout.TotalSeconds * Stopwatch.Frequency);
        MaxDepth = options.MaxCallDepth;
        Checkpoint = Math.Min(_maxSteps, TimeCheckInterval);
    }

    public FmlEngine Engine { get; }

    /// <summary>Steps taken so far (public field: compiled code increments it).</summary>
    public long Steps;

    /// <summary>The step count at which <see cref="CheckBudget"/> must run next (public field for compiled code).</summary>
    public long Checkpoint;

    public int MaxDepth { get; }

    /// <summary>The innermost running invocation.</summary>
    public Invocation? Current { get; set; }

    public int Depth { get; set; }

    /// <summary>Called by compiled code when <see cref="Steps"/> reaches <see cref="Checkpoint"/>.</summary>
    public void CheckBudget()
    {
        if (Steps >= _maxSteps)
        {
            throw Fail(ExecutionErrors.StepBudgetExceeded, $"the call exceeded its budget of {_maxSteps:N0} steps (loop iterations and calls); raise it with --max-steps if the work is legitimate");
        }

        if (Stopwatch.GetTimestamp() > _deadlineTicks)
        {
            throw Fail(ExecutionErrors.TimeBudgetExceeded, $"the call exceeded its time budget of {_timeout.TotalSeconds:0.###} s; raise it with --timeout if the work is legitimate");
        }

        Checkpoint = Math.Min(_maxSteps, Steps + TimeCheckInterval);
    }

    /// <summary>An error located at the current invocation, with the FML stack.</summary>
    public FmlExecutionException Fail(string code, string message, Exception? inner = null) => new(code, message, CaptureStack(), inner);

    /// <summary>The FML stack, innermost first.</summary>
    public ImmutableArray<FmlStackFrame> CaptureStack()
    {
        var frames = ImmutableArray.CreateBuilder<FmlStackFrame>();
        for (var invocation = Current; invocation is not null; invocation = invocation.Caller)
        {
            frames.Add(invocation.Frame());
        }

        return frames.ToImmutable();
    }
}
