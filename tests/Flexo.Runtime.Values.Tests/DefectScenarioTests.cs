using Flexo.Fml.Semantics;
using Flexo.Fml.Syntax;

namespace Flexo.Runtime.Values.Tests;

/// <summary>The value-level part of the scenarios of DEFECTS.md D17, D18, D19 and D21.</summary>
public class DefectScenarioTests
{
    private static object? Store(object? value, FmlType type) => ValueConversions.ToDeclaredType(value, type);

    [Fact]
    public void D17MeterTally()
    {
        object? total = 5;
        for (int call = 0; call < 2; call++)
        {
            object? score = Store(10, PrimitiveType.Int);
            score = Operators.CompoundAssign(SyntaxKind.MinusEqualsToken, score, 3, PrimitiveType.Int);
            score = Operators.CompoundAssign(SyntaxKind.AsteriskEqualsToken, score, 4, PrimitiveType.Int);
            total = Operators.CompoundAssign(SyntaxKind.PlusEqualsToken, total, score, PrimitiveType.Int);
            object? tag = Store("s", ClassType.String);
            tag = Operators.CompoundAssign(SyntaxKind.PlusEqualsToken, tag, score, ClassType.String);
            Assert.Equal("s28", tag);
        }

        Assert.Equal(61, total);
    }

    [Fact]
    public void D18Stepper()
    {
        object? a = 3;
        a = Operators.Unary(SyntaxKind.PlusPlusToken, a);
        a = Operators.Unary(SyntaxKind.PlusPlusToken, a);
        a = Operators.Unary(SyntaxKind.MinusMinusToken, a);
        object? before = a;
        a = Operators.Unary(SyntaxKind.PlusPlusToken, a);
        object? result = Operators.Binary(SyntaxKind.PlusToken, Operators.Binary(SyntaxKind.AsteriskToken, before, 10), a);
        Assert.Equal(45, Store(result, PrimitiveType.Int));
    }

    [Fact]
    public void D19ConditionsAreNeverTrueByDefault()
    {
        Assert.True(Operators.Condition(true));
        Assert.False(Operators.Condition(false));
        Assert.False(Operators.Condition(null));
        Assert.Throws<FmlRuntimeError>(() => Operators.Condition("true"));
        Assert.Throws<FmlRuntimeError>(() => Operators.Condition(1));
    }

    [Fact]
    public void D21MethodsOnStringLiterals()
    {
        object? shout = Operators.Binary(
            SyntaxKind.PlusToken,
            Operators.Binary(SyntaxKind.PlusToken, Java.Call("quiet", "toUpperCase"), "-"),
            Java.Call("abcdef", "substring", 2, 4));
        Assert.Equal("QUIET-cd", shout);
        object? width = Operators.Binary(SyntaxKind.PlusToken, Java.Call("kayak", "length"), Java.Call("ab", "indexOf", "b"));
        Assert.Equal(6, Store(width, PrimitiveType.Int));
    }

    [Fact]
    public void IntegerDivisionIsRiCompatibleButStoringTruncates()
    {
        object? q = Operators.Binary(SyntaxKind.SlashToken, 27, 3);
        Assert.Equal(9.0, q);
        Assert.Equal(3, Store(Operators.Binary(SyntaxKind.SlashToken, 7, 2), PrimitiveType.Int));
        object? big = Operators.Binary(SyntaxKind.AsteriskToken, 100000, 100000);
        Assert.Equal(100000.0, Operators.Binary(SyntaxKind.SlashToken, big, 100000));
        Assert.Equal("value 10000000000 does not fit in int", Assert.Throws<FmlRuntimeError>(() => Store(big, PrimitiveType.Int)).Message);
    }
}
