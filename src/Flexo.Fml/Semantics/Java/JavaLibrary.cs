using System.Collections.Immutable;

namespace Flexo.Fml.Semantics.Java;

/// <summary>
/// The Java compatibility library: the Java classes FML sources name (<c>String</c>, <c>List&lt;T&gt;</c>,
/// <c>Integer</c>, <c>Math</c>, <c>Date</c>...) and their members, typed for FML and mapped onto .NET behaviour that
/// the run-time engine executes by <see cref="JavaMember.Id"/>. docs/java-compat.md lists every member.
/// </summary>
/// <remarks>
/// <para>Lookups never throw on user input; they answer null when nothing applies, and the binder reports the
/// diagnostic. A receiver or argument of an error type (<see cref="FmlType.IsError"/>) needs care: the binder should
/// not report anything for an error receiver (check it before calling); error arguments are compatible with every
/// parameter.</para>
/// <para>Members of a primitive receiver are those of its boxed class (<c>i.toString()</c>, <c>d.intValue()</c>), as in
/// the RI, which works on boxed values. Concept instances and other FML values only have the members of
/// <c>java.lang.Object</c> here: their properties and behaviours are the binder's business.</para>
/// </remarks>
public static class JavaLibrary
{
    /// <summary>
    /// Resolves a Java class name as FML sources write it: a simple name of java.lang or java.util (<c>String</c>,
    /// <c>Integer</c>, <c>List</c>, <c>Map.Entry</c>, <c>Date</c>), <c>Duration</c>, or a fully qualified name
    /// (<c>java.util.List</c>, <c>java.time.Duration</c>). Returns the class type with
    /// <paramref name="typeArguments"/> (none: the raw or non-generic type), or null when the name is unknown or the
    /// number of type arguments does not match (tell the two apart with <see cref="IsKnownClass"/>). Primitive type
    /// arguments are boxed (<c>List&lt;int&gt;</c> is <c>List&lt;Integer&gt;</c>).
    /// </summary>
    public static FmlType? ResolveClass(string name, IReadOnlyList<FmlType> typeArguments)
    {
        ArgumentNullException.ThrowIfNull(typeArguments);
        if (JavaClassTable.Lookup(name) is not { } cls)
        {
            return null;
        }

        if (typeArguments.Count == 0)
        {
            return new ClassType(cls.QualifiedName);
        }

        return typeArguments.Count == cls.TypeParameters.Length
            ? new ClassType(cls.QualifiedName, typeArguments.Select(TypeFacts.Box).ToImmutableArray())
            : null;
    }

    /// <summary>True when <paramref name="name"/> names a class of the library (simple or qualified name).</summary>
    public static bool IsKnownClass(string name) => JavaClassTable.Lookup(name) is not null;

    /// <summary>The number of type parameters of the named class (<c>Map</c>: 2, <c>String</c>: 0), or null if unknown.</summary>
    public static int? TypeParameterCount(string name) => JavaClassTable.Lookup(name)?.TypeParameters.Length;

    /// <summary>
    /// The instance method <c>receiver.name(arguments)</c> chosen by Java's overload resolution (most specific
    /// applicable member; an <c>int</c> argument picks <c>List.remove(int)</c>, an object picks
    /// <c>remove(Object)</c>), instantiated for the receiver (<c>List&lt;Book&gt;.get(int)</c> returns <c>Book</c>, a raw
    /// <c>List</c> returns <c>Object</c>). Null when the receiver has no such method or no overload accepts the
    /// arguments (see <see cref="FindMembers"/> to tell the two apart).
    /// </summary>
    public static JavaMember? FindMember(FmlType receiver, string name, IReadOnlyList<FmlType> argumentTypes)
    {
        ArgumentNullException.ThrowIfNull(argumentTypes);
        return ReceiverClass(receiver) is { } type
            ? JavaClassTable.Resolve(JavaClassTable.InstanceMethods(type, m => m.Name == name), argumentTypes)
            : null;
    }

    /// <summary>
    /// Every overload of the instance method <paramref name="name"/> on <paramref name="receiver"/>, instantiated for
    /// it (for diagnostics: "no overload of 'substring' takes 3 arguments"); empty when there is none.
    /// </summary>
    public static ImmutableArray<JavaMember> FindMembers(FmlType receiver, string name) =>
        ReceiverClass(receiver) is { } type
            ? JavaClassTable.InstanceMethods(type, m => m.Name == name)
                .Select(c => JavaClassTable.Instantiate(c, arguments: null, asProperty: false))
                .ToImmutableArray()
            : [];

