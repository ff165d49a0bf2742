using System.Collections.Immutable;

namespace Flexo.Fml.Semantics;

public sealed partial record VocabularyEntry
{
    /// <summary>
    /// The typed keyword parameters; empty when the entry only lists parameter names (then only unknown names are
    /// reported). When present, missing required parameters and values of the wrong type are reported too.
    /// </summary>
    public ImmutableArray<KeywordParameter> Signature { get; init; } = [];

    /// <summary>
    /// The FML type the entry yields, as written in FML: the element a role or model slot holds, the value of an edition
    /// action, the element type of a fetch request; null when unknown (unchecked).
    /// </summary>
    public string? ValueType { get; init; }

    /// <summary>For a technology type: its members (properties and methods) FML code may use.</summary>
    public ImmutableArray<TechnologyMember> Members { get; init; } = [];

    /// <summary>True when the parameters are typed (<see cref="Signature"/> is given).</summary>
    public bool IsTyped => !Signature.IsDefaultOrEmpty;

    /// <summary>Creates an entry with typed parameters.</summary>
    /// <param name="keyword">The FML keyword.</param>
    /// <param name="kind">What the keyword is.</param>
    /// <param name="signature">The keyword parameters.</param>
    /// <param name="valueType">The FML type the entry yields, or null.</param>
    /// <returns>The entry.</returns>
    public static VocabularyEntry Typed(string keyword, VocabularyKind kind, IEnumerable<KeywordParameter> signature, string? valueType = null)
    {
        var parameters = signature.ToImmutableArray();
        return new VocabularyEntry(keyword, kind, [.. parameters.Select(p => p.Name)]) { Signature = parameters, ValueType = valueType };
    }

    /// <summary>The typed parameter named <paramref name="name"/>, or null.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The parameter, or null.</returns>
    public KeywordParameter? FindParameter(string name)
    {
        foreach (var parameter in Signature.IsDefault ? [] : Signature)
        {
            if (parameter.Name == name)
            {
                return parameter;
            }
        }

        return null;
    }

    /// <summary>The members named <paramref name="name"/> (several for overloads).</summary>
    /// <param name="name">The member name.</param>
    /// <returns>The members, possibly none.</returns>
    public IEnumerable<TechnologyMember> FindMembers(string name) =>
        Members.IsDefault ? [] : Members.Where(m => m.Name == name);
}
