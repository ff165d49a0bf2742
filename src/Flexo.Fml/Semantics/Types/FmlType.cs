namespace Flexo.Fml.Semantics;

/// <summary>
/// A static type of FML: primitive, Java-compatible class (String, List&lt;T&gt;, Date...), concept instance, enum,
/// <c>Concept&lt;C&gt;</c>, <c>Resource&lt;T&gt;</c>, matching set, technology type, or one of the special types used for
/// null and error recovery. Types are immutable; equal types compare equal with <see cref="Equals(object)"/>.
/// </summary>
public abstract class FmlType : IEquatable<FmlType>
{
    private protected FmlType()
    {
    }

    /// <summary>The name as a user writes it (<c>int</c>, <c>List&lt;String&gt;</c>, <c>Book</c>).</summary>
    public abstract string DisplayName { get; }

    /// <summary>True for the error type and unresolved types: no further diagnostic should cascade from them.</summary>
    public virtual bool IsError => false;

    /// <inheritdoc />
    public abstract bool Equals(FmlType? other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FmlType other && Equals(other);

    /// <inheritdoc />
    public abstract override int GetHashCode();

    /// <inheritdoc />
    public override string ToString() => DisplayName;
}
