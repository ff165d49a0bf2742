using System.Collections.Immutable;
using Flexo.Fml.Semantics.Java;

namespace Flexo.Fml.Semantics;

/// <summary>
/// The type rules of FML (language reference §3.11, docs/types.md): assignability, casts, boxing, the categories the
/// operators work on, element types for for-each, the common type of two branches, and the well-known Java types.
/// Every method is pure and total: it never throws on user types, and error types (<see cref="FmlType.IsError"/>) are
/// compatible with everything so that one mistake gives one diagnostic.
/// </summary>
public static class TypeFacts
{
    /// <summary><c>java.lang.Object</c></summary>
    public static ClassType Object { get; } = new(JavaNames.Object);

    /// <summary><c>java.lang.String</c></summary>
    public static ClassType String { get; } = new(JavaNames.String);

    /// <summary><c>java.lang.Number</c></summary>
    public static ClassType Number { get; } = new(JavaNames.Number);

    /// <summary><c>java.util.Date</c>: a point in time (millisecond precision).</summary>
    public static ClassType Date { get; } = new(JavaNames.Date);

    /// <summary><c>java.time.Duration</c>: the type of <c>date1 - date2</c>; <c>date ± duration</c> is a Date.</summary>
    public static ClassType Duration { get; } = new(JavaNames.Duration);

    /// <summary><c>Class&lt;?&gt;</c>: the type of <c>x.getClass()</c> and <c>Class.forName(...)</c>.</summary>
    public static ClassType AnyClass { get; } = new(JavaNames.Class, [new WildcardType(null, isSuper: false)]);

    /// <summary><c>List&lt;element&gt;</c> (the type of multi-valued properties and of <c>select</c>).</summary>
    public static ClassType ListOf(FmlType element) => Generic(JavaNames.List, element);

    /// <summary><c>ArrayList&lt;element&gt;</c></summary>
    public static ClassType ArrayListOf(FmlType element) => Generic(JavaNames.ArrayList, element);

    /// <summary><c>Set&lt;element&gt;</c></summary>
    public static ClassType SetOf(FmlType element) => Generic(JavaNames.Set, element);

    /// <summary><c>HashSet&lt;element&gt;</c></summary>
    public static ClassType HashSetOf(FmlType element) => Generic(JavaNames.HashSet, element);

    /// <summary><c>Collection&lt;element&gt;</c></summary>
    public static ClassType CollectionOf(FmlType element) => Generic(JavaNames.Collection, element);

    /// <summary><c>Iterable&lt;element&gt;</c></summary>
    public static ClassType IterableOf(FmlType element) => Generic(JavaNames.Iterable, element);

    /// <summary><c>Map&lt;key,value&gt;</c></summary>
    public static ClassType MapOf(FmlType key, FmlType value) => new(JavaNames.Map, [Box(key), Box(value)]);

    /// <summary><c>HashMap&lt;key,value&gt;</c></summary>
    public static ClassType HashMapOf(FmlType key, FmlType value) => new(JavaNames.HashMap, [Box(key), Box(value)]);

    /// <summary><c>Class&lt;type&gt;</c></summary>
    public static ClassType ClassOf(FmlType type) => Generic(JavaNames.Class, type);

    private static ClassType Generic(string name, FmlType argument) => new(name, [Box(argument)]);

    // ------------------------------------------------------------------ categories

    /// <summary>True for <c>void</c>.</summary>
    public static bool IsVoid(FmlType type) => type is PrimitiveType { Kind: PrimitiveKind.Void };

    /// <summary>True for <c>java.lang.Object</c>.</summary>
    public static bool IsObject(FmlType type) => type is ClassType { QualifiedName: JavaNames.Object };

    /// <summary>True for the numeric primitives (char included, as in Java) and their boxed classes.</summary>
    public static bool IsNumeric(FmlType type) => PrimitiveKindOf(type) is { } kind && kind is not (PrimitiveKind.Boolean or PrimitiveKind.Void);

