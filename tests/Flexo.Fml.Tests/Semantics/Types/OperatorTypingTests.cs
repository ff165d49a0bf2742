using Flexo.Fml.Semantics;
using Flexo.Fml.Syntax;
using static Flexo.Fml.Tests.Semantics.Types.TestTypes;

namespace Flexo.Fml.Tests.Semantics.Types;

/// <summary>OperatorTyping: §3.10 and the operator table of docs/types.md. "-" in the expected column: not applicable.</summary>
public sealed class OperatorTypingTests
{
    private static void AssertBinary(string op, string left, string right, string expected)
    {
        var result = OperatorTyping.Binary(Op(op), T(left), T(right));
        if (expected == "-")
        {
            Assert.True(result is null, $"{left} {op} {right} should not apply, got {result}");
        }
        else
        {
            Assert.True(T(expected).Equals(result), $"{left} {op} {right}: expected {expected}, got {result?.ToString() ?? "not applicable"}");
        }
    }

    [Theory]
    // Java's binary numeric promotion for + - *
    [InlineData("+", "int", "int", "int")]
    [InlineData("+", "int", "long", "long")]
    [InlineData("+", "long", "int", "long")]
    [InlineData("+", "byte", "byte", "int")]
    [InlineData("+", "short", "char", "int")]
    [InlineData("+", "char", "int", "int")]
    [InlineData("+", "int", "float", "float")]
    [InlineData("+", "long", "float", "float")]
    [InlineData("+", "float", "double", "double")]
    [InlineData("+", "int", "double", "double")]
    [InlineData("+", "Integer", "int", "int")]
    [InlineData("+", "Integer", "Integer", "int")]
    [InlineData("+", "Long", "Double", "double")]
    [InlineData("+", "Character", "Short", "int")]
    [InlineData("-", "int", "int", "int")]
    [InlineData("-", "long", "byte", "long")]
    [InlineData("-", "double", "int", "double")]
    [InlineData("-", "Integer", "Long", "long")]
    [InlineData("*", "int", "int", "int")]
    [InlineData("*", "int", "long", "long")]
    [InlineData("*", "float", "int", "float")]
    [InlineData("*", "double", "float", "double")]
    [InlineData("*", "Short", "Byte", "int")]
    // / and %: double on integral operands (RI), Java's promotion with a floating operand
    [InlineData("/", "int", "int", "double")]
    [InlineData("/", "long", "long", "double")]
    [InlineData("/", "int", "long", "double")]
    [InlineData("/", "char", "byte", "double")]
    [InlineData("/", "Integer", "Integer", "double")]
    [InlineData("/", "double", "int", "double")]
    [InlineData("/", "float", "int", "float")]
    [InlineData("/", "float", "float", "float")]
    [InlineData("/", "float", "double", "double")]
    [InlineData("%", "int", "int", "double")]
    [InlineData("%", "long", "int", "double")]
    [InlineData("%", "double", "double", "double")]
    [InlineData("%", "float", "long", "float")]
    // string concatenation: a String on either side, anything but void on the other
    [InlineData("+", "String", "String", "String")]
    [InlineData("+", "String", "int", "String")]
    [InlineData("+", "String", "double", "String")]
    [InlineData("+", "String", "boolean", "String")]
    [InlineData("+", "String", "char", "String")]
    [InlineData("+", "String", "null", "String")]
    [InlineData("+", "String", "Object", "String")]
    [InlineData("+", "String", "Book", "String")]
    [InlineData("+", "String", "Color", "String")]
    [InlineData("+", "String", "List<Book>", "String")]
    [InlineData("+", "String", "Date", "String")]
    [InlineData("+", "int", "String", "String")]
    [InlineData("+", "null", "String", "String")]
    [InlineData("+", "Book", "String", "String")]
    [InlineData("+", "Object", "String", "String")]
    [InlineData("+", "java.lang.String", "Integer", "String")]
    [InlineData("+", "String", "void", "-")]
    [InlineData("+", "void", "String", "-")]
    [InlineData("-", "String", "String", "-")]
    [InlineData("*", "String", "int", "-")]
    [InlineData("/", "String", "int", "-")]
    // dates and durations
    [InlineData("-", "Date", "Date", "Duration")]
    [InlineData("+", "Date", "Duration", "Date")]
    [InlineData("+", "Duration", "Date", "Date")]
    [InlineData("-", "Date", "Duration", "Date")]
    [InlineData("+", "Duration", "Duration", "Duration")]
    [InlineData("-", "Duration", "Duration", "Duration")]
    [InlineData("+", "Date", "Date", "-")]
    [InlineData("-", "Duration", "Date", "-")]
    [InlineData("+", "Date", "int", "-")]
    [InlineData("-", "Date", "long", "-")]
    [InlineData("*", "Duration", "int", "-")]
    // not numbers
    [InlineData("+", "boolean", "boolean", "-")]
    [InlineData("+", "int", "boolean", "-")]
    [InlineData("+", "Boolean", "int", "-")]
    [InlineData("+", "Object", "int", "-")]
    [InlineData("+", "Number", "int", "-")]
    [InlineData("+", "null", "int", "-")]
    [InlineData("+", "null", "null", "-")]
    [InlineData("+", "Book", "Book", "-")]
    [InlineData("+", "List<Book>", "Book", "-")]
    [InlineData("-", "int", "null", "-")]
    [InlineData("*", "void", "int", "-")]
    public void Arithmetic(string op, string left, string right, string expected) => AssertBinary(op, left, right, expected);

