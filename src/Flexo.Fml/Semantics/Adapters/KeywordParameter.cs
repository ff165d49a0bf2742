namespace Flexo.Fml.Semantics;

/// <summary>
/// One keyword parameter of an adapter keyword (<c>CSVModelSlot(delimiter=";")</c>): its name, its FML type as written
/// in FML (<c>String</c>, <c>int</c>, <c>boolean</c>, <c>CSVRow</c>, <c>List&lt;String&gt;</c>; <c>Object</c> accepts
/// any value) and whether it must be given.
/// </summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Type">The FML type name.</param>
/// <param name="IsRequired">True when the parameter must be given.</param>
public sealed record KeywordParameter(string Name, string Type = "Object", bool IsRequired = false);
