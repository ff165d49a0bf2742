using System.Collections;
using System.Collections.Immutable;
using Flexo.Fml.Semantics;
using Flexo.Fml.Semantics.Bound;

namespace Flexo.Fml.Tests.Semantics.Checker;

/// <summary>
/// Reads bound trees the way a test needs them: every checked piece of a unit (behaviour bodies and parameter
/// defaults, property initialisers, getters and setters, invariants), walked in pre-order, and the statement at a
/// <c>/*@here*/</c> marker with the names it contains.
/// </summary>
internal static class BoundTree
{
    /// <summary>The marker a test puts in FML text to designate the enclosing statement.</summary>
    public const string Marker = "/*@here*/";

    /// <summary>Every concept of the unit's model, nested ones included, in declaration order.</summary>
    public static IEnumerable<ConceptSymbol> Concepts(UnitSymbol unit)
    {
        if (unit.Model is null)
        {
            yield break;
        }

        var stack = new Stack<ConceptSymbol>();
        stack.Push(unit.Model);
        while (stack.Count > 0)
        {
            var concept = stack.Pop();
            yield return concept;
            for (var i = concept.NestedConcepts.Length - 1; i >= 0; i--)
            {
                stack.Push(concept.NestedConcepts[i]);
            }
        }
    }

    /// <summary>The roots of every bound tree of the unit.</summary>
    public static IEnumerable<BoundNode> Roots(UnitSymbol unit)
    {
        foreach (var concept in Concepts(unit))
        {
            foreach (var property in concept.Properties)
            {
                foreach (var node in new BoundNode?[] { property.Initializer, property.ValueExpression, property.Getter, property.Setter?.Body })
                {
                    if (node is not null)
                    {
                        yield return node;
                    }
                }
            }

            foreach (var behaviour in concept.Behaviours)
            {
                if (!behaviour.ParameterDefaults.IsDefault)
                {
                    foreach (var value in behaviour.ParameterDefaults)
                    {
                        if (value is not null)
                        {
                            yield return value;
                        }
                    }
                }

                if (behaviour.ListenedSource is { } source)
                {
                    yield return source;
                }

                if (behaviour.Body is { } body)
                {
                    yield return body;
                }
            }

            foreach (var invariant in concept.Invariants)
            {
                foreach (var condition in invariant.Conditions)
                {
                    yield return condition;
                }
            }
        }
    }

    /// <summary>The node and every node below it, in pre-order (a node before its children, children in declaration order).</summary>
    public static IEnumerable<BoundNode> Descendants(BoundNode root)
    {
        var stack = new Stack<BoundNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            var children = Children(node).ToList();
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }

    /// <summary>Every node of every bound tree of the unit.</summary>
    public static IEnumerable<BoundNode> AllNodes(UnitSymbol unit) => Roots(unit).SelectMany(Descendants);

    /// <summary>The direct children of a bound node (its bound properties, in declaration order).</summary>
    public static IEnumerable<BoundNode> Children(BoundNode node)
    {
        foreach (var property in node.GetType().GetProperties())
        {
            if (property.Name is "Syntax" or "EqualityContract" || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            foreach (var child in Flatten(property.GetValue(node)))
            {
                yield return child;
            }
        }
    }

    private static IEnumerable<BoundNode> Flatten(object? value)
    {
        switch (value)
        {
            case null or string:
                yield break;
            case BoundNode node:
                yield return node;
                yield break;
        }

        var type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
            && (bool)type.GetProperty(nameof(ImmutableArray<int>.IsDefault))!.GetValue(value)!)
        {
            yield break;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
        {
            foreach (var node in Flatten(type.GetProperty("Value")!.GetValue(value)))
            {
                yield return node;
            }

            yield break;
        }

        if (value is IEnumerable sequence and not FmlType)
        {
            foreach (var item in sequence)
            {
                foreach (var node in Flatten(item))
                {
                    yield return node;
                }
            }
        }
    }
}

/// <summary>
/// The statement marked with <c>/*@here*/</c> in a unit, and what the names it contains are bound to. The marker
/// sits inside the statement (the innermost bound statement containing it is taken) or just before it.
/// </summary>
internal sealed class ScopeProbe
{
    private ScopeProbe(Compilation compilation, BoundStatement statement)
    {
        Compilation = compilation;
        Statement = statement;
    }

    public Compilation Compilation { get; }

    /// <summary>The marked statement.</summary>
    public BoundStatement Statement { get; }

    /// <summary>Checks <paramref name="text"/> as the single file <c>Test.fml</c> and finds its marker.</summary>
    public static ScopeProbe In(string text) => In(CheckerFixture.CompileOne(text), "Test.fml");

    /// <summary>Finds the marker of the document at <paramref name="path"/>.</summary>
    public static ScopeProbe In(Compilation compilation, string path)
    {
        var unit = compilation.GetUnit(path) ?? throw new InvalidOperationException("No unit " + path);
        var offset = unit.Tree.Text.ToString().IndexOf(BoundTree.Marker, StringComparison.Ordinal);
        Assert.True(offset >= 0, "The text has no " + BoundTree.Marker + " marker.");
        var statements = BoundTree.AllNodes(unit).OfType<BoundStatement>().Where(s => s is not BoundBlock).ToList();

        // Just before a statement (only white space between): that one; otherwise the innermost one around the marker.
        var text = unit.Tree.Text.ToString();
        var after = offset + BoundTree.Marker.Length;
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        var statement = statements.Where(s => s.Syntax.Span.Start == after).MaxBy(s => s.Syntax.Span.Length)
            ?? statements.Where(s => s.Syntax.Span.Start <= offset && offset < s.Syntax.Span.End).MinBy(s => s.Syntax.Span.Length);
        Assert.True(statement is not null, "No statement at the marker.");
        return new ScopeProbe(compilation, statement);
    }

    /// <summary>
    /// The outermost bound expression of the marked statement whose source text is <paramref name="expression"/>
    /// (an identifier, <c>parameters.x</c>, <c>a.b</c>...): what the name is bound to.
    /// </summary>
    public BoundExpression Resolve(string expression)
    {
        var found = BoundTree.Descendants(Statement).OfType<BoundExpression>().FirstOrDefault(e => e.Syntax.ToString() == expression);
        Assert.True(found is not null, $"'{expression}' is not bound in the statement '{Statement.Syntax}'.");
        return found;
    }

    /// <summary>The diagnostics of the compilation, one per line, for assertion messages.</summary>
    public string Diagnostics => string.Join("\n", CheckerFixture.Format(Compilation));
}