    [Theory]
    [InlineData("<<", "int", "int", "int")]
    [InlineData("<<", "int", "long", "int")]
    [InlineData("<<", "long", "int", "long")]
    [InlineData("<<", "byte", "int", "int")]
    [InlineData("<<", "Integer", "int", "int")]
    [InlineData(">>", "int", "int", "int")]
    [InlineData(">>", "long", "long", "long")]
    [InlineData(">>", "char", "int", "int")]
    [InlineData(">>>", "int", "int", "int")]
    [InlineData(">>>", "long", "int", "long")]
    [InlineData("<<", "double", "int", "-")]
    [InlineData(">>", "int", "double", "-")]
    [InlineData(">>>", "boolean", "int", "-")]
    [InlineData("<<", "String", "int", "-")]
    [InlineData("&", "int", "int", "int")]
    [InlineData("&", "int", "long", "long")]
    [InlineData("&", "byte", "short", "int")]
    [InlineData("&", "Long", "int", "long")]
    [InlineData("|", "int", "int", "int")]
    [InlineData("|", "char", "char", "int")]
    [InlineData("^", "long", "long", "long")]
    [InlineData("&", "boolean", "boolean", "boolean")]
    [InlineData("|", "boolean", "Boolean", "boolean")]
    [InlineData("^", "Boolean", "Boolean", "boolean")]
    [InlineData("&", "int", "boolean", "-")]
    [InlineData("|", "double", "int", "-")]
    [InlineData("^", "float", "float", "-")]
    [InlineData("&", "String", "String", "-")]
    [InlineData("|", "null", "boolean", "-")]
    public void Shifts_and_bitwise(string op, string left, string right, string expected) => AssertBinary(op, left, right, expected);

