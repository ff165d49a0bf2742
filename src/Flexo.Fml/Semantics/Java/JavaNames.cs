namespace Flexo.Fml.Semantics.Java;

/// <summary>The fully qualified Java names of the classes the type rules know about.</summary>
public static class JavaNames
{
    /// <summary><c>java.lang.Object</c></summary>
    public const string Object = "java.lang.Object";

    /// <summary><c>java.lang.String</c></summary>
    public const string String = "java.lang.String";

    /// <summary><c>java.lang.CharSequence</c></summary>
    public const string CharSequence = "java.lang.CharSequence";

    /// <summary><c>java.lang.Number</c></summary>
    public const string Number = "java.lang.Number";

    /// <summary><c>java.lang.Boolean</c></summary>
    public const string Boolean = "java.lang.Boolean";

    /// <summary><c>java.lang.Character</c></summary>
    public const string Character = "java.lang.Character";

    /// <summary><c>java.lang.Byte</c></summary>
    public const string Byte = "java.lang.Byte";

    /// <summary><c>java.lang.Short</c></summary>
    public const string Short = "java.lang.Short";

    /// <summary><c>java.lang.Integer</c></summary>
    public const string Integer = "java.lang.Integer";

    /// <summary><c>java.lang.Long</c></summary>
    public const string Long = "java.lang.Long";

    /// <summary><c>java.lang.Float</c></summary>
    public const string Float = "java.lang.Float";

    /// <summary><c>java.lang.Double</c></summary>
    public const string Double = "java.lang.Double";

    /// <summary><c>java.lang.Class</c></summary>
    public const string Class = "java.lang.Class";

    /// <summary><c>java.lang.Iterable</c></summary>
    public const string Iterable = "java.lang.Iterable";

    /// <summary><c>java.lang.Math</c></summary>
    public const string Math = "java.lang.Math";

    /// <summary><c>java.util.Collection</c></summary>
    public const string Collection = "java.util.Collection";

    /// <summary><c>java.util.List</c></summary>
    public const string List = "java.util.List";

    /// <summary><c>java.util.ArrayList</c></summary>
    public const string ArrayList = "java.util.ArrayList";

    /// <summary><c>java.util.Set</c></summary>
    public const string Set = "java.util.Set";

    /// <summary><c>java.util.HashSet</c></summary>
    public const string HashSet = "java.util.HashSet";

    /// <summary><c>java.util.Map</c></summary>
    public const string Map = "java.util.Map";

    /// <summary><c>java.util.HashMap</c></summary>
    public const string HashMap = "java.util.HashMap";

    /// <summary><c>java.util.Map.Entry</c></summary>
    public const string MapEntry = "java.util.Map.Entry";

    /// <summary><c>java.util.Date</c></summary>
    public const string Date = "java.util.Date";

    /// <summary><c>java.time.Duration</c> (the type of <c>date1 - date2</c>).</summary>
    public const string Duration = "java.time.Duration";
}
