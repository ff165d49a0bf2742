using System.Collections.Immutable;

namespace Flexo.Fml.Semantics;

/// <summary>The type of <c>null</c>: assignable to every reference type.</summary>
public sealed class NullType : FmlType
{
    private NullType()
    {
    }

    /// <summary>The single instance.</summary>
    public static NullType Instance { get; } = new();

    /// <inheritdoc />
    public override string DisplayName => "null";

    /// <inheritdoc />
    public override bool Equals(FmlType? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => 3;
}

/// <summary>
/// The type of an expression that could not be typed because of an error already reported: compatible with
/// everything, so that one mistake gives one diagnostic.
/// </summary>
public sealed class ErrorType : FmlType
{
    private ErrorType()
    {
    }

    /// <summary>The single instance.</summary>
    public static ErrorType Instance { get; } = new();

    /// <inheritdoc />
    public override string DisplayName => "?";

    /// <inheritdoc />
    public override bool IsError => true;

    /// <inheritdoc />
    public override bool Equals(FmlType? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => 5;
}

/// <summary>A type name that does not resolve (reported once, where it is written).</summary>
public sealed class UnresolvedType : FmlType
{
    /// <summary>Creates an unresolved type for <paramref name="name"/>.</summary>
    public UnresolvedType(string name) => Name = name;

    /// <summary>The name as written.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string DisplayName => Name;

    /// <inheritdoc />
    public override bool IsError => true;

    /// <inheritdoc />
    public override bool Equals(FmlType? other) => other is UnresolvedType u && u.Name == Name;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(7, Name);
}

/// <summary><c>?</c>, <c>? extends T</c> or <c>? super T</c> as a type argument.</summary>
public sealed class WildcardType : FmlType
{
    /// <summary>Creates a wildcard with an optional bound.</summary>
    public WildcardType(FmlType? bound, bool isSuper)
    {
        Bound = bound;
        IsSuper = isSuper;
    }

    /// <summary>The bound, if any.</summary>
    public FmlType? Bound { get; }

    /// <summary>True for <c>? super T</c>.</summary>
    public bool IsSuper { get; }

    /// <inheritdoc />
    public override string DisplayName => Bound is null ? "?" : $"? {(IsSuper ? "super" : "extends")} {Bound.DisplayName}";

    /// <inheritdoc />
    public override bool Equals(FmlType? other) =>
        other is WildcardType w && w.IsSuper == IsSuper && Equals(w.Bound, Bound);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(11, Bound, IsSuper);
}

/// <summary>
/// A type provided by a technology adapter (<c>CSVRow</c>, <c>ExcelSheet</c>, <c>OWLIndividualType(owlClass=CAT)</c>).
/// The adapter that declares it decides its members.
/// </summary>
public sealed class TechnologyType : FmlType
{
    /// <summary>Creates a technology type.</summary>
    public TechnologyType(string adapter, string name, ImmutableArray<KeyValuePair<string, string>> arguments = default)
    {
        Adapter = adapter;
        Name = name;
        Arguments = arguments.IsDefault ? [] : arguments;
    }

    /// <summary>The identifier of the adapter that provides the type.</summary>
    public string Adapter { get; }

    /// <summary>The type's keyword.</summary>
    public string Name { get; }

    /// <summary>The keyword arguments as written (for parameterised types).</summary>
    public ImmutableArray<KeyValuePair<string, string>> Arguments { get; }

    /// <inheritdoc />
    public override string DisplayName =>
        Arguments.IsEmpty ? Name : $"{Name}({string.Join(",", Arguments.Select(a => a.Key + "=" + a.Value))})";

    /// <inheritdoc />
    public override bool Equals(FmlType? other) =>
        other is TechnologyType t && t.Adapter == Adapter && t.Name == Name && t.Arguments.SequenceEqual(Arguments);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(13, Adapter, Name);
}