    [Theory]
    [InlineData("&&", "boolean", "boolean", "boolean")]
    [InlineData("&&", "Boolean", "boolean", "boolean")]
    [InlineData("||", "boolean", "Boolean", "boolean")]
    [InlineData("||", "Boolean", "Boolean", "boolean")]
    [InlineData("&&", "int", "boolean", "-")]
    [InlineData("||", "boolean", "String", "-")]
    [InlineData("&&", "null", "boolean", "-")]
    [InlineData("||", "Object", "boolean", "-")]
    [InlineData("&&", "boolean", "void", "-")]
    [InlineData("<", "int", "int", "boolean")]
    [InlineData("<", "int", "double", "boolean")]
    [InlineData("<=", "long", "float", "boolean")]
    [InlineData(">", "char", "int", "boolean")]
    [InlineData(">=", "Integer", "Double", "boolean")]
    [InlineData("<", "Integer", "int", "boolean")]
    [InlineData("<", "String", "String", "-")]
    [InlineData(">", "boolean", "boolean", "-")]
    [InlineData("<=", "Date", "Date", "-")]
    [InlineData(">=", "int", "null", "-")]
    [InlineData("<", "Object", "int", "-")]
    [InlineData("<", "Color", "Color", "-")]
    [InlineData(">", "Book", "Book", "-")]
    public void Logic_and_comparisons(string op, string left, string right, string expected) => AssertBinary(op, left, right, expected);

    [Theory]
    // numbers by value, whatever their kinds
    [InlineData("int", "int")]
    [InlineData("int", "long")]
    [InlineData("int", "double")]
    [InlineData("Integer", "long")]
    [InlineData("Long", "Integer")]
    [InlineData("char", "int")]
    [InlineData("boolean", "boolean")]
    [InlineData("Boolean", "boolean")]
    [InlineData("String", "String")]
    [InlineData("String", "java.lang.String")]
    // null with everything
    [InlineData("null", "null")]
    [InlineData("String", "null")]
    [InlineData("null", "Book")]
    [InlineData("Color", "null")]
    [InlineData("int", "null")]
    [InlineData("null", "boolean")]
    [InlineData("List<Book>", "null")]
    // concepts and enums
    [InlineData("Book", "Book")]
    [InlineData("Item", "Book")]
    [InlineData("Book", "Novel")]
    [InlineData("ConceptInstance", "Book")]
    [InlineData("Car", "Amphibian")]
    [InlineData("Color", "Color")]
    [InlineData("Color", "String")]
    [InlineData("String", "Color")]
    [InlineData("Concept<Item>", "Concept<Book>")]
    // objects
    [InlineData("Object", "Book")]
    [InlineData("Object", "String")]
    [InlineData("Object", "int")]
    [InlineData("boolean", "Object")]
    [InlineData("List<Book>", "ArrayList<Book>")]
    [InlineData("List<Book>", "List<Item>")]
    [InlineData("Collection<Book>", "Set<Book>")]
    [InlineData("Date", "Date")]
    [InlineData("tech:diagram:Shape", "tech:diagram:Connector")]
    public void Equality_applies(string left, string right)
    {
        AssertBinary("==", left, right, "boolean");
        AssertBinary("!=", left, right, "boolean");
        AssertBinary("==", right, left, "boolean");
    }

    [Theory]
    [InlineData("int", "boolean")]
    [InlineData("int", "String")]
    [InlineData("Integer", "String")]
    [InlineData("String", "char")]
    [InlineData("Boolean", "Integer")]
    [InlineData("Book", "Film")]
    [InlineData("Book", "String")]
    [InlineData("Book", "Other")]
    [InlineData("Color", "Size")]
    [InlineData("Color", "Book")]
    [InlineData("Color", "int")]
    [InlineData("Book", "int")]
    [InlineData("List<Book>", "Map<String,Book>")]
    [InlineData("Date", "String")]
    [InlineData("Date", "long")]
    [InlineData("void", "null")]
    [InlineData("void", "void")]
    [InlineData("Concept<Book>", "Book")]
    public void Equality_does_not_apply(string left, string right)
    {
        AssertBinary("==", left, right, "-");
        AssertBinary("!=", left, right, "-");
        AssertBinary("==", right, left, "-");
    }