    /// <summary>True for byte, short, char, int, long and their boxed classes.</summary>
    public static bool IsIntegral(FmlType type) =>
        PrimitiveKindOf(type) is PrimitiveKind.Byte or PrimitiveKind.Short or PrimitiveKind.Char or PrimitiveKind.Int or PrimitiveKind.Long;

    /// <summary>True for <c>boolean</c> and <c>Boolean</c>.</summary>
    public static bool IsBoolean(FmlType type) => PrimitiveKindOf(type) == PrimitiveKind.Boolean;

    /// <summary>True for <c>String</c> (<c>java.lang.String</c>).</summary>
    public static bool IsString(FmlType type) => type is ClassType { QualifiedName: JavaNames.String };

    /// <summary>True for <c>java.util.Date</c>.</summary>
    public static bool IsDate(FmlType type) => type is ClassType { QualifiedName: JavaNames.Date };

    /// <summary>True for <c>java.time.Duration</c>.</summary>
    public static bool IsDuration(FmlType type) => type is ClassType { QualifiedName: JavaNames.Duration };

    /// <summary>True for the boxed classes of the primitives (<c>Integer</c>, <c>Boolean</c>, <c>Character</c>...).</summary>
    public static bool IsBoxed(FmlType type) => type is ClassType c && BoxedKind(c.QualifiedName) is not null;

    /// <summary>True for the instance type of an enum.</summary>
    public static bool IsEnum(FmlType type) => type is ConceptType { Concept.Kind: ConceptKind.Enum };

    /// <summary>
    /// True for types whose values are references (can be null): classes, concept instances, enums, <c>Concept&lt;C&gt;</c>,
    /// resources, matching sets, technology types, wildcards and the null type. False for primitives, <c>void</c> and
    /// error types.
    /// </summary>
    public static bool IsReference(FmlType type) => type switch
    {
        { IsError: true } => false,
        PrimitiveType => false,
        _ => true,
    };

    // ------------------------------------------------------------------ boxing

    /// <summary>The boxed class of a primitive (<c>int</c> → <c>Integer</c>); any other type unchanged (<c>void</c> too).</summary>
    public static FmlType Box(FmlType type) => type is PrimitiveType p && BoxedName(p.Kind) is { } name ? new ClassType(name) : type;

    /// <summary>The primitive of a boxed class (<c>Integer</c> → <c>int</c>); any other type unchanged.</summary>
    public static FmlType Unbox(FmlType type) =>
        type is ClassType c && BoxedKind(c.QualifiedName) is { } kind ? PrimitiveType.Get(kind) : type;

    private static string? BoxedName(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Boolean => JavaNames.Boolean,
        PrimitiveKind.Char => JavaNames.Character,
        PrimitiveKind.Byte => JavaNames.Byte,
        PrimitiveKind.Short => JavaNames.Short,
        PrimitiveKind.Int => JavaNames.Integer,
        PrimitiveKind.Long => JavaNames.Long,
        PrimitiveKind.Float => JavaNames.Float,
        PrimitiveKind.Double => JavaNames.Double,
        _ => null,
    };

    private static PrimitiveKind? BoxedKind(string qualifiedName) => qualifiedName switch
    {
        JavaNames.Boolean => PrimitiveKind.Boolean,
        JavaNames.Character => PrimitiveKind.Char,
        JavaNames.Byte => PrimitiveKind.Byte,
        JavaNames.Short => PrimitiveKind.Short,
        JavaNames.Integer => PrimitiveKind.Int,
        JavaNames.Long => PrimitiveKind.Long,
        JavaNames.Float => PrimitiveKind.Float,
        JavaNames.Double => PrimitiveKind.Double,
        _ => null,
    };

    /// <summary>The primitive kind of a primitive or boxed type, or null.</summary>
    internal static PrimitiveKind? PrimitiveKindOf(FmlType type) => type switch
    {
        PrimitiveType p => p.Kind,
        ClassType c => BoxedKind(c.QualifiedName),
        _ => null,
    };

    // ------------------------------------------------------------------ assignability

