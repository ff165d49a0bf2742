using System.Collections;
using Flexo.Execution;
using Flexo.Fml.Semantics;
using Flexo.Runtime;
using Flexo.Runtime.Values;

namespace Flexo.Host.Scripts;

/// <summary>How script values are typed for binding and shown to the user.</summary>
public static class ScriptValues
{
    /// <summary>The static type a script variable gets from its current value (docs/scripts.md).</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its type.</returns>
    public static FmlType TypeOf(object? value) => value switch
    {
        null => ClassType.Object,
        ConceptInstance instance => new ConceptType(instance.Concept),
        ConceptSymbol concept => new ConceptMetaType(concept),
        EnumValueSymbol enumValue => new ConceptType(enumValue.Owner),
        MatchingSet set => new MatchingSetType(set.Concept),
        bool => PrimitiveType.Boolean,
        int => PrimitiveType.Int,
        long => PrimitiveType.Long,
        double => PrimitiveType.Double,
        float => PrimitiveType.Float,
        char => PrimitiveType.Char,
        short => PrimitiveType.Short,
        sbyte => PrimitiveType.Byte,
        string => ClassType.String,
        DateTime => ClassType.Date,
        IList => ClassType.ListOf(ClassType.Object),
        _ => ClassType.Object,
    };

    /// <summary>A value as the script console shows it.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its text.</returns>
    public static string Show(object? value) => value switch
    {
        VirtualModelInstance model => $"{model.Concept.Name} instance '{model.Name}' ({model.Uri})",
        ConceptInstance instance => $"{instance.Concept.Name} {instance.Uri}",
        ConceptSymbol { IsModel: true } model => $"model {model.Name} ({model.Uri})",
        ConceptSymbol concept => $"concept {concept.Name} ({concept.Uri})",
        Symbol symbol => symbol.Name,
        MatchingSet set => $"matching set of {set.Concept?.Name} ({set.Candidates.Count} candidates)",
        string text => text,
        IList list => "[" + string.Join(", ", list.Cast<object?>().Select(ShowElement)) + "]",
        _ => JavaText.ToJavaString(value),
    };

    private static string ShowElement(object? value) => value switch
    {
        ConceptInstance instance => $"{instance.Concept.Name}#{instance.FlexoId}",
        Symbol symbol => symbol.Name,
        _ => Show(value),
    };
}