    [Theory]
    [InlineData("+", "int")]
    [InlineData("+", "byte")]
    [InlineData("+", "char")]
    [InlineData("-", "long")]
    [InlineData("-", "float")]
    [InlineData("-", "double")]
    [InlineData("-", "Integer")]
    [InlineData("-", "Short")]
    [InlineData("~", "int")]
    [InlineData("~", "long")]
    [InlineData("~", "byte")]
    [InlineData("~", "Long")]
    public void Unary_numeric_operators_promote(string op, string operand)
    {
        var expected = operand switch
        {
            "long" or "Long" => PrimitiveType.Long,
            "float" => PrimitiveType.Float,
            "double" => PrimitiveType.Double,
            _ => (FmlType)PrimitiveType.Int,
        };
        Assert.Equal(expected, OperatorTyping.Unary(Op(op), T(operand)));
    }

    [Theory]
    [InlineData("++", "int")]
    [InlineData("++", "byte")]
    [InlineData("++", "char")]
    [InlineData("--", "long")]
    [InlineData("--", "double")]
    [InlineData("++", "Integer")]
    [InlineData("--", "Double")]
    public void Increment_and_decrement_keep_the_operand_type(string op, string operand) =>
        Assert.Equal(T(operand), OperatorTyping.Unary(Op(op), T(operand)));

    [Theory]
    [InlineData("!", "boolean", "boolean")]
    [InlineData("!", "Boolean", "boolean")]
    [InlineData("!", "int", "-")]
    [InlineData("!", "String", "-")]
    [InlineData("!", "null", "-")]
    [InlineData("~", "double", "-")]
    [InlineData("~", "float", "-")]
    [InlineData("~", "boolean", "-")]
    [InlineData("-", "boolean", "-")]
    [InlineData("-", "String", "-")]
    [InlineData("+", "null", "-")]
    [InlineData("-", "Object", "-")]
    [InlineData("++", "boolean", "-")]
    [InlineData("++", "String", "-")]
    [InlineData("--", "Book", "-")]
    [InlineData("++", "void", "-")]
    [InlineData("-", "Date", "-")]
    public void Unary(string op, string operand, string expected)
    {
        var result = OperatorTyping.Unary(Op(op), T(operand));
        if (expected == "-")
        {
            Assert.Null(result);
        }
        else
        {
            Assert.Equal(T(expected), result);
        }
    }

    [Theory]
    // D17: x op= e means x = (T)(x op e)
    [InlineData("+=", "int", "int", "int")]
    [InlineData("+=", "int", "double", "int")]
    [InlineData("+=", "int", "long", "int")]
    [InlineData("-=", "int", "int", "int")]
    [InlineData("*=", "int", "int", "int")]
    [InlineData("/=", "int", "int", "int")]
    [InlineData("%=", "int", "int", "int")]
    [InlineData("/=", "long", "int", "long")]
    [InlineData("*=", "byte", "int", "byte")]
    [InlineData("+=", "char", "int", "char")]
    [InlineData("+=", "short", "double", "short")]
    [InlineData("+=", "double", "int", "double")]
    [InlineData("/=", "float", "double", "float")]
    [InlineData("+=", "Integer", "int", "Integer")]
    [InlineData("/=", "Integer", "int", "Integer")]
    [InlineData("+=", "Long", "double", "Long")]
    [InlineData("&=", "int", "int", "int")]
    [InlineData("|=", "long", "int", "long")]
    [InlineData("^=", "byte", "int", "byte")]
    [InlineData("<<=", "int", "long", "int")]
    [InlineData(">>=", "int", "int", "int")]
    [InlineData(">>>=", "long", "int", "long")]
    [InlineData("&=", "boolean", "boolean", "boolean")]
    [InlineData("|=", "boolean", "Boolean", "boolean")]
    [InlineData("^=", "Boolean", "boolean", "Boolean")]
    [InlineData("+=", "String", "String", "String")]
    [InlineData("+=", "String", "int", "String")]
    [InlineData("+=", "String", "Book", "String")]
    [InlineData("+=", "String", "null", "String")]
    [InlineData("+=", "Object", "String", "Object")]
    [InlineData("+=", "Date", "Duration", "Date")]
    [InlineData("-=", "Date", "Duration", "Date")]
    [InlineData("+=", "Duration", "Duration", "Duration")]
    // illegal
    [InlineData("+=", "int", "String", "-")]
    [InlineData("+=", "int", "boolean", "-")]
    [InlineData("-=", "String", "int", "-")]
    [InlineData("+=", "boolean", "boolean", "-")]
    [InlineData("&=", "int", "boolean", "-")]
    [InlineData("&=", "double", "int", "-")]
    [InlineData("<<=", "double", "int", "-")]
    [InlineData("+=", "Book", "int", "-")]
    [InlineData("+=", "List<Book>", "Book", "-")]
    [InlineData("-=", "Date", "Date", "-")]
    [InlineData("+=", "Date", "int", "-")]
    [InlineData("+=", "Duration", "Date", "-")]
    [InlineData("+=", "int", "void", "-")]
    [InlineData("+=", "Object", "int", "-")]
    public void D17_compound_assignment(string op, string target, string value, string expected) =>
        AssertBinary(op, target, value, expected);