    /// <summary>
    /// True when a value of type <paramref name="source"/> may be stored where <paramref name="target"/> is expected
    /// (§3.11): identical types; anything to Object; null to any reference type; error types both ways; numeric
    /// widening (double ← float ← long ← int ← short ← byte, int ← char); boxed and primitive forms alike, with widening
    /// (<c>Long</c> ← <c>int</c>, as the RI); concept types by inheritance, <c>ConceptInstance</c> from any concept;
    /// generic classes through their supertypes (<c>Collection&lt;Book&gt;</c> ← <c>ArrayList&lt;Book&gt;</c>) with
    /// covariant type arguments as the RI (<c>List&lt;Book&gt;</c> ← <c>List&lt;Novel&gt;</c>), wildcards
    /// (<c>List&lt;? extends Item&gt;</c> ← <c>List&lt;Book&gt;</c>) and raw types either way. In
    /// <paramref name="permissive"/> mode (matching behaviour and Java member arguments) the narrowing conversions
    /// double → float and long/int/short/char → a smaller integral type are accepted too.
    /// </summary>
    public static bool IsAssignable(FmlType target, FmlType source, bool permissive = false) =>
        IsAssignableCore(target, source, permissive, boxing: true);

    /// <summary>As <see cref="IsAssignable"/>; with <paramref name="boxing"/> false, boxing and unboxing are not allowed (Java's first overload phase).</summary>
    internal static bool IsAssignableCore(FmlType target, FmlType source, bool permissive, bool boxing)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(source);
        if (target.IsError || source.IsError || target.Equals(source))
        {
            return true;
        }

        if (IsVoid(target) || IsVoid(source))
        {
            return false;
        }

        switch (target)
        {
            case WildcardType { Bound: null }:
                return true;
            case WildcardType { Bound: { } targetBound }:
                return IsAssignableCore(targetBound, source, permissive, boxing);
            case TypeParameterType:
                return true;
        }

        if (source is WildcardType sourceWildcard)
        {
            return IsAssignableCore(target, UpperBound(sourceWildcard), permissive, boxing);
        }

        if (source is NullType)
        {
            return IsReference(target);
        }

        if (target is PrimitiveType targetPrimitive)
        {
            var sourceKind = source is PrimitiveType sp ? sp.Kind : boxing ? PrimitiveKindOf(source) : null;
            return sourceKind is { } kind && Widens(targetPrimitive.Kind, kind, permissive);
        }

        if (target is ClassType targetClass && BoxedKind(targetClass.QualifiedName) is { } targetKind)
        {
            // Integer ← int, Long ← int, Long ← Integer (the RI treats boxed and primitive forms alike).
            return boxing && PrimitiveKindOf(source) is { } kind && Widens(targetKind, kind, permissive);
        }

        if (source is PrimitiveType sourcePrimitive)
        {
            // Object ← int, Number ← int: box, then widen the reference.
            return boxing && IsAssignableCore(target, Box(sourcePrimitive), permissive, boxing: false);
        }

        if (IsObject(target))
        {
            return true;
        }

