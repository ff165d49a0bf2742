using Flexo.Fml.Semantics;
using Flexo.Fml.Syntax;

namespace Flexo.Runtime.Values.Tests;

public class OperatorTests
{
    private static object? Bin(SyntaxKind op, object? l, object? r) => Operators.Binary(op, l, r);

    public static TheoryData<SyntaxKind, object?, object?, object?> Arithmetic => new()
    {
        { SyntaxKind.PlusToken, 1, 2, 3L },
        { SyntaxKind.PlusToken, int.MaxValue, 1, 2147483648L },
        { SyntaxKind.MinusToken, 1, 3, -2L },
        { SyntaxKind.AsteriskToken, 100000, 100000, 10000000000L },
        { SyntaxKind.AsteriskToken, long.MaxValue, 2L, -2L },
        { SyntaxKind.PlusToken, 'a', 1, 98L },
        { SyntaxKind.PlusToken, (short)3, (sbyte)4, 7L },
        { SyntaxKind.PlusToken, 1, 0.5, 1.5 },
        { SyntaxKind.PlusToken, 1.5f, 1, 2.5 },
        { SyntaxKind.MinusToken, 0.5, 1L, -0.5 },
        { SyntaxKind.AsteriskToken, 2.5, 2, 5.0 },
        { SyntaxKind.SlashToken, 7, 2, 3.5 },
        { SyntaxKind.SlashToken, 6, 3, 2.0 },
        { SyntaxKind.SlashToken, 1, 0, double.PositiveInfinity },
        { SyntaxKind.SlashToken, -1, 0, double.NegativeInfinity },
        { SyntaxKind.PercentToken, 32, 3, 2.0 },
        { SyntaxKind.PercentToken, -7, 2, -1.0 },
        { SyntaxKind.PercentToken, 7.5, 2, 1.5 },
        { SyntaxKind.SlashToken, 7.0, 2L, 3.5 },
    };

    [Theory]
    [MemberData(nameof(Arithmetic))]
    public void ArithmeticFollowsTheRuntimeRules(SyntaxKind op, object? left, object? right, object? expected)
    {
        object? result = Bin(op, left, right);
        Assert.Equal(expected, result);
        Assert.IsType(expected!.GetType(), result);
    }

    [Fact]
    public void IntegralModuloByZeroIsNaN() => Assert.True(double.IsNaN((double)Bin(SyntaxKind.PercentToken, 1, 0)!));

    public static TheoryData<object?, object?, string> Concatenations => new()
    {
        { "x", 1, "x1" },
        { 1, "x", "1x" },
        { "x", null, "xnull" },
        { null, "x", "nullx" },
        { "x", 'a', "xa" },
        { "x", 1.0, "x1.0" },
        { "x", 0.001, "x0.001" },
        { "x", 1e-4, "x1.0E-4" },
        { "x", 1e7, "x1.0E7" },
        { "x", true, "xtrue" },
        { "x", 2.5f, "x2.5" },
        { "x", new List<object?> { 1, "a", null }, "x[1, a, null]" },
    };

    [Theory]
    [MemberData(nameof(Concatenations))]
    public void PlusWithAStringConcatenates(object? left, object? right, string expected) =>
        Assert.Equal(expected, Bin(SyntaxKind.PlusToken, left, right));

    [Fact]
    public void ConcatenationIsLeftToRight()
    {
        Assert.Equal("3x", Bin(SyntaxKind.PlusToken, Bin(SyntaxKind.PlusToken, 1, 2), "x"));
        Assert.Equal("x12", Bin(SyntaxKind.PlusToken, Bin(SyntaxKind.PlusToken, "x", 1), 2));
    }

    public static TheoryData<SyntaxKind, object?, object?, bool> Comparisons => new()
    {
        { SyntaxKind.LessThanToken, 1, 2L, true },
        { SyntaxKind.LessThanToken, 2, 2, false },
        { SyntaxKind.LessThanEqualsToken, 2, 2.0, true },
        { SyntaxKind.GreaterThanToken, 3.5, 3, true },
        { SyntaxKind.GreaterThanEqualsToken, 'b', 98, true },
        { SyntaxKind.GreaterThanToken, long.MaxValue, long.MaxValue - 1, true },
        { SyntaxKind.LessThanToken, double.NaN, 1, false },
        { SyntaxKind.GreaterThanEqualsToken, double.NaN, 1, false },
    };

    [Theory]
    [MemberData(nameof(Comparisons))]
    public void ComparisonsAreNumeric(SyntaxKind op, object? left, object? right, bool expected) =>
        Assert.Equal(expected, Bin(op, left, right));

    private sealed record Level(string Name) : IFmlEnumValue;