    [Theory]
    [InlineData("int", "int", "int")]
    [InlineData("long", "int", "long")]
    [InlineData("double", "int", "double")]
    [InlineData("Integer", "int", "Integer")]
    [InlineData("String", "null", "String")]
    [InlineData("Item", "Book", "Item")]
    [InlineData("List<Book>", "ArrayList<Book>", "List<Book>")]
    [InlineData("int", "long", "-")]
    [InlineData("int", "double", "-")]
    [InlineData("int", "null", "-")]
    [InlineData("String", "int", "-")]
    [InlineData("Book", "Item", "-")]
    [InlineData("Color", "Size", "-")]
    public void Simple_assignment(string target, string value, string expected) => AssertBinary("=", target, value, expected);

    [Fact]
    public void Simple_assignment_in_permissive_mode_accepts_narrowing()
    {
        Assert.Null(OperatorTyping.Assignment(PrimitiveType.Int, PrimitiveType.Long));
        Assert.Equal(PrimitiveType.Int, OperatorTyping.Assignment(PrimitiveType.Int, PrimitiveType.Long, permissive: true));
        Assert.Equal(PrimitiveType.Float, OperatorTyping.Assignment(PrimitiveType.Float, PrimitiveType.Double, permissive: true));
    }

    [Theory]
    [InlineData("Object", "Book", "boolean")]
    [InlineData("Item", "Book", "boolean")]
    [InlineData("Book", "Book", "boolean")]
    [InlineData("Book", "Item", "boolean")]
    [InlineData("ConceptInstance", "Book", "boolean")]
    [InlineData("null", "Book", "boolean")]
    [InlineData("Object", "String", "boolean")]
    [InlineData("Object", "List", "boolean")]
    [InlineData("List<Book>", "ArrayList", "boolean")]
    [InlineData("Number", "Integer", "boolean")]
    [InlineData("Car", "Amphibian", "boolean")]
    [InlineData("Book", "Film", "-")]
    [InlineData("String", "Book", "-")]
    [InlineData("int", "Integer", "-")]
    [InlineData("Object", "int", "-")]
    [InlineData("Book", "String", "-")]
    [InlineData("Book", "null", "-")]
    [InlineData("void", "Object", "-")]
    public void InstanceOf(string operand, string type, string expected) => AssertBinary("instanceof", operand, type, expected);

    [Theory]
    [InlineData("boolean", "int", "int", "int")]
    [InlineData("boolean", "int", "long", "long")]
    [InlineData("Boolean", "String", "null", "String")]
    [InlineData("boolean", "Book", "Film", "Item")]
    [InlineData("int", "int", "int", "-")]
    [InlineData("String", "int", "int", "-")]
    [InlineData("null", "int", "int", "-")]
    [InlineData("error", "int", "String", "error")]
    [InlineData("boolean", "error", "String", "error")]
    public void Conditional(string condition, string whenTrue, string whenFalse, string expected)
    {
        var result = OperatorTyping.Conditional(T(condition), T(whenTrue), T(whenFalse));
        if (expected == "-")
        {
            Assert.Null(result);
        }
        else
        {
            Assert.Equal(T(expected), result);
        }
    }

