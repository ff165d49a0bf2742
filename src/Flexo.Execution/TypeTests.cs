using System.Collections;
using Flexo.Fml.Semantics;
using Flexo.Runtime;

namespace Flexo.Execution;

/// <summary><c>instanceof</c> on run-time values.</summary>
internal static class TypeTests
{
    public static bool IsInstance(object? value, FmlType type)
    {
        if (value is null)
        {
            return false;
        }

        switch (type)
        {
            case ConceptType { Concept: null }:
                return value is ConceptInstance;
            case ConceptType { Concept: { } concept }:
                return value is ConceptInstance instance ? concept.IsSuperConceptOf(instance.Concept)
                    : value is EnumValueSymbol enumValue && enumValue.Owner == concept;
            case ConceptMetaType:
                return value is ConceptSymbol;
            case PrimitiveType primitive:
                return Typing.ClrType(primitive) == value.GetType();
            case ClassType classType:
                return classType.SimpleName switch
                {
                    "Object" => true,
                    "String" or "CharSequence" => value is string,
                    "Integer" => value is int,
                    "Long" => value is long,
                    "Double" => value is double,
                    "Float" => value is float,
                    "Short" => value is short,
                    "Byte" => value is sbyte,
                    "Character" => value is char,
                    "Boolean" => value is bool,
                    "Number" => value is int or long or double or float or short or sbyte,
                    "Date" => value is DateTime,
                    "Duration" => value is TimeSpan,
                    "List" or "ArrayList" or "LinkedList" or "Collection" or "Iterable" => value is IList,
                    "Set" or "HashSet" or "LinkedHashSet" or "TreeSet" => value is ISet<object?>,
                    "Map" or "HashMap" or "LinkedHashMap" or "TreeMap" => value is IDictionary,
                    _ => false,
                };
            default:
                return false;
        }
    }
}
