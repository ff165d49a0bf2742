namespace Flexo.Execution;

/// <summary>Limits and services of an <see cref="FmlEngine"/>. Every top-level call runs under these budgets.</summary>
public sealed record EngineOptions
{
    /// <summary>The default options: 100 million steps, 30 seconds, 2,000 nested calls, log to standard output.</summary>
    public static EngineOptions Default { get; } = new();

    /// <summary>Steps (loop iterations and behaviour calls) one top-level call may take; 0 means no limit.</summary>
    public long MaxSteps { get; init; } = 100_000_000;

    /// <summary>Wall-clock time one top-level call may take; <see cref="TimeSpan.Zero"/> means no limit.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How deeply behaviours may call each other before the call fails (protects the process stack).</summary>
    public int MaxCallDepth { get; init; } = 2_000;

    /// <summary>Where <c>log</c> writes.</summary>
    public ILogSink Log { get; init; } = ConsoleLogSink.Instance;

    /// <summary>The base URI of top-level model instances created by <c>new M() with (name=...)</c>.</summary>
    public string InstanceBaseUri { get; init; } = "http://flexo.local/instances";

    /// <summary>The run-time parts of the technology adapters available to FML code.</summary>
    public IReadOnlyList<ITechnologyRuntime> Technologies { get; init; } = [];

    /// <summary>The user identifier stamped on created instances (FML.md §6.4 <c>userID</c>).</summary>
    public string UserId { get; init; } = Runtime.VirtualModelInstance.DefaultUserId;
}