        return (target, source) switch
        {
            (ClassType t, ClassType s) => IsClassAssignable(t, s, permissive),
            (ConceptType t, ConceptType s) => IsSuperConcept(t.Concept, s.Concept),
            (ConceptMetaType t, ConceptMetaType s) => IsSuperConcept(t.Concept, s.Concept),
            (MatchingSetType t, MatchingSetType s) => IsSuperConcept(t.Concept, s.Concept),
            (ResourceType t, ResourceType s) => IsAssignableCore(t.DataType, s.DataType, permissive, boxing),
            (TechnologyType t, TechnologyType s) =>
                t.Adapter == s.Adapter && t.Name == s.Name && (t.Arguments.IsEmpty || t.Arguments.SequenceEqual(s.Arguments)),
            _ => false,
        };
    }

    /// <summary>
    /// True when an int constant <paramref name="value"/> may be assigned to <paramref name="target"/> although int is
    /// not assignable to it: Java's narrowing of constant expressions to byte, short and char (and their boxed classes)
    /// when the value is in range (<c>byte b = 3;</c>, <c>char c = 65;</c>, <c>Short s = -1;</c>). The binder uses it for
    /// int-typed constant expressions only.
    /// </summary>
    public static bool FitsConstant(FmlType target, long value) => PrimitiveKindOf(target) switch
    {
        PrimitiveKind.Byte => value is >= sbyte.MinValue and <= sbyte.MaxValue,
        PrimitiveKind.Short => value is >= short.MinValue and <= short.MaxValue,
        PrimitiveKind.Char => value is >= char.MinValue and <= char.MaxValue,
        PrimitiveKind.Int => value is >= int.MinValue and <= int.MaxValue,
        PrimitiveKind.Long => true,
        _ => false,
    };

    /// <summary>Null (any) is a super-concept of everything; a concept is a super-concept of itself and its sub-concepts.</summary>
    private static bool IsSuperConcept(ConceptSymbol? target, ConceptSymbol? source) =>
        target is null || (source is not null && target.IsSuperConceptOf(source));

    private static bool Widens(PrimitiveKind target, PrimitiveKind source, bool permissive)
    {
        if (target == source)
        {
            return true;
        }

        var integralNarrowing = permissive && IsIntegralKind(source);
        return target switch
        {
            PrimitiveKind.Double => source is PrimitiveKind.Float or PrimitiveKind.Long or PrimitiveKind.Int
                or PrimitiveKind.Short or PrimitiveKind.Char or PrimitiveKind.Byte,
            PrimitiveKind.Float => source is PrimitiveKind.Long or PrimitiveKind.Int or PrimitiveKind.Short
                or PrimitiveKind.Char or PrimitiveKind.Byte || (permissive && source == PrimitiveKind.Double),
            PrimitiveKind.Long => source is PrimitiveKind.Int or PrimitiveKind.Short or PrimitiveKind.Char or PrimitiveKind.Byte,
            PrimitiveKind.Int => source is PrimitiveKind.Short or PrimitiveKind.Char or PrimitiveKind.Byte || integralNarrowing,
            PrimitiveKind.Short => source is PrimitiveKind.Byte || integralNarrowing,
            PrimitiveKind.Char or PrimitiveKind.Byte => integralNarrowing,
            _ => false,
        };
    }

    private static bool IsIntegralKind(PrimitiveKind kind) =>
        kind is PrimitiveKind.Byte or PrimitiveKind.Short or PrimitiveKind.Char or PrimitiveKind.Int or PrimitiveKind.Long;

    private static bool IsClassAssignable(ClassType target, ClassType source, bool permissive)
    {
        foreach (var supertype in JavaClassTable.SupertypeClosure(source))
        {
            if (supertype.QualifiedName != target.QualifiedName)
            {
                continue;
            }

            if (target.TypeArguments.IsEmpty || supertype.TypeArguments.IsEmpty)
            {
                return true; // raw either way, as Java's unchecked conversion and the RI
            }

            if (target.TypeArguments.Length != supertype.TypeArguments.Length)
            {
                return false;
            }

            for (var i = 0; i < target.TypeArguments.Length; i++)
            {
                if (!TypeArgumentAccepts(target.TypeArguments[i], supertype.TypeArguments[i], permissive))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    private static bool TypeArgumentAccepts(FmlType target, FmlType source, bool permissive)
    {
        if (target.IsError || source.IsError)
        {
            return true;
        }

        switch (target)
        {
            case WildcardType { Bound: null }:
                return true;
            case WildcardType { IsSuper: false, Bound: { } upper }:
                return IsAssignableCore(upper, source is WildcardType w ? UpperBound(w) : source, permissive, boxing: true);
            case WildcardType { IsSuper: true, Bound: { } lower }:
                return source is WildcardType sw
                    ? sw is { IsSuper: true, Bound: { } sourceLower } && IsAssignableCore(sourceLower, lower, permissive, boxing: true)
                    : IsAssignableCore(source, lower, permissive, boxing: true);
        }

        // Covariant, as the RI: List<Book> accepts List<Novel> (docs/types.md).
        return IsAssignableCore(target, source is WildcardType { IsSuper: false } sourceWildcard ? UpperBound(sourceWildcard) : source, permissive, boxing: true)
            && source is not WildcardType { IsSuper: true };
    }

    /// <summary>The upper bound of a wildcard: <c>B</c> for <c>? extends B</c>, Object otherwise; other types unchanged.</summary>
    public static FmlType UpperBound(FmlType type) => type switch
    {
        WildcardType { IsSuper: false, Bound: { } bound } => UpperBound(bound),
        WildcardType => Object,
        _ => type,
    };

    /// <summary>
    /// True when <c>(target) source</c> is a legal cast (§3.10.3): every assignment conversion, numeric conversions
    /// between any numeric types (<c>(int) 3.7</c>, <c>(char) 65</c>), unboxing from Object or Number
    /// (<c>(int) obj</c>, <c>(boolean) obj</c>), downcasts between related reference types (<c>(Book) item</c>,
    /// <c>(ArrayList&lt;String&gt;) list</c>, <c>(Circle) shape</c>), and between technology types (their adapter checks
    /// at run time). Casts between unrelated types (<c>(String) 3</c>, <c>(Book) "x"</c>) are not.
    /// </summary>
    public static bool IsCastable(FmlType target, FmlType source)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(source);
        if (target.IsError || source.IsError || IsAssignable(target, source, permissive: true))
        {
            return true;
        }

        if (IsVoid(target) || IsVoid(source))
        {
            return false;
        }

        if (target is PrimitiveType { Kind: var kind })
        {
            return kind == PrimitiveKind.Boolean
                ? IsObject(source) || source is WildcardType
                : IsNumeric(source) || IsObject(source) || source is WildcardType || source is ClassType { QualifiedName: JavaNames.Number };
        }

        if (source is PrimitiveType)
        {
            return IsBoxed(target) && IsNumeric(target) && IsNumeric(source);
        }

        if (IsAssignable(source, target, permissive: true))
        {
            return true; // downcast
        }

        return (target, source) switch
        {
            (ClassType t, ClassType s) => IsAssignable(Raw(t), Raw(s)) || IsAssignable(Raw(s), Raw(t)),
            (TechnologyType, TechnologyType) => true,
            _ => false,
        };
    }

    private static ClassType Raw(ClassType type) => type.TypeArguments.IsEmpty ? type : new ClassType(type.QualifiedName);

    // ------------------------------------------------------------------ iteration and common types

    /// <summary>
    /// The element type for <c>for (T x : e)</c>: the type argument of any <c>Iterable</c> (List, Set, Collection,
    /// ArrayList, HashSet..., <c>Map.keySet()</c>, <c>Map.entrySet()</c>), upper bound of a wildcard, Object for a raw
    /// collection; the error type for an error type; null when the type is not iterable (maps, strings, scalars).
    /// </summary>
    public static FmlType? ElementTypeOf(FmlType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.IsError)
        {
            return ErrorType.Instance;
        }

        if (UpperBound(type) is not ClassType classType)
        {
            return null;
        }

        foreach (var supertype in JavaClassTable.SupertypeClosure(classType))
        {
            if (supertype.QualifiedName == JavaNames.Iterable)
            {
                return supertype.TypeArguments.Length == 1 ? UpperBound(supertype.TypeArguments[0]) : Object;
            }
        }

        return null;
    }

    /// <summary>
    /// The type of <c>c ? a : b</c> and of a return type inferred from several returns: the same type; the reference
    /// type when the other is null (a boxed class for a primitive); for numbers the wider of the two by Java's
    /// promotion (<c>int</c>/<c>long</c> → <c>long</c>, <c>char</c>/<c>short</c> → <c>int</c>); <c>boolean</c>; the nearest
    /// common super-concept (<c>ConceptInstance</c> when there is none); for classes the nearest common supertype
    /// (<c>List&lt;Book&gt;</c>/<c>Set&lt;Book&gt;</c> → <c>Collection&lt;Book&gt;</c>,
    /// <c>List&lt;Book&gt;</c>/<c>List&lt;Film&gt;</c> → <c>List&lt;? extends Item&gt;</c>); Object otherwise. The error
    /// type when either is an error.
    /// </summary>
    public static FmlType CommonType(FmlType a, FmlType b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.IsError || b.IsError)
        {
            return ErrorType.Instance;
        }

        if (a.Equals(b))
        {
            return a;
        }

        if (a is NullType)
        {
            return IsVoid(b) ? Object : Box(b);
        }

        if (b is NullType)
        {
            return IsVoid(a) ? Object : Box(a);
        }

        if (IsVoid(a) || IsVoid(b))
        {
            return Object;
        }

        if (IsNumeric(a) && IsNumeric(b))
        {
            var ua = (PrimitiveType)Unbox(a);
            var ub = (PrimitiveType)Unbox(b);
            return Widens(ua.Kind, ub.Kind, permissive: false) ? ua
                : Widens(ub.Kind, ua.Kind, permissive: false) ? ub
                : PrimitiveType.Int; // char with byte or short
        }

        if (IsBoolean(a) && IsBoolean(b))
        {
            return PrimitiveType.Boolean;
        }

        switch (a, b)
        {
            case (ConceptType ca, ConceptType cb):
                return new ConceptType(CommonConcept(ca.Concept, cb.Concept));
            case (ConceptMetaType ma, ConceptMetaType mb):
                return new ConceptMetaType(CommonConcept(ma.Concept, mb.Concept));
            case (MatchingSetType sa, MatchingSetType sb):
                return new MatchingSetType(CommonConcept(sa.Concept, sb.Concept));
            case (ResourceType ra, ResourceType rb):
                return new ResourceType(CommonType(ra.DataType, rb.DataType));
        }

        if (a is ClassType rawA && b is ClassType rawB && rawA.QualifiedName == rawB.QualifiedName
            && (rawA.TypeArguments.IsEmpty || rawB.TypeArguments.IsEmpty))
        {
            return new ClassType(rawA.QualifiedName); // List<Book> and raw List: raw List
        }

        if (IsAssignableCore(a, b, permissive: false, boxing: false))
        {
            return a;
        }

        if (IsAssignableCore(b, a, permissive: false, boxing: false))
        {
            return b;
        }

        return a is ClassType classA && b is ClassType classB ? CommonClass(classA, classB) : Object;
    }

    private static ConceptSymbol? CommonConcept(ConceptSymbol? a, ConceptSymbol? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        if (a.IsSuperConceptOf(b))
        {
            return a;
        }

        return b.IsSuperConceptOf(a) ? b : a.AllAncestors().FirstOrDefault(ancestor => ancestor.IsSuperConceptOf(b));
    }

    private static ClassType CommonClass(ClassType a, ClassType b)
    {
        var closureB = JavaClassTable.SupertypeClosure(b).ToList();
        foreach (var superA in JavaClassTable.SupertypeClosure(a))
        {
            if (superA.QualifiedName == JavaNames.Object)
            {
                break;
            }

            var superB = closureB.Find(s => s.QualifiedName == superA.QualifiedName);
            if (superB is null)
            {
                continue;
            }

            if (superA.TypeArguments.IsEmpty || superB.TypeArguments.IsEmpty)
            {
                return new ClassType(superA.QualifiedName);
            }

            if (superA.TypeArguments.Length != superB.TypeArguments.Length)
            {
                continue;
            }

            var arguments = superA.TypeArguments.Zip(superB.TypeArguments, CommonTypeArgument).ToImmutableArray();
            return new ClassType(superA.QualifiedName, arguments);
        }

        return Object;
    }

    private static FmlType CommonTypeArgument(FmlType a, FmlType b)
    {
        if (a.Equals(b))
        {
            return a;
        }

        var common = Box(CommonType(UpperBound(a), UpperBound(b)));
        return common.IsError ? common : new WildcardType(IsObject(common) ? null : common, isSuper: false);
    }
}
