namespace Flexo.Fml.Semantics;

/// <summary>
/// A named value a fragment can read and assign: a script variable, with the type of its current value
/// (<c>new ConceptType(concept)</c> for an instance, <c>ClassType.String</c>, <c>PrimitiveType.Int</c>...).
/// </summary>
public sealed record FragmentVariable(string Name, FmlType Type);
