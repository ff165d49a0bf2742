using Flexo.Fml.Semantics;

namespace Flexo.Runtime.Values.Tests;

public class ConversionTests
{
    private static readonly ClassType Integer = new("java.lang.Integer");
    private static readonly ClassType Number = new("java.lang.Number");

    public static TheoryData<object?, string, object?> Stored => new()
    {
        { 3, "int", 3 },
        { 3L, "int", 3 },
        { 2147483647L, "int", int.MaxValue },
        { -2147483648L, "int", int.MinValue },
        { 3, "long", 3L },
        { 'a', "int", 97 },
        { 65, "char", 'A' },
        { 3.7, "int", 3 },
        { -3.7, "int", -3 },
        { 3.5, "long", 3L },
        { 1e20, "int", int.MaxValue },
        { -1e20, "long", long.MinValue },
        { double.NaN, "int", 0 },
        { 3, "double", 3.0 },
        { 0.5, "float", 0.5f },
        { 1L, "float", 1.0f },
        { 100, "byte", (sbyte)100 },
        { 300, "short", (short)300 },
        { true, "boolean", true },
        { 5L, "Integer", 5 },
        { null, "Integer", null },
        { null, "String", null },
        { "a", "String", "a" },
        { 3, "Number", 3 },
        { 3.5, "Object", 3.5 },
    };

    private static FmlType Type(string name) => name switch
    {
        "int" => PrimitiveType.Int,
        "long" => PrimitiveType.Long,
        "char" => PrimitiveType.Char,
        "double" => PrimitiveType.Double,
        "float" => PrimitiveType.Float,
        "byte" => PrimitiveType.Byte,
        "short" => PrimitiveType.Short,
        "boolean" => PrimitiveType.Boolean,
        "Integer" => Integer,
        "Number" => Number,
        "String" => ClassType.String,
        "Date" => ClassType.Date,
        _ => ClassType.Object,
    };

    [Theory]
    [MemberData(nameof(Stored))]
    public void ValuesTakeTheirDeclaredType(object? value, string type, object? expected)
    {
        object? result = ValueConversions.ToDeclaredType(value, Type(type));
        Assert.Equal(expected, result);
        if (expected is not null)
        {
            Assert.IsType(expected.GetType(), result);
        }
    }

    public static TheoryData<object?, string, string> Rejected => new()
    {
        { 3000000000L, "int", "value 3000000000 does not fit in int" },
        { 2147483648L, "Integer", "value 2147483648 does not fit in Integer" },
        { 128, "byte", "value 128 does not fit in byte" },
        { 40000, "short", "value 40000 does not fit in short" },
        { -1, "char", "value -1 does not fit in char" },
        { null, "int", "null cannot be stored in int" },
        { null, "boolean", "null cannot be stored in boolean" },
        { "3", "int", "\"3\" (String) cannot be stored in int" },
        { 3, "String", "3 (int) cannot be stored in String" },
        { 1, "boolean", "1 (int) cannot be stored in boolean" },
        { true, "int", "true (boolean) cannot be stored in int" },
        { 'a', "Number", "'a' (char) cannot be stored in Number" },
        { "x", "Date", "\"x\" (String) cannot be stored in Date" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void ValuesThatDoNotFitAreRunTimeErrors(object? value, string type, string message)
    {
        var e = Assert.Throws<FmlRuntimeError>(() => ValueConversions.ToDeclaredType(value, Type(type)));
        Assert.Equal(message, e.Message);
    }

    public static TheoryData<object?, string, object?> Casts => new()
    {
        { 3000000000L, "int", -1294967296 },
        { 3.7, "int", 3 },
        { 65, "char", 'A' },
        { -1, "char", '\uffff' },
        { 200, "byte", (sbyte)-56 },
        { double.PositiveInfinity, "int", int.MaxValue },
        { double.NaN, "long", 0L },
        { 'a', "double", 97.0 },
        { null, "Integer", null },
    };

    [Theory]
    [MemberData(nameof(Casts))]
    public void CastsHaveJavaSemantics(object? value, string type, object? expected)
    {
        object? result = ValueConversions.Cast(value, Type(type));
        Assert.Equal(expected, result);
        if (expected is not null)
        {
            Assert.IsType(expected.GetType(), result);
        }
    }

    [Fact]
    public void CastOfNullToAPrimitiveIsAnError() =>
        Assert.Throws<FmlRuntimeError>(() => ValueConversions.Cast(null, PrimitiveType.Int));

    [Fact]
    public void VoidStoresNothing() =>
        Assert.Throws<FmlRuntimeError>(() => ValueConversions.ToDeclaredType(1, PrimitiveType.Void));

    [Fact]
    public void ErrorTypesPassValuesThrough() => Assert.Equal("x", ValueConversions.ToDeclaredType("x", ErrorType.Instance));

    public static TheoryData<object?, string> Texts => new()
    {
        { null, "null" },
        { 1.0, "1.0" },
        { 3.5, "3.5" },
        { 0.001, "0.001" },
        { 1e-4, "1.0E-4" },
        { 1e7, "1.0E7" },
        { 1234567.0, "1234567.0" },
        { 12345678.9, "1.23456789E7" },
        { 0.1 + 0.2, "0.30000000000000004" },
        { -0.0, "-0.0" },
        { 0.0, "0.0" },
        { double.NaN, "NaN" },
        { double.NegativeInfinity, "-Infinity" },
        { 1e100, "1.0E100" },
        { 1.5e-10, "1.5E-10" },
        { 100.0, "100.0" },
        { 0.1f, "0.1" },
        { 1e10f, "1.0E10" },
        { -42L, "-42" },
        { 'x', "x" },
        { false, "false" },
        { TimeSpan.FromMinutes(90), "PT1H30M" },
        { TimeSpan.Zero, "PT0S" },
        { TimeSpan.FromMilliseconds(500), "PT0.5S" },
        { new DateTime(2025, 3, 4, 10, 15, 30, DateTimeKind.Utc), "Tue Mar 04 10:15:30 UTC 2025" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void StringFormIsJavas(object? value, string expected) => Assert.Equal(expected, JavaText.ToJavaString(value));

    [Fact]
    public void CollectionsPrintAsJava()
    {
        var map = FmlCollections.NewMap();
        map["a"] = 1;
        map["b"] = new List<object?> { 1.0, null };
        Assert.Equal("{a=1, b=[1.0, null]}", JavaText.ToJavaString(map));
        Assert.Equal("[x]", JavaText.ToJavaString(FmlCollections.NewSet(["x"])));
    }
}
