namespace Flexo.Fml.Semantics.Java;

/// <summary>
/// A type parameter (<c>E</c>, <c>K</c>, <c>V</c>, <c>T</c>) inside a member template of the Java table. Templates are
/// instantiated for a receiver before any member leaves the library, so this type is never seen outside it.
/// </summary>
internal sealed class TypeParameterType : FmlType
{
    public TypeParameterType(string name) => Name = name;

    public string Name { get; }

    public override string DisplayName => Name;

    public override bool Equals(FmlType? other) => other is TypeParameterType t && t.Name == Name;

    public override int GetHashCode() => HashCode.Combine(97, Name);
}
