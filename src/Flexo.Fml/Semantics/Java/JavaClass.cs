using System.Collections.Immutable;

namespace Flexo.Fml.Semantics.Java;

/// <summary>A class of the Java compatibility table: its name, type parameters, supertypes and members.</summary>
internal sealed class JavaClass
{
    public JavaClass(string qualifiedName, string name, ImmutableArray<string> typeParameters, string dotNetType)
    {
        QualifiedName = qualifiedName;
        Name = name;
        TypeParameters = typeParameters;
        DotNetType = dotNetType;
    }

    /// <summary><c>java.util.Map.Entry</c></summary>
    public string QualifiedName { get; }

    /// <summary>The name used in ids and documentation: <c>Map.Entry</c>, <c>String</c>.</summary>
    public string Name { get; }

    public ImmutableArray<string> TypeParameters { get; }

    /// <summary>The .NET representation of values of the class (documentation).</summary>
    public string DotNetType { get; }

    /// <summary>The direct supertypes, written with this class's type parameters (<c>Collection&lt;E&gt;</c>).</summary>
    public ImmutableArray<ClassType> Supertypes { get; private set; } = [];

    public ImmutableArray<MemberTemplate> Members { get; private set; } = [];

    public bool IsGeneric => !TypeParameters.IsEmpty;

    /// <summary>Completes the class once every name of the table is known (called once, while the table is built).</summary>
    internal void Complete(ImmutableArray<ClassType> supertypes, ImmutableArray<MemberTemplate> members)
    {
        Supertypes = supertypes;
        Members = members;
    }
}

/// <summary>A member as written in the table, before the receiver's type arguments are substituted.</summary>
internal sealed record MemberTemplate(
    JavaClass Owner,
    string Name,
    JavaMemberKind Kind,
    bool IsStatic,
    bool IsVarArgs,
    ImmutableArray<string> MethodTypeParameters,
    FmlType ReturnType,
    ImmutableArray<FmlType> Parameters,
    string Id,
    string Signature,
    string Mapping,
    string? Errors)
{
    /// <summary>True for an instance method with no parameter that returns a value: it can be read as a property.</summary>
    public bool IsPropertyLike =>
        Kind == JavaMemberKind.Method && !IsStatic && Parameters.IsEmpty && ReturnType is not PrimitiveType { Kind: PrimitiveKind.Void };

    /// <summary>
    /// The Java-bean name of a getter: <c>getTime</c> → <c>time</c>, <c>getFMLPrettyPrint</c> → <c>fMLPrettyPrint</c>;
    /// null when the name has no <c>get</c> prefix.
    /// </summary>
    public string? BeanName
    {
        get
        {
            if (Name.Length <= 3 || !Name.StartsWith("get", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var rest = Name[3..].TrimStart('_');
            return rest.Length == 0 ? null : char.ToLowerInvariant(rest[0]) + rest[1..];
        }
    }
}
