using Flexo.Runtime;

namespace Flexo.Execution;

/// <summary>
/// One running behaviour (or property accessor, or evaluated fragment): the receiver, the arguments, the current
/// statement (for stack traces) and the implicit matching sets of FML.md §5.2 step 5. Compiled code reads its fields.
/// </summary>
internal sealed class Invocation
{
    public Invocation(ExecutionContext context, CompiledCode code, ConceptInstance? self, object?[] arguments, Invocation? caller)
    {
        Context = context;
        Code = code;
        This = self;
        Arguments = arguments;
        Caller = caller;
    }

    /// <summary>The call's context (public field for compiled code).</summary>
    public readonly ExecutionContext Context;

    /// <summary>The receiver, <c>this</c> (public field for compiled code).</summary>
    public readonly ConceptInstance? This;

    /// <summary>The arguments, already converted to the parameters' types (public field for compiled code).</summary>
    public readonly object?[] Arguments;

    /// <summary>The index of the statement running, into the positions of <see cref="CompiledCode"/> (public field).</summary>
    public int Position;

    public CompiledCode Code { get; }

    public Invocation? Caller { get; }

    /// <summary>The implicit matching sets of this execution, by (concept, receiver) (D1).</summary>
    public Dictionary<(object Concept, object? From), MatchingSet>? ImplicitSets { get; set; }

    /// <summary>The value of <c>evt</c> in a listener.</summary>
    public object? Event { get; set; }

    public FmlStackFrame Frame() => Code.FrameAt(Position);
}
