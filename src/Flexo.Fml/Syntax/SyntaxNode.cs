using System.Text;
using Flexo.Fml.Text;

namespace Flexo.Fml.Syntax;

/// <summary>
/// A node of the immutable, full-fidelity syntax tree. Every character of the source belongs to exactly one token
/// (text or trivia), so printing the tokens of the root in order gives the source back byte for byte.
/// Nodes have no parent pointers; walk down from the root.
/// </summary>
public abstract class SyntaxNode
{
    /// <summary>Creates a node whose tokens live in <paramref name="table"/>.</summary>
    private protected SyntaxNode(TokenTable table) => Table = table;

    /// <summary>The token table of the file the node belongs to.</summary>
    internal TokenTable Table { get; }

    private int _firstToken = int.MinValue;
    private int _lastToken = int.MinValue;

    /// <summary>Index in the token table of the node's first token (missing ones included), or -1; cached.</summary>
    internal int FirstTokenIndex => _firstToken != int.MinValue ? _firstToken : (_firstToken = ComputeFirstToken());

    /// <summary>Index in the token table of the node's last token (missing ones included), or -1; cached.</summary>
    internal int LastTokenIndex => _lastToken != int.MinValue ? _lastToken : (_lastToken = ComputeLastToken());

    internal abstract int ComputeFirstToken();

    internal abstract int ComputeLastToken();

    /// <summary>The kind of node.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>Number of child slots (a slot holds a node, a token, a list, or nothing).</summary>
    internal abstract int SlotCount { get; }

    /// <summary>
    /// The child in slot <paramref name="index"/>: a node, a token, the backing array of a non-empty list
    /// (an <c>object[]</c> of nodes and tokens in source order), or null.
    /// </summary>
    internal abstract object? GetSlot(int index);

    /// <summary>The span including the leading trivia of the first token and trailing trivia of the last.</summary>
    public TextSpan FullSpan
    {
        get
        {
            var first = FirstTokenIndex;
            var last = LastTokenIndex;
            return first < 0 || last < 0 ? default : TextSpan.FromBounds(Table[first].FullStart, Table[last].FullEnd);
        }
    }

    /// <summary>The span from the first to the last character of the node's text, trivia excluded.</summary>
    public TextSpan Span
    {
        get
        {
            var firstIndex = FirstTokenIndex;
            var lastIndex = LastTokenIndex;
            if (firstIndex >= 0 && lastIndex >= 0 && !Table.IsMissing(firstIndex) && !Table.IsMissing(lastIndex))
            {
                return TextSpan.FromBounds(Table[firstIndex].Start, Table[lastIndex].End);
            }

            // Missing tokens at an edge: find the real ones (rare, only in trees with errors).
            var first = FirstToken(includeMissing: false);
            var last = LastToken(includeMissing: false);
            return first is null || last is null
                ? new TextSpan(FullSpan.Start, 0)
                : TextSpan.FromBounds(first.Span.Start, last.Span.End);
        }
    }

    /// <summary>The direct children, lists flattened, absent optional parts skipped.</summary>
    public IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        for (var i = 0; i < SlotCount; i++)
        {
            switch (GetSlot(i))
            {
                case null:
                    break;
                case object[] list:
                    foreach (var item in list)
                    {
                        yield return new SyntaxNodeOrToken(item);
                    }

                    break;
                case var child:
                    yield return new SyntaxNodeOrToken(child);
                    break;
            }
        }
    }

    /// <summary>The direct child nodes.</summary>
    public IEnumerable<SyntaxNode> ChildNodes() =>
        ChildNodesAndTokens().Where(c => !c.IsToken).Select(c => c.AsNode()!);

    /// <summary>Every token below the node, in source order (iterative: safe on very deep trees).</summary>
    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        var stack = new Stack<object>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case SyntaxToken token:
                    yield return token;
                    break;
                case SyntaxNode node:
                    for (var i = node.SlotCount - 1; i >= 0; i--)
                    {
                        if (node.GetSlot(i) is { } slot)
                        {
                            stack.Push(slot);
                        }
                    }

                    break;
                case object[] list:
                    for (var j = list.Length - 1; j >= 0; j--)
                    {
                        stack.Push(list[j]);
                    }

                    break;
            }
        }
    }

    /// <summary>Every node below this one (this one included), in source order.</summary>
    public IEnumerable<SyntaxNode> DescendantNodesAndSelf()
    {
        var stack = new Stack<object>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case SyntaxNode node:
                    yield return node;
                    for (var i = node.SlotCount - 1; i >= 0; i--)
                    {
                        if (node.GetSlot(i) is { } slot and not SyntaxToken)
                        {
                            stack.Push(slot);
                        }
                    }

                    break;
                case object[] list:
                    for (var j = list.Length - 1; j >= 0; j--)
                    {
                        if (list[j] is SyntaxNode child)
                        {
                            stack.Push(child);
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>The first token of the node, or null when it has none.</summary>
    public SyntaxToken? GetFirstToken() => FirstToken(includeMissing: false);

    /// <summary>The last token of the node, or null when it has none.</summary>
    public SyntaxToken? GetLastToken() => LastToken(includeMissing: false);

    /// <summary>The node's text with all trivia, exactly as in the source.</summary>
    public string ToFullString()
    {
        var builder = new StringBuilder(FullSpan.Length);
        foreach (var token in DescendantTokens())
        {
            token.WriteTo(builder);
        }

        return builder.ToString();
    }

    /// <summary>The node's text without its outer leading and trailing trivia.</summary>
    public override string ToString()
    {
        var span = Span;
        return Table.Source.Substring(span.Start, span.Length);
    }

    private SyntaxToken? FirstToken(bool includeMissing)
    {
        foreach (var token in DescendantTokens())
        {
            if (includeMissing || !token.IsMissing)
            {
                return token;
            }
        }

        return null;
    }

    private SyntaxToken? LastToken(bool includeMissing)
    {
        var node = this;
        while (true)
        {
            SyntaxNode? next = null;
            for (var i = node.SlotCount - 1; i >= 0 && next is null; i--)
            {
                switch (node.GetSlot(i))
                {
                    case SyntaxToken token when includeMissing || !token.IsMissing:
                        return token;
                    case SyntaxNode child when HasToken(child, includeMissing):
                        next = child;
                        break;
                    case object[] list:
                        for (var j = list.Length - 1; j >= 0 && next is null; j--)
                        {
                            switch (list[j])
                            {
                                case SyntaxToken token when includeMissing || !token.IsMissing:
                                    return token;
                                case SyntaxNode child when HasToken(child, includeMissing):
                                    next = child;
                                    break;
                            }
                        }

                        break;
                }
            }

            if (next is null)
            {
                return null;
            }

            node = next;
        }
    }

    private static bool HasToken(SyntaxNode node, bool includeMissing) => node.FirstToken(includeMissing) is not null;
}
