using System.Collections.Immutable;

namespace Flexo.Fml.Semantics;

/// <summary>
/// A Java-compatible class type known to Flexo by its Java name: <c>java.lang.String</c>, <c>java.util.List&lt;T&gt;</c>,
/// <c>java.util.Date</c>, boxed primitives, <c>java.lang.Object</c>... Its members come from the documented Java
/// compatibility table (docs/java-compat.md), executed on .NET types.
/// </summary>
public sealed class ClassType : FmlType
{
    /// <summary>Creates a class type from its fully qualified Java name and its type arguments.</summary>
    public ClassType(string qualifiedName, ImmutableArray<FmlType> typeArguments = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(qualifiedName);
        QualifiedName = qualifiedName;
        TypeArguments = typeArguments.IsDefault ? [] : typeArguments;
    }

    /// <summary><c>java.lang.Object</c></summary>
    public static ClassType Object { get; } = new("java.lang.Object");

    /// <summary><c>java.lang.String</c></summary>
    public static ClassType String { get; } = new("java.lang.String");

    /// <summary><c>java.util.Date</c></summary>
    public static ClassType Date { get; } = new("java.util.Date");

    /// <summary><c>java.util.List&lt;element&gt;</c> (a primitive element is boxed).</summary>
    public static ClassType ListOf(FmlType element) => TypeFacts.ListOf(element);

    /// <summary>The fully qualified Java name (<c>java.util.List</c>).</summary>
    public string QualifiedName { get; }

    /// <summary>The simple name (<c>List</c>).</summary>
    public string SimpleName => QualifiedName[(QualifiedName.LastIndexOf('.') + 1)..];

    /// <summary>The type arguments (empty for raw or non-generic types).</summary>
    public ImmutableArray<FmlType> TypeArguments { get; }

    /// <inheritdoc />
    public override string DisplayName =>
        TypeArguments.IsEmpty ? SimpleName : $"{SimpleName}<{string.Join(",", TypeArguments.Select(t => t.DisplayName))}>";

    /// <inheritdoc />
    public override bool Equals(FmlType? other) =>
        other is ClassType c && c.QualifiedName == QualifiedName && c.TypeArguments.SequenceEqual(TypeArguments);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(QualifiedName);
        foreach (var argument in TypeArguments)
        {
            hash.Add(argument);
        }

        return hash.ToHashCode();
    }
}
