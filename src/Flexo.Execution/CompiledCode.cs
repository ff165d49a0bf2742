using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Execution;

/// <summary>
/// A behaviour, accessor or fragment lowered to a delegate, with the table of statement positions its stack frames
/// point into.
/// </summary>
internal sealed class CompiledCode
{
    private readonly List<SyntaxNode> _positions = [];

    public CompiledCode(string name, SourceText? source, SyntaxNode? origin)
    {
        Name = name;
        Source = source;
        if (origin is not null)
        {
            _positions.Add(origin);
        }
    }

    /// <summary>The frame name: <c>Concept.behaviour(...)</c>.</summary>
    public string Name { get; }

    public SourceText? Source { get; }

    /// <summary>The delegate (set once compiled).</summary>
    public Func<Invocation, object?> Run { get; set; } = static _ => null;

    /// <summary>Registers a statement position; returns its index.</summary>
    public int AddPosition(SyntaxNode node)
    {
        _positions.Add(node);
        return _positions.Count - 1;
    }

    public FmlStackFrame FrameAt(int position)
    {
        if (Source is null || _positions.Count == 0)
        {
            return new FmlStackFrame(Name, Source?.Path, 0, 0);
        }

        var node = _positions[Math.Clamp(position, 0, _positions.Count - 1)];
        var line = Source.GetLinePosition(node.Span.Start);
        return new FmlStackFrame(Name, Source.Path, line.Line, line.Column);
    }
}