    public static TheoryData<SyntaxKind> BinaryOperators() =>
        [.. Enum.GetValues<SyntaxKind>().Where(OperatorTyping.IsBinaryOperator)];

    public static TheoryData<SyntaxKind> UnaryOperators() =>
        [.. Enum.GetValues<SyntaxKind>().Where(OperatorTyping.IsUnaryOperator)];

    [Theory]
    [MemberData(nameof(BinaryOperators))]
    public void Error_operands_give_the_error_type_for_every_binary_operator(SyntaxKind op)
    {
        foreach (var other in new[] { "int", "String", "boolean", "Book", "null", "void", "List<Book>", "error", "unresolved:Foo" })
        {
            Assert.Same(ErrorType.Instance, OperatorTyping.Binary(op, ErrorType.Instance, T(other)));
            Assert.Same(ErrorType.Instance, OperatorTyping.Binary(op, T(other), ErrorType.Instance));
            Assert.Same(ErrorType.Instance, OperatorTyping.Binary(op, new UnresolvedType("X"), T(other)));
        }
    }

    [Theory]
    [MemberData(nameof(UnaryOperators))]
    public void Error_operands_give_the_error_type_for_every_unary_operator(SyntaxKind op)
    {
        Assert.Same(ErrorType.Instance, OperatorTyping.Unary(op, ErrorType.Instance));
        Assert.Same(ErrorType.Instance, OperatorTyping.Unary(op, new UnresolvedType("X")));
    }

    [Fact]
    public void Every_operator_token_is_covered_and_others_are_rejected()
    {
        var binary = new HashSet<SyntaxKind>
        {
            SyntaxKind.PlusToken, SyntaxKind.MinusToken, SyntaxKind.AsteriskToken, SyntaxKind.SlashToken, SyntaxKind.PercentToken,
            SyntaxKind.LessThanLessThanToken, SyntaxKind.GreaterThanGreaterThanToken, SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
            SyntaxKind.LessThanToken, SyntaxKind.LessThanEqualsToken, SyntaxKind.GreaterThanToken, SyntaxKind.GreaterThanEqualsToken,
            SyntaxKind.InstanceOfKeyword, SyntaxKind.EqualsEqualsToken, SyntaxKind.ExclamationEqualsToken,
            SyntaxKind.AmpersandToken, SyntaxKind.CaretToken, SyntaxKind.BarToken, SyntaxKind.AmpersandAmpersandToken, SyntaxKind.BarBarToken,
            SyntaxKind.EqualsToken, SyntaxKind.PlusEqualsToken, SyntaxKind.MinusEqualsToken, SyntaxKind.AsteriskEqualsToken,
            SyntaxKind.SlashEqualsToken, SyntaxKind.PercentEqualsToken, SyntaxKind.AmpersandEqualsToken, SyntaxKind.BarEqualsToken,
            SyntaxKind.CaretEqualsToken, SyntaxKind.LessThanLessThanEqualsToken, SyntaxKind.GreaterThanGreaterThanEqualsToken,
            SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken,
        };
        var unary = new HashSet<SyntaxKind>
        {
            SyntaxKind.PlusToken, SyntaxKind.MinusToken, SyntaxKind.ExclamationToken, SyntaxKind.TildeToken,
            SyntaxKind.PlusPlusToken, SyntaxKind.MinusMinusToken,
        };
        foreach (var kind in Enum.GetValues<SyntaxKind>())
        {
            Assert.Equal(binary.Contains(kind), OperatorTyping.IsBinaryOperator(kind));
            Assert.Equal(unary.Contains(kind), OperatorTyping.IsUnaryOperator(kind));
            if (!binary.Contains(kind))
            {
                Assert.Throws<ArgumentOutOfRangeException>(() => OperatorTyping.Binary(kind, PrimitiveType.Int, PrimitiveType.Int));
            }

            if (!unary.Contains(kind))
            {
                Assert.Throws<ArgumentOutOfRangeException>(() => OperatorTyping.Unary(kind, PrimitiveType.Int));
            }
        }

        Assert.Equal(11, binary.Count(k => OperatorTyping.CompoundOperator(k) is not null));
        Assert.Throws<ArgumentOutOfRangeException>(() => OperatorTyping.CompoundAssignment(SyntaxKind.EqualsToken, PrimitiveType.Int, PrimitiveType.Int));
    }

