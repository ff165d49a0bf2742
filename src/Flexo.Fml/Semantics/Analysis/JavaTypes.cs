using System.Collections.Immutable;
using Flexo.Fml.Semantics.Java;

namespace Flexo.Fml.Semantics;

/// <summary>Resolution of Java class names for the type resolver, through the Java-compatible library.</summary>
internal static class JavaTypes
{
    /// <summary>The class type for a simple or qualified Java name, or null when Flexo does not know it.</summary>
    public static FmlType? Resolve(string name, ImmutableArray<FmlType> arguments) =>
        JavaLibrary.ResolveClass(name, arguments.IsDefault ? [] : arguments);

    /// <summary>The boxed class of a primitive (<c>int</c> to <c>java.lang.Integer</c>).</summary>
    public static FmlType Boxed(PrimitiveType primitive) => TypeFacts.Box(primitive);
}
