namespace Flexo.Runtime.Values;

/// <summary>
/// A value of an FML enum, as the run-time engine represents it. Enum values compare by identity with each other and
/// by <see cref="Name"/> with a string (<c>level == "HIGH"</c>, as the RI).
/// </summary>
public interface IFmlEnumValue
{
    /// <summary>The name of the enum value (<c>HIGH</c>).</summary>
    string Name { get; }
}
