using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Flexo.Fml.Semantics;

/// <summary>Names of the Java classes FML sources use without import (java.lang and java.util), and boxing.</summary>
internal static class JavaTypes
{
    private static readonly FrozenDictionary<string, string> s_simpleNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Object"] = "java.lang.Object",
        ["String"] = "java.lang.String",
        ["Integer"] = "java.lang.Integer",
        ["Long"] = "java.lang.Long",
        ["Double"] = "java.lang.Double",
        ["Float"] = "java.lang.Float",
        ["Short"] = "java.lang.Short",
        ["Byte"] = "java.lang.Byte",
        ["Character"] = "java.lang.Character",
        ["Boolean"] = "java.lang.Boolean",
        ["Number"] = "java.lang.Number",
        ["Math"] = "java.lang.Math",
        ["Class"] = "java.lang.Class",
        ["Iterable"] = "java.lang.Iterable",
        ["List"] = "java.util.List",
        ["ArrayList"] = "java.util.ArrayList",
        ["LinkedList"] = "java.util.LinkedList",
        ["Collection"] = "java.util.Collection",
        ["Set"] = "java.util.Set",
        ["HashSet"] = "java.util.HashSet",
        ["Map"] = "java.util.Map",
        ["HashMap"] = "java.util.HashMap",
        ["Date"] = "java.util.Date",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_qualifiedNames = s_simpleNames.Values.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The class type for a simple or qualified Java name, or null when Flexo does not know it.</summary>
    public static FmlType? Resolve(string name, ImmutableArray<FmlType> arguments)
    {
        if (s_simpleNames.TryGetValue(name, out var qualified) || s_qualifiedNames.Contains(qualified = name))
        {
            return new ClassType(qualified, arguments.IsDefault ? [] : arguments);
        }

        return null;
    }

    /// <summary>The boxed class of a primitive (<c>int</c> to <c>java.lang.Integer</c>).</summary>
    public static ClassType Boxed(PrimitiveType primitive) => new(primitive.Kind switch
    {
        PrimitiveKind.Boolean => "java.lang.Boolean",
        PrimitiveKind.Char => "java.lang.Character",
        PrimitiveKind.Byte => "java.lang.Byte",
        PrimitiveKind.Short => "java.lang.Short",
        PrimitiveKind.Int => "java.lang.Integer",
        PrimitiveKind.Long => "java.lang.Long",
        PrimitiveKind.Float => "java.lang.Float",
        PrimitiveKind.Double => "java.lang.Double",
        _ => "java.lang.Void",
    });
}
