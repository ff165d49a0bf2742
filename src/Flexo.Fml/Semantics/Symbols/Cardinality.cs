namespace Flexo.Fml.Semantics;

/// <summary>
/// The bounds of a property (D7): lower bound, and upper bound or null for "many". <c>[0,1]</c> is the default;
/// an upper bound of 1 makes the property single-valued, anything else multi-valued.
/// </summary>
public readonly record struct Cardinality(int Lower, int? Upper)
{
    /// <summary><c>[0,1]</c>, the default.</summary>
    public static Cardinality ZeroOne => new(0, 1);

    /// <summary><c>[0,*]</c></summary>
    public static Cardinality ZeroMany => new(0, null);

    /// <summary>True when the property holds a list.</summary>
    public bool IsMultiple => Upper != 1;

    /// <summary>The canonical text: <c>[lo,hi]</c> or <c>[lo,*]</c>.</summary>
    public override string ToString() => $"[{Lower},{(Upper is { } upper ? upper.ToString(System.Globalization.CultureInfo.InvariantCulture) : "*")}]";
}
