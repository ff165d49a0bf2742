namespace Flexo.Fml.Semantics;

/// <summary>The primitive kinds of FML (as in Java), plus <c>void</c>.</summary>
public enum PrimitiveKind
{
    /// <summary><c>boolean</c></summary>
    Boolean,

    /// <summary><c>char</c></summary>
    Char,

    /// <summary><c>byte</c></summary>
    Byte,

    /// <summary><c>short</c></summary>
    Short,

    /// <summary><c>int</c></summary>
    Int,

    /// <summary><c>long</c></summary>
    Long,

    /// <summary><c>float</c></summary>
    Float,

    /// <summary><c>double</c></summary>
    Double,

    /// <summary><c>void</c> (only as a return type)</summary>
    Void,
}

/// <summary>A primitive type; one shared instance per kind.</summary>
public sealed class PrimitiveType : FmlType
{
    private PrimitiveType(PrimitiveKind kind) => Kind = kind;

    /// <summary><c>boolean</c></summary>
    public static PrimitiveType Boolean { get; } = new(PrimitiveKind.Boolean);

    /// <summary><c>char</c></summary>
    public static PrimitiveType Char { get; } = new(PrimitiveKind.Char);

    /// <summary><c>byte</c></summary>
    public static PrimitiveType Byte { get; } = new(PrimitiveKind.Byte);

    /// <summary><c>short</c></summary>
    public static PrimitiveType Short { get; } = new(PrimitiveKind.Short);

    /// <summary><c>int</c></summary>
    public static PrimitiveType Int { get; } = new(PrimitiveKind.Int);

    /// <summary><c>long</c></summary>
    public static PrimitiveType Long { get; } = new(PrimitiveKind.Long);

    /// <summary><c>float</c></summary>
    public static PrimitiveType Float { get; } = new(PrimitiveKind.Float);

    /// <summary><c>double</c></summary>
    public static PrimitiveType Double { get; } = new(PrimitiveKind.Double);

    /// <summary><c>void</c></summary>
    public static PrimitiveType Void { get; } = new(PrimitiveKind.Void);

    /// <summary>The kind.</summary>
    public PrimitiveKind Kind { get; }

    /// <summary>True for byte, short, char, int and long.</summary>
    public bool IsIntegral => Kind is PrimitiveKind.Byte or PrimitiveKind.Short or PrimitiveKind.Char or PrimitiveKind.Int or PrimitiveKind.Long;

    /// <summary>True for every numeric kind (char included, as in Java).</summary>
    public bool IsNumeric => IsIntegral || Kind is PrimitiveKind.Float or PrimitiveKind.Double;

    /// <inheritdoc />
    public override string DisplayName => Kind.ToString().ToLowerInvariant();

    /// <summary>The primitive type of <paramref name="kind"/>.</summary>
    public static PrimitiveType Get(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Boolean => Boolean,
        PrimitiveKind.Char => Char,
        PrimitiveKind.Byte => Byte,
        PrimitiveKind.Short => Short,
        PrimitiveKind.Int => Int,
        PrimitiveKind.Long => Long,
        PrimitiveKind.Float => Float,
        PrimitiveKind.Double => Double,
        _ => Void,
    };

    /// <inheritdoc />
    public override bool Equals(FmlType? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => (int)Kind;
}