    /// <summary>
    /// The member read by <c>receiver.name</c> without parentheses, Java-bean style as in the RI: any instance method
    /// with no parameter that returns a value, under its own name (<c>list.size</c>, <c>s.length</c>,
    /// <c>list.isEmpty</c>, <c>x.toString</c>) or, for a getter, under the name without <c>get</c> and with a
    /// lower-case first letter (<c>date.time</c> for <c>getTime()</c>, <c>entry.key</c>). The result has
    /// <see cref="JavaMember.IsProperty"/> set and the <see cref="JavaMember.Id"/> of the method. Null when there is
    /// no such member. These properties are read-only.
    /// </summary>
    public static JavaMember? FindProperty(FmlType receiver, string name)
    {
        if (ReceiverClass(receiver) is not { } type)
        {
            return null;
        }

        var byName = JavaClassTable.InstanceMethods(type, m => m.IsPropertyLike && m.Name == name);
        if (byName.Count == 0)
        {
            byName = JavaClassTable.InstanceMethods(type, m => m.IsPropertyLike && m.BeanName == name);
        }

        return byName.Count == 0 ? null : JavaClassTable.Instantiate(byName[0], arguments: null, asProperty: true);
    }

    /// <summary>
    /// The static method <c>ClassName.name(arguments)</c> (<c>Integer.parseInt</c>, <c>String.valueOf</c>,
    /// <c>Math.max</c>, <c>Class.forName</c>, <c>Arrays.asList</c>), by Java's overload resolution; the class is named
    /// as for <see cref="ResolveClass"/>. Null when the class or the method is unknown or no overload applies.
    /// </summary>
    public static JavaMember? FindStatic(string className, string name, IReadOnlyList<FmlType> argumentTypes)
    {
        ArgumentNullException.ThrowIfNull(argumentTypes);
        if (JavaClassTable.Lookup(className) is not { } cls)
        {
            return null;
        }

        var candidates = cls.Members
            .Where(m => m.Kind == JavaMemberKind.Method && m.IsStatic && m.Name == name)
            .Select(m => new JavaClassTable.Candidate(m, new Dictionary<string, FmlType>()))
            .ToList();
        return JavaClassTable.Resolve(candidates, argumentTypes);
    }

    /// <summary>The static method <c>type.name(arguments)</c> of a class type (see <see cref="FindStatic(string, string, IReadOnlyList{FmlType})"/>).</summary>
    public static JavaMember? FindStatic(ClassType type, string name, IReadOnlyList<FmlType> argumentTypes)
    {
        ArgumentNullException.ThrowIfNull(type);
        return FindStatic(type.QualifiedName, name, argumentTypes);
    }

    /// <summary>
    /// The static field <c>ClassName.NAME</c> (<c>Integer.MAX_VALUE</c>, <c>Math.PI</c>, <c>Boolean.TRUE</c>), or null.
    /// Fields are read-only.
    /// </summary>
    public static JavaMember? FindStaticField(string className, string name)
    {
        var field = JavaClassTable.Lookup(className)?.Members
            .FirstOrDefault(m => m.Kind == JavaMemberKind.Field && m.Name == name);
        return field is null ? null : JavaClassTable.Instantiate(new JavaClassTable.Candidate(field, new Dictionary<string, FmlType>()), null, asProperty: true);
    }

    /// <summary>
    /// The constructor chosen for <c>new Type(arguments)</c> (<c>new ArrayList&lt;Book&gt;()</c>,
    /// <c>new HashMap&lt;String,Integer&gt;(other)</c>, <c>new Date()</c>); its <see cref="JavaMember.ReturnType"/> is
    /// <paramref name="type"/>. For the diamond <c>new ArrayList&lt;&gt;()</c> the binder passes the type with the
    /// arguments it infers from the expected type (raw when there is none). Null when the class has no public
    /// constructor in the library (<c>String</c>, <c>List</c>, <c>Math</c>...) or no overload applies.
    /// </summary>
    public static JavaMember? FindConstructor(ClassType type, IReadOnlyList<FmlType> argumentTypes)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(argumentTypes);
        if (JavaClassTable.ByQualifiedName(type.QualifiedName) is not { } cls)
        {
            return null;
        }

        var map = JavaClassTable.TypeArgumentMap(cls, type);
        var candidates = cls.Members
            .Where(m => m.Kind == JavaMemberKind.Constructor)
            .Select(m => new JavaClassTable.Candidate(m, map))
            .ToList();
        return JavaClassTable.Resolve(candidates, argumentTypes);
    }

    /// <summary>
    /// The class whose members a receiver of type <paramref name="receiver"/> has: a class type itself, the boxed class of
    /// a primitive, the bound of a wildcard, Object for any other FML value; null for null, void and error types.
    /// </summary>
    private static ClassType? ReceiverClass(FmlType receiver) => receiver switch
    {
        null => null,
        { IsError: true } => null,
        ClassType c => c,
        PrimitiveType { Kind: PrimitiveKind.Void } => null,
        PrimitiveType p => (ClassType)TypeFacts.Box(p),
        WildcardType { IsSuper: false, Bound: { } bound } => ReceiverClass(bound),
        NullType => null,
        TypeParameterType => TypeFacts.Object,
        _ => TypeFacts.Object,
    };
}
