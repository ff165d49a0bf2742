namespace Flexo.Execution;

/// <summary>The stable codes of run-time errors (documented in docs/diagnostics.md).</summary>
public static class ExecutionErrors
{
    /// <summary>An operation failed at run time (null receiver, bad operand, failed conversion, Java exception...).</summary>
    public const string RuntimeError = "FML5001";

    /// <summary>The call took more steps than its budget allows.</summary>
    public const string StepBudgetExceeded = "FML5002";

    /// <summary>The call ran longer than its time budget allows.</summary>
    public const string TimeBudgetExceeded = "FML5003";

    /// <summary>Behaviours called each other too deeply (runaway recursion).</summary>
    public const string CallTooDeep = "FML5004";

    /// <summary>Code that did not check (an error diagnostic at load) was reached at run time (rule G).</summary>
    public const string UncheckedCode = "FML5005";

    /// <summary>The instance model refused an operation (deleted instance, wrong container, wrong concept...).</summary>
    public const string InstanceError = "FML5006";

    /// <summary>A behaviour, concept or argument the call names does not exist or does not fit.</summary>
    public const string BadCall = "FML5007";

    /// <summary>A feature of a technology adapter that is not available was used.</summary>
    public const string AdapterUnavailable = "FML5008";

    /// <summary>An invariant of a concept does not hold.</summary>
    public const string InvariantViolated = "FML5009";

    /// <summary>A stored property holds fewer or more values than its cardinality allows (D7).</summary>
    public const string CardinalityViolated = "FML5010";
}
