namespace Flexo.Execution;

/// <summary>One frame of an FML stack trace: the behaviour that was running and where.</summary>
/// <param name="Behaviour">The behaviour, as <c>Concept.name</c> (<c>Concept.create</c>, <c>Concept.get p</c>...).</param>
/// <param name="File">The source file path, when known.</param>
/// <param name="Line">The 1-based line, or 0 when unknown.</param>
/// <param name="Column">The 1-based column, or 0 when unknown.</param>
public sealed record FmlStackFrame(string Behaviour, string? File, int Line, int Column)
{
    /// <summary>The frame as printed in a stack trace: <c>at Shop.total() in Shop.fml:12:5</c>.</summary>
    public override string ToString() =>
        File is null ? $"at {Behaviour}" : $"at {Behaviour} in {File}:{Line}:{Column}";
}
