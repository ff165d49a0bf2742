using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Flexo.Fml.Semantics;
using Flexo.Runtime;
using Flexo.Runtime.Values;

namespace Flexo.Execution;

/// <summary>
/// Executes the behaviours of a checked <see cref="Compilation"/> on instances (FML.md §5): creation and deletion
/// schemes, actions, property accessors, matching, events. Behaviours are lowered to delegates on first use. Every
/// entry point is a top-level call that runs under the step and time budgets of <see cref="Options"/>; a failure is an
/// <see cref="FmlExecutionException"/> with an FML stack trace. An engine is not thread-safe: use one per thread.
/// </summary>
public sealed partial class FmlEngine
{
    private readonly ConcurrentDictionary<BehaviourSymbol, CompiledCode> _behaviours = new();
    private readonly ConcurrentDictionary<(ConceptSymbol, BehaviourSymbol), BehaviourSymbol> _dispatch = new();
    private readonly ConcurrentDictionary<(ConceptSymbol, PropertySymbol), PropertySymbol?> _effective = new();
    private readonly ConcurrentDictionary<(Symbol, int), CompiledCode> _accessors = new();
    private readonly ConcurrentDictionary<ConceptSymbol, BehaviourSymbol?> _defaultDeletion = new();
    private readonly ConcurrentDictionary<ConceptSymbol, (PropertySymbol, CompiledCode)[]> _initializers = new();

    /// <summary>Creates an engine for the models of a compilation.</summary>
    /// <param name="compilation">The checked models.</param>
    /// <param name="options">Budgets and services; <see cref="EngineOptions.Default"/> when null.</param>
    public FmlEngine(Compilation compilation, EngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        Compilation = compilation;
        Options = options ?? EngineOptions.Default;
        _listeners = new ListenerRegistry(this);
    }

    /// <summary>The models this engine runs.</summary>
    public Compilation Compilation { get; }

    /// <summary>Budgets and services.</summary>
    public EngineOptions Options { get; }

    /// <summary>Raised by <c>notify</c> statements: the instance and the property name.</summary>
    public event EventHandler<PropertyNotification>? Notified;

    internal void RaiseNotification(ConceptInstance? instance, string property) =>
        Notified?.Invoke(this, new PropertyNotification(instance, property));

    // ------------------------------------------------------------------ invocation

    /// <summary>Runs <paramref name="body"/> as a top-level call with fresh budgets.</summary>
    internal T Run<T>(Func<ExecutionContext, T> body)
    {
        var context = new ExecutionContext(this);
        try
        {
            return body(context);
        }
        catch (Exception e) when (Translate(context, e) is { } error)
        {
            throw error;
        }
    }

    /// <summary>Runs compiled code as a nested invocation: counts a step, tracks the stack, turns failures into FML errors.</summary>
    internal object? Invoke(ExecutionContext context, Invocation? caller, CompiledCode code, ConceptInstance? self, object?[] arguments, object? evt = null)
    {
        var invocation = new Invocation(context, code, self, arguments, caller) { Event = evt };
        context.Current = invocation;
        context.Depth++;
        try
        {
            if (++context.Steps >= context.Checkpoint)
            {
                context.CheckBudget();
            }

            if (context.Depth > context.MaxDepth)
            {
                throw context.Fail(ExecutionErrors.CallTooDeep, $"behaviours call each other more than {context.MaxDepth} levels deep (runaway recursion?)");
            }

            RuntimeHelpers.EnsureSufficientExecutionStack();
            return code.Run(invocation);
        }
        catch (Exception e) when (Translate(context, e) is { } error)
        {
            throw error;
        }
        finally
        {
            context.Current = caller;
            context.Depth--;
        }
    }

    /// <summary>The FML error for a failure at the current position; null for an error already translated.</summary>
    private static FmlExecutionException? Translate(ExecutionContext context, Exception e) => e switch
    {
        FmlExecutionException => null,
        FmlRuntimeError => context.Fail(ExecutionErrors.RuntimeError, e.Message, e),
        FmlRuntimeException => context.Fail(ExecutionErrors.InstanceError, e.Message, e),
        UncheckedCodeError => context.Fail(ExecutionErrors.UncheckedCode, e.Message, e),
        AdapterUnavailableError => context.Fail(ExecutionErrors.AdapterUnavailable, e.Message, e),
        BadCallError => context.Fail(ExecutionErrors.BadCall, e.Message, e),
        InsufficientExecutionStackException => context.Fail(ExecutionErrors.CallTooDeep, "the call nests too deeply for the process stack (runaway recursion?)", e),
        InvalidCastException or NullReferenceException or IndexOutOfRangeException or ArgumentException or InvalidOperationException
            or KeyNotFoundException or FormatException or OverflowException or NotSupportedException or ArithmeticException
            => context.Fail(ExecutionErrors.RuntimeError, "internal error: " + e.Message, e),
        _ => null,
    };

    internal CompiledCode CodeOf(BehaviourSymbol behaviour) => _behaviours.GetOrAdd(behaviour, static b => CodeCompiler.CompileBehaviour(b));

    /// <summary>Calls a behaviour from compiled code (dynamic dispatch unless <paramref name="nonVirtual"/>).</summary>
    internal object? Call(Invocation caller, ConceptInstance receiver, BehaviourSymbol behaviour, object?[] arguments, bool nonVirtual)
    {
        var implementation = nonVirtual ? behaviour : Dispatch(receiver.Concept, behaviour);
        return Invoke(caller.Context, caller, CodeOf(implementation), receiver, arguments);
    }

    /// <summary>The implementation of <paramref name="behaviour"/> that runs on an instance of <paramref name="concept"/>.</summary>
    internal BehaviourSymbol Dispatch(ConceptSymbol concept, BehaviourSymbol behaviour)
    {
        if (ReferenceEquals(concept, behaviour.Owner))
        {
            return behaviour;
        }

        return _dispatch.GetOrAdd((concept, behaviour), static key =>
        {
            var (concept, behaviour) = key;
            foreach (var owner in concept.AllAncestors().Prepend(concept))
            {
                foreach (var candidate in owner.Behaviours)
                {
                    if (candidate.Name == behaviour.Name && candidate.Kind == behaviour.Kind
                        && candidate.Parameters.Length == behaviour.Parameters.Length && (candidate.HasBody || ReferenceEquals(candidate, behaviour)))
                    {
                        return candidate;
                    }
                }
            }

            return behaviour;
        });
    }
}

/// <summary>A <c>notify</c> statement: which instance, which property.</summary>
/// <param name="Instance">The instance (the running one when the statement names none).</param>
/// <param name="Property">The notified property name.</param>
public sealed record PropertyNotification(ConceptInstance? Instance, string Property);

/// <summary>A call that names a behaviour, concept or argument that does not fit.</summary>
internal sealed class BadCallError(string message) : Exception(message);
