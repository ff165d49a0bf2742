using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Flexo.Fml.Semantics.Java;

/// <summary>
/// The classes of the Java compatibility library, built once from the entries of JavaClassTable.Lang.cs and
/// JavaClassTable.Util.cs, with the generic machinery the library needs: supertype closure, substitution of type
/// arguments, and Java's overload resolution.
/// </summary>
internal static partial class JavaClassTable
{
    private static readonly FrozenDictionary<string, JavaClass> s_byQualifiedName;
    private static readonly FrozenDictionary<string, JavaClass> s_bySimpleName;
    private static readonly ImmutableArray<JavaClass> s_classes;

    static JavaClassTable()
    {
        var specs = LangClasses().Concat(UtilClasses()).ToArray();
        var classes = specs.Select(CreateClass).ToArray();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in classes)
        {
            names.Add(c.Name, c.QualifiedName);
        }

        var frozenNames = names.ToFrozenDictionary(StringComparer.Ordinal);
        for (var i = 0; i < specs.Length; i++)
        {
            var c = classes[i];
            var supertypes = specs[i].Supertypes
                .Select(s => SignatureParser.ParseClassType(s, c.TypeParameters, frozenNames))
                .ToImmutableArray();
            var members = specs[i].Members
                .Select(m => SignatureParser.ParseMember(c, m, frozenNames))
                .ToImmutableArray();
            c.Complete(supertypes, members);
        }