    public static TheoryData<object?, object?, bool> Equalities => new()
    {
        { 2, 2L, true },
        { 1, 1.0, true },
        { 1.0f, 1.0, true },
        { 'a', 97, true },
        { 2, 3, false },
        { double.NaN, double.NaN, false },
        { "ab", "a" + "b", true },
        { "ab", "AB", false },
        { null, null, true },
        { null, "null", false },
        { "null", null, false },
        { null, 0, false },
        { true, true, true },
        { true, false, false },
        { "1", 1, false },
        { new List<object?> { 1, "a" }, new List<object?> { 1L, "a" }, true },
        { new List<object?> { 1 }, new List<object?> { 2 }, false },
        { new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), true },
        { new Level("HIGH"), "HIGH", true },
        { "LOW", new Level("HIGH"), false },
        { new Level("HIGH"), new Level("HIGH"), false },
        { new object(), new object(), false },
    };

    [Theory]
    [MemberData(nameof(Equalities))]
    public void EqualityIsFmlEquality(object? left, object? right, bool expected)
    {
        Assert.Equal(expected, Bin(SyntaxKind.EqualsEqualsToken, left, right));
        Assert.Equal(!expected, Bin(SyntaxKind.ExclamationEqualsToken, left, right));
    }

    [Fact]
    public void EnumValuesCompareByIdentity()
    {
        var high = new Level("HIGH");
        Assert.Equal(true, Bin(SyntaxKind.EqualsEqualsToken, high, high));
    }

    [Fact]
    public void MapsAndSetsCompareByContent()
    {
        var a = FmlCollections.NewMap();
        a["k"] = 1;
        var b = FmlCollections.NewMap();
        b["k"] = 1L;
        Assert.Equal(true, Bin(SyntaxKind.EqualsEqualsToken, a, b));
        Assert.Equal(true, Bin(SyntaxKind.EqualsEqualsToken, FmlCollections.NewSet([1, 2]), FmlCollections.NewSet([2L, 1L])));
    }

    public static TheoryData<SyntaxKind, object?, object?, object?> Bits => new()
    {
        { SyntaxKind.AmpersandToken, 6, 3, 2L },
        { SyntaxKind.BarToken, 6, 3, 7L },
        { SyntaxKind.CaretToken, 6, 3, 5L },
        { SyntaxKind.AmpersandToken, true, false, false },
        { SyntaxKind.BarToken, true, false, true },
        { SyntaxKind.CaretToken, true, true, false },
        { SyntaxKind.LessThanLessThanToken, 1, 31, int.MinValue },
        { SyntaxKind.LessThanLessThanToken, 1, 32, 1 },
        { SyntaxKind.LessThanLessThanToken, 1L, 32, 4294967296L },
        { SyntaxKind.GreaterThanGreaterThanToken, -8, 1, -4 },
        { SyntaxKind.GreaterThanGreaterThanGreaterThanToken, -1, 28, 15 },
        { SyntaxKind.GreaterThanGreaterThanGreaterThanToken, -1L, 60, 15L },
        { SyntaxKind.GreaterThanGreaterThanToken, -1L, 70, -1L },
    };

    [Theory]
    [MemberData(nameof(Bits))]
    public void BitwiseAndShiftsFollowJava(SyntaxKind op, object? left, object? right, object? expected) =>
        Assert.Equal(expected, Bin(op, left, right));

    [Fact]
    public void LogicalOperatorsOnValues()
    {
        Assert.Equal(false, Bin(SyntaxKind.AmpersandAmpersandToken, true, false));
        Assert.Equal(true, Bin(SyntaxKind.BarBarToken, false, true));
        Assert.Throws<FmlRuntimeError>(() => Bin(SyntaxKind.AmpersandAmpersandToken, true, null));
    }

    public static TheoryData<SyntaxKind, object?, object?> Unaries => new()
    {
        { SyntaxKind.MinusToken, 5, -5L },
        { SyntaxKind.MinusToken, 2.5, -2.5 },
        { SyntaxKind.MinusToken, 'a', -97L },
        { SyntaxKind.PlusToken, (short)3, 3L },
        { SyntaxKind.TildeToken, 0, -1L },
        { SyntaxKind.ExclamationToken, true, false },
        { SyntaxKind.PlusPlusToken, 1, 2 },
        { SyntaxKind.PlusPlusToken, int.MaxValue, int.MinValue },
        { SyntaxKind.MinusMinusToken, 1L, 0L },
        { SyntaxKind.PlusPlusToken, 1.5, 2.5 },
        { SyntaxKind.PlusPlusToken, 'a', 'b' },
    };

    [Theory]
    [MemberData(nameof(Unaries))]
    public void UnaryOperators(SyntaxKind op, object? operand, object? expected) =>
        Assert.Equal(expected, Operators.Unary(op, operand));

    public static TheoryData<SyntaxKind, object?, object?> InvalidBinaries => new()
    {
        { SyntaxKind.MinusToken, "a", 1 },
        { SyntaxKind.PlusToken, null, 1 },
        { SyntaxKind.PlusToken, true, 1 },
        { SyntaxKind.AsteriskToken, 2, null },
        { SyntaxKind.SlashToken, "6", 3 },
        { SyntaxKind.LessThanToken, "a", "b" },
        { SyntaxKind.LessThanToken, null, 1 },
        { SyntaxKind.AmpersandToken, 1.5, 1 },
        { SyntaxKind.AmpersandToken, true, 1 },
        { SyntaxKind.LessThanLessThanToken, 1.0, 1 },
        { SyntaxKind.EqualsToken, 1, 1 },
    };

    [Theory]
    [MemberData(nameof(InvalidBinaries))]
    public void InvalidOperandsAreRunTimeErrors(SyntaxKind op, object? left, object? right) =>
        Assert.Throws<FmlRuntimeError>(() => Bin(op, left, right));

    [Fact]
    public void InvalidOperandErrorNamesTheOperatorAndOperands()
    {
        var e = Assert.Throws<FmlRuntimeError>(() => Bin(SyntaxKind.MinusToken, "a", null));
        Assert.Equal("operator '-' cannot be applied to \"a\" (String) and null", e.Message);
    }

    [Fact]
    public void InvalidUnaryOperandsAreRunTimeErrors()
    {
        Assert.Throws<FmlRuntimeError>(() => Operators.Unary(SyntaxKind.MinusToken, "a"));
        Assert.Throws<FmlRuntimeError>(() => Operators.Unary(SyntaxKind.ExclamationToken, null));
        Assert.Throws<FmlRuntimeError>(() => Operators.Unary(SyntaxKind.TildeToken, 1.5));
        Assert.Throws<FmlRuntimeError>(() => Operators.Unary(SyntaxKind.PlusPlusToken, null));
    }

    [Fact]
    public void DatesAndDurations()
    {
        var d = new DateTime(2025, 3, 4, 10, 0, 0, DateTimeKind.Utc);
        var hour = TimeSpan.FromHours(1);
        Assert.Equal(d.AddHours(1), Bin(SyntaxKind.PlusToken, d, hour));
        Assert.Equal(d.AddHours(1), Bin(SyntaxKind.PlusToken, hour, d));
        Assert.Equal(d.AddHours(-1), Bin(SyntaxKind.MinusToken, d, hour));
        Assert.Equal(hour, Bin(SyntaxKind.MinusToken, d.AddHours(1), d));
        Assert.Equal(TimeSpan.FromHours(2), Bin(SyntaxKind.PlusToken, hour, hour));
    }

    public static TheoryData<SyntaxKind, object?, object?, string, object?> Compounds => new()
    {
        { SyntaxKind.SlashEqualsToken, 7, 2, "int", 3 },
        { SyntaxKind.SlashEqualsToken, -7, 2, "int", -3 },
        { SyntaxKind.PercentEqualsToken, 7, 2, "int", 1 },
        { SyntaxKind.PlusEqualsToken, 1, 1.5, "int", 2 },
        { SyntaxKind.PlusEqualsToken, int.MaxValue, 1, "int", int.MinValue },
        { SyntaxKind.AsteriskEqualsToken, (short)200, 200, "short", unchecked((short)40000) },
        { SyntaxKind.PlusEqualsToken, 'a', 1, "char", 'b' },
        { SyntaxKind.PlusEqualsToken, 1L, 2, "long", 3L },
        { SyntaxKind.SlashEqualsToken, 7L, 2, "long", 3L },
        { SyntaxKind.PlusEqualsToken, 1.0f, 0.1, "float", 1.1f },
        { SyntaxKind.SlashEqualsToken, 7.0, 2, "double", 3.5 },
        { SyntaxKind.PlusEqualsToken, "s", 3, "String", "s3" },
        { SyntaxKind.PlusEqualsToken, null, "x", "String", "nullx" },
        { SyntaxKind.AmpersandEqualsToken, true, false, "boolean", false },
        { SyntaxKind.LessThanLessThanEqualsToken, 1, 33, "int", 2 },
        { SyntaxKind.PlusEqualsToken, 5, 1, "Integer", 6 },
    };

    [Theory]
    [MemberData(nameof(Compounds))]
    public void CompoundAssignmentAppliesJavasImplicitCast(SyntaxKind op, object? current, object? operand, string type, object? expected)
    {
        FmlType target = type switch
        {
            "int" => PrimitiveType.Int,
            "short" => PrimitiveType.Short,
            "char" => PrimitiveType.Char,
            "long" => PrimitiveType.Long,
            "float" => PrimitiveType.Float,
            "double" => PrimitiveType.Double,
            "boolean" => PrimitiveType.Boolean,
            "Integer" => new ClassType("java.lang.Integer"),
            _ => ClassType.String,
        };
        object? result = Operators.CompoundAssign(op, current, operand, target);
        Assert.Equal(expected, result);
        Assert.IsType(expected!.GetType(), result);
    }

    [Fact]
    public void CompoundAssignmentWithInvalidOperandsIsAnError()
    {
        Assert.Throws<FmlRuntimeError>(() => Operators.CompoundAssign(SyntaxKind.MinusEqualsToken, "s", 1, ClassType.String));
        Assert.Throws<FmlRuntimeError>(() => Operators.CompoundAssign(SyntaxKind.PlusEqualsToken, null, 1, PrimitiveType.Int));
    }
}
