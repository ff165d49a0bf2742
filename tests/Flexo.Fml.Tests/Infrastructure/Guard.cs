using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Flexo.Fml.Tests.Infrastructure;

/// <summary>
/// Runs code on a dedicated thread with a small (1 MB) stack, so that unbounded recursion shows up as a crash here
/// rather than passing thanks to a big main-thread stack, and with a watchdog that turns a hang into a test failure.
/// The timeouts only detect hangs; they are far above normal run times and are not performance assertions.
/// </summary>
internal static class Guard
{
    /// <summary>The default stack size of a .NET thread on most platforms.</summary>
    public const int SmallStackSize = 1024 * 1024;

    /// <summary>How long a single parse may take before it counts as a hang.</summary>
    public static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Runs <paramref name="func"/> on a 1 MB stack; fails when it does not return within <paramref name="timeout"/>.</summary>
    public static T OnSmallStack<T>(Func<T> func, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? HangTimeout;
        T result = default!;
        ExceptionDispatchInfo? error = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = func();
                }
                catch (Exception e)
                {
                    error = ExceptionDispatchInfo.Capture(e);
                }
            },
            SmallStackSize)
        {
            IsBackground = true,
            Name = what,
        };
        thread.Start();
        if (!thread.Join(limit))
        {
            Assert.Fail($"{what} did not return within {limit.TotalSeconds:0} s: the parser probably loops forever.");
        }

        error?.Throw();
        return result;
    }

    /// <summary>
    /// Runs a long batch on a 1 MB stack. The batch reports each input it starts parsing (a label and the text) through the
    /// callback it receives; the watchdog fails the test, showing that input, when one parse takes longer than
    /// <paramref name="perItem"/>.
    /// </summary>
    public static void WatchedBatch(Action<Action<string, string>> batch, string what, TimeSpan perItem)
    {
        var current = (Label: (string?)null, Input: string.Empty, Started: 0L);
        var gate = new object();
        ExceptionDispatchInfo? error = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    batch((label, input) =>
                    {
                        lock (gate)
                        {
                            current = (label, input, Stopwatch.GetTimestamp());
                        }
                    });
                }
                catch (Exception e)
                {
                    error = ExceptionDispatchInfo.Capture(e);
                }
            },
            SmallStackSize)
        {
            IsBackground = true,
            Name = what,
        };
        thread.Start();
        while (!thread.Join(TimeSpan.FromMilliseconds(200)))
        {
            (string? Label, string Input, long Started) snapshot;
            lock (gate)
            {
                snapshot = current;
            }

            if (snapshot.Label is not null && Stopwatch.GetElapsedTime(snapshot.Started) > perItem)
            {
                Assert.Fail($"{what}: one parse did not return within {perItem.TotalSeconds:0} s (the parser probably loops forever). "
                    + $"{snapshot.Label}{Environment.NewLine}Input: {TreeChecks.Excerpt(snapshot.Input)}");
            }
        }

        error?.Throw();
    }
}