        s_classes = [.. classes];
        s_byQualifiedName = classes.ToFrozenDictionary(c => c.QualifiedName, StringComparer.Ordinal);
        s_bySimpleName = classes
            .Where(c => c.QualifiedName.StartsWith("java.lang.", StringComparison.Ordinal)
                || c.QualifiedName.StartsWith("java.util.", StringComparison.Ordinal) && !c.QualifiedName.StartsWith("java.util.stream.", StringComparison.Ordinal)
                || c.QualifiedName == JavaNames.Duration)
            .ToFrozenDictionary(c => c.Name, StringComparer.Ordinal);
    }

    /// <summary>Every class of the table, in table order.</summary>
    public static ImmutableArray<JavaClass> Classes => s_classes;

    /// <summary>The class with this fully qualified name (<c>java.util.Map.Entry</c>), or null.</summary>
    public static JavaClass? ByQualifiedName(string qualifiedName) => s_byQualifiedName.GetValueOrDefault(qualifiedName);

    /// <summary>
    /// The class named <paramref name="name"/> as FML sources write it: a simple name of java.lang or java.util
    /// (<c>String</c>, <c>List</c>, <c>Map.Entry</c>), <c>Duration</c>, or a fully qualified name.
    /// </summary>
    public static JavaClass? Lookup(string name) => s_bySimpleName.GetValueOrDefault(name) ?? s_byQualifiedName.GetValueOrDefault(name);

    private static JavaClass CreateClass(ClassSpec spec)
    {
        var header = spec.Header;
        var open = header.IndexOf('<', StringComparison.Ordinal);
        var qualifiedName = open < 0 ? header : header[..open];
        var typeParameters = open < 0
            ? ImmutableArray<string>.Empty
            : header[(open + 1)..^1].Split(',', StringSplitOptions.TrimEntries).ToImmutableArray();
        var segments = qualifiedName.Split('.');
        var firstClassSegment = Array.FindIndex(segments, s => char.IsAsciiLetterUpper(s[0]));
        var name = string.Join('.', segments[firstClassSegment..]);
        return new JavaClass(qualifiedName, name, typeParameters, spec.DotNetType);
    }

    // ---------------------------------------------------------------- hierarchy

    /// <summary>
    /// <paramref name="type"/> and all its supertypes, nearest first, each once, with the type arguments substituted
    /// (<c>ArrayList&lt;Book&gt;</c>, <c>List&lt;Book&gt;</c>, <c>Collection&lt;Book&gt;</c>, <c>Iterable&lt;Book&gt;</c>,
    /// <c>Object</c>). The supertypes of a raw type are raw. Object always comes last; a class unknown to the table has
    /// only itself and Object.
    /// </summary>
    public static IEnumerable<ClassType> SupertypeClosure(ClassType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<ClassType>();
        queue.Enqueue(type);
        while (queue.Count > 0)
        {
            var next = queue.Dequeue();
            if (next.QualifiedName == JavaNames.Object || !seen.Add(next.QualifiedName))
            {
                continue;
            }

            yield return next;
            if (ByQualifiedName(next.QualifiedName) is not { } cls)
            {
                continue;
            }

            var map = TypeArgumentMap(cls, next);
            foreach (var supertype in cls.Supertypes)
            {
                queue.Enqueue((ClassType)Substitute(supertype, map, Position.Nested));
            }
        }

        yield return TypeFacts.Object;
    }

    // ---------------------------------------------------------------- substitution

    /// <summary>Where a type occurs in a member signature: top-level wildcards are read differently in each place.</summary>
    internal enum Position
    {
        Return,
        Parameter,
        Nested,
    }

    /// <summary>
    /// Maps the class's type parameters to the arguments of <paramref name="instantiation"/>; null for a raw type
    /// (every type parameter is then erased).
    /// </summary>
    internal static Dictionary<string, FmlType>? TypeArgumentMap(JavaClass cls, ClassType instantiation)
    {
        if (!cls.IsGeneric)
        {
            return [];
        }

        if (instantiation.TypeArguments.Length != cls.TypeParameters.Length)
        {
            return null;
        }

        var map = new Dictionary<string, FmlType>(StringComparer.Ordinal);
        for (var i = 0; i < cls.TypeParameters.Length; i++)
        {
            map[cls.TypeParameters[i]] = instantiation.TypeArguments[i];
        }

        return map;
    }

    /// <summary>
    /// Replaces the type parameters of <paramref name="template"/> by the types of <paramref name="map"/>. With a null
    /// map (raw receiver) the signature is erased, as Java does: a type parameter becomes Object and a generic type
    /// that mentions one becomes raw. A wildcard argument such as <c>? extends Book</c> reads as Book at the top of a
    /// return or parameter type and stays a wildcard inside another type.
    /// </summary>
    internal static FmlType Substitute(FmlType template, IReadOnlyDictionary<string, FmlType>? map, Position position)
    {
        switch (template)
        {
            case TypeParameterType parameter:
                if (map is null || !map.TryGetValue(parameter.Name, out var value))
                {
                    return TypeFacts.Object;
                }

                if (value is WildcardType wildcard && position != Position.Nested)
                {
                    return wildcard.Bound is null || (wildcard.IsSuper && position == Position.Return) ? TypeFacts.Object : wildcard.Bound;
                }

                return value;

            case ClassType { TypeArguments.IsEmpty: false } generic:
                if (map is null && ContainsTypeParameter(generic))
                {
                    return new ClassType(generic.QualifiedName);
                }

                return new ClassType(
                    generic.QualifiedName,
                    generic.TypeArguments.Select(a => Substitute(a, map, Position.Nested)).ToImmutableArray());

            case WildcardType { Bound: { } bound } boundedWildcard:
                var substituted = Substitute(bound, map, Position.Nested);
                if (substituted is WildcardType inner)
                {
                    // ? extends E with E = ? extends Book: ? extends Book; any other mix: ?
                    return inner.IsSuper == boundedWildcard.IsSuper ? inner : new WildcardType(null, isSuper: false);
                }

                return new WildcardType(substituted, boundedWildcard.IsSuper);

            default:
                return template;
        }
    }

    private static bool ContainsTypeParameter(FmlType type) => type switch
    {
        TypeParameterType => true,
        ClassType c => c.TypeArguments.Any(ContainsTypeParameter),
        WildcardType { Bound: { } bound } => ContainsTypeParameter(bound),
        _ => false,
    };

    // ---------------------------------------------------------------- members

    /// <summary>A candidate member with the receiver's type arguments applied (method type parameters still open).</summary>
    internal sealed record Candidate(MemberTemplate Template, IReadOnlyDictionary<string, FmlType>? Map);

    /// <summary>
    /// The instance methods accepted by <paramref name="filter"/> visible on <paramref name="receiver"/>: declared, then
    /// inherited nearest first; a method hidden by one with the same parameters in a nearer class is left out.
    /// </summary>
    internal static List<Candidate> InstanceMethods(ClassType receiver, Func<MemberTemplate, bool> filter)
    {
        var result = new List<Candidate>();
        var signatures = new HashSet<string>(StringComparer.Ordinal);
        foreach (var instantiation in SupertypeClosure(receiver))
        {
            if (ByQualifiedName(instantiation.QualifiedName) is not { } cls)
            {
                continue;
            }

            var map = TypeArgumentMap(cls, instantiation);
            foreach (var member in cls.Members)
            {
                if (member.Kind != JavaMemberKind.Method || member.IsStatic || !filter(member))
                {
                    continue;
                }

                var erased = member.Name + "(" + string.Join(",", member.Parameters.Select(p => Erasure(Substitute(p, map, Position.Parameter)))) + ")";
                if (signatures.Add(erased))
                {
                    result.Add(new Candidate(member, map));
                }
            }
        }

        return result;
    }

    private static string Erasure(FmlType type) => type is ClassType c ? c.QualifiedName : type.DisplayName;

    /// <summary>Instantiates a member for a receiver once its method type parameters are inferred from the arguments.</summary>
    internal static JavaMember Instantiate(Candidate candidate, IReadOnlyList<FmlType>? arguments, bool asProperty)
    {
        var template = candidate.Template;
        var map = candidate.Map;
        if (!template.MethodTypeParameters.IsEmpty)
        {
            var extended = map is null ? new Dictionary<string, FmlType>(StringComparer.Ordinal) : new Dictionary<string, FmlType>(map, StringComparer.Ordinal);
            foreach (var typeParameter in template.MethodTypeParameters)
            {
                extended[typeParameter] = InferMethodTypeArgument(template, typeParameter, arguments ?? []);
            }

            map = extended;
        }

        var parameters = template.Parameters.Select(p => Substitute(p, map, Position.Parameter)).ToImmutableArray();
        var returnType = Substitute(template.ReturnType, map, Position.Return);
        return new JavaMember(template.Name, returnType, parameters, template.IsStatic, asProperty || template.Kind == JavaMemberKind.Field, template.Mapping)
        {
            Id = template.Id,
            DeclaringClass = template.Owner.QualifiedName,
            Kind = template.Kind,
            IsVarArgs = template.IsVarArgs,
            RunTimeErrors = template.Errors,
        };
    }

    /// <summary>
    /// Infers a method type parameter (<c>T</c> of <c>Arrays.asList(T...)</c>) as the common boxed type of the arguments
    /// passed where it is expected; Object when there are none.
    /// </summary>
    private static FmlType InferMethodTypeArgument(MemberTemplate template, string typeParameter, IReadOnlyList<FmlType> arguments)
    {
        FmlType? inferred = null;
        for (var i = 0; i < arguments.Count; i++)
        {
            var parameterIndex = Math.Min(i, template.Parameters.Length - 1);
            if (parameterIndex < 0
                || template.Parameters[parameterIndex] is not TypeParameterType p || p.Name != typeParameter
                || arguments[i] is NullType)
            {
                continue;
            }

            var boxed = TypeFacts.Box(arguments[i]);
            inferred = inferred is null ? boxed : TypeFacts.CommonType(inferred, boxed);
        }

        return inferred is null || inferred.IsError ? TypeFacts.Object : inferred;
    }

    // ---------------------------------------------------------------- overload resolution

    /// <summary>
    /// Java's overload resolution over <paramref name="candidates"/>: first by subtyping and widening only, then with
    /// boxing, then with varargs, and last (Flexo, as the RI's permissive matching) with the narrowing conversions
    /// long → int and double → float. Within a phase the most specific member wins; between equally specific ones, the
    /// nearest declared.
    /// </summary>
    internal static JavaMember? Resolve(List<Candidate> candidates, IReadOnlyList<FmlType> arguments)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        var instantiated = candidates.Select(c => Instantiate(c, arguments, asProperty: false)).ToList();
        (bool VarArgs, bool Boxing, bool Permissive)[] phases =
        [
            (false, false, false),
            (false, true, false),
            (true, true, false),
            (false, true, true),
            (true, true, true),
        ];
        foreach (var (varArgs, boxing, permissive) in phases)
        {
            var applicable = instantiated.Where(m => IsApplicable(m, arguments, varArgs, boxing, permissive)).ToList();
            if (applicable.Count > 0)
            {
                return MostSpecific(applicable, arguments.Count);
            }
        }

        return null;
    }

    private static bool IsApplicable(JavaMember member, IReadOnlyList<FmlType> arguments, bool varArgs, bool boxing, bool permissive)
    {
        var parameters = member.ParameterTypes;
        if (!varArgs)
        {
            // Without arrays in FML, a varargs member is only callable with its variable arity.
            if (member.IsVarArgs || parameters.Length != arguments.Count)
            {
                return false;
            }
        }
        else if (!member.IsVarArgs || arguments.Count < parameters.Length - 1)
        {
            return false;
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            var parameter = parameters[Math.Min(i, parameters.Length - 1)];
            if (!TypeFacts.IsAssignableCore(parameter, arguments[i], permissive, boxing))
            {
                return false;
            }
        }

        return true;
    }

    private static JavaMember MostSpecific(List<JavaMember> applicable, int arity)
    {
        foreach (var candidate in applicable)
        {
            if (applicable.All(other => ReferenceEquals(other, candidate) || IsMoreSpecific(candidate, other, arity)))
            {
                return candidate;
            }
        }

        return applicable[0];
    }

    private static bool IsMoreSpecific(JavaMember m1, JavaMember m2, int arity)
    {
        var count = Math.Max(arity, Math.Max(m1.ParameterTypes.Length, m2.ParameterTypes.Length));
        for (var i = 0; i < count; i++)
        {
            var p1 = ParameterAt(m1, i);
            var p2 = ParameterAt(m2, i);
            if (p1 is null || p2 is null)
            {
                continue;
            }

            if (!TypeFacts.IsAssignableCore(p2, p1, permissive: false, boxing: false))
            {
                return false;
            }
        }

        return true;
    }

    private static FmlType? ParameterAt(JavaMember member, int index) =>
        member.ParameterTypes.IsEmpty ? null
        : index < member.ParameterTypes.Length ? member.ParameterTypes[index]
        : member.IsVarArgs ? member.ParameterTypes[^1] : null;

    /// <summary>One class of the table as written in the source files.</summary>
    private sealed record ClassSpec(string Header, string DotNetType, string[] Supertypes, string[] Members);
}
