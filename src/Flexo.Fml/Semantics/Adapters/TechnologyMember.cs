using System.Collections.Immutable;

namespace Flexo.Fml.Semantics;

/// <summary>
/// A member of a technology type that FML code may use: a property (<c>row.rowIndex</c>) or a method
/// (<c>row.getInt("qty")</c>). Types are FML type names as written in FML (see <see cref="KeywordParameter"/>).
/// </summary>
/// <param name="Name">The member name.</param>
/// <param name="ResultType">The FML type of its value (<c>void</c> for none).</param>
/// <param name="ParameterTypes">The FML types of the method's parameters (empty for a property).</param>
/// <param name="IsMethod">True for a method (called with parentheses), false for a property.</param>
public sealed record TechnologyMember(string Name, string ResultType, ImmutableArray<string> ParameterTypes, bool IsMethod);