    [Theory]
    [InlineData("+=", "+")]
    [InlineData("-=", "-")]
    [InlineData("*=", "*")]
    [InlineData("/=", "/")]
    [InlineData("%=", "%")]
    [InlineData("&=", "&")]
    [InlineData("|=", "|")]
    [InlineData("^=", "^")]
    [InlineData("<<=", "<<")]
    [InlineData(">>=", ">>")]
    [InlineData(">>>=", ">>>")]
    public void Compound_operators_map_to_their_binary_operator(string compound, string binary) =>
        Assert.Equal(Op(binary), OperatorTyping.CompoundOperator(Op(compound)));

    [Fact]
    public void Numeric_decision_keeps_int_sums_assignable_to_int_and_divisions_double()
    {
        // int x = a + b; is legal for ints; int q = a / b; is not (a / b is a double, as in the RI).
        var sum = OperatorTyping.Binary(SyntaxKind.PlusToken, PrimitiveType.Int, PrimitiveType.Int)!;
        Assert.True(TypeFacts.IsAssignable(PrimitiveType.Int, sum));
        var quotient = OperatorTyping.Binary(SyntaxKind.SlashToken, PrimitiveType.Int, PrimitiveType.Int)!;
        Assert.Equal(PrimitiveType.Double, quotient);
        Assert.False(TypeFacts.IsAssignable(PrimitiveType.Int, quotient));
        Assert.True(TypeFacts.IsCastable(PrimitiveType.Int, quotient));
        var longSum = OperatorTyping.Binary(SyntaxKind.PlusToken, PrimitiveType.Long, PrimitiveType.Int)!;
        Assert.False(TypeFacts.IsAssignable(PrimitiveType.Int, longSum));
    }

    [Fact]
    public void D8_enum_values_compare_with_their_enum_and_with_null_only()
    {
        var priority = new ConceptType(Color);
        Assert.Equal(PrimitiveType.Boolean, OperatorTyping.Binary(SyntaxKind.EqualsEqualsToken, priority, priority));
        Assert.Equal(PrimitiveType.Boolean, OperatorTyping.Binary(SyntaxKind.ExclamationEqualsToken, priority, NullType.Instance));
        Assert.Null(OperatorTyping.Binary(SyntaxKind.EqualsEqualsToken, priority, new ConceptType(Size)));
        Assert.Null(OperatorTyping.Binary(SyntaxKind.LessThanToken, priority, priority));
        Assert.Equal(priority, OperatorTyping.Binary(SyntaxKind.EqualsToken, priority, priority));
        Assert.Null(OperatorTyping.Binary(SyntaxKind.EqualsToken, priority, new ConceptType(Size)));
    }

    [Fact]
    public void D19_conditions_operators_require_booleans()
    {
        Assert.Null(OperatorTyping.Binary(SyntaxKind.AmpersandAmpersandToken, PrimitiveType.Int, PrimitiveType.Boolean));
        Assert.Null(OperatorTyping.Unary(SyntaxKind.ExclamationToken, TypeFacts.String));
        Assert.Null(OperatorTyping.Conditional(TypeFacts.Object, PrimitiveType.Int, PrimitiveType.Int));
        Assert.True(TypeFacts.IsBoolean(OperatorTyping.Binary(SyntaxKind.LessThanToken, PrimitiveType.Int, PrimitiveType.Long)!));
    }
}
