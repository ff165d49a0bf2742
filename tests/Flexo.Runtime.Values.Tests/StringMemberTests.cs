namespace Flexo.Runtime.Values.Tests;

public class StringMemberTests
{
    public static TheoryData<string, string, object?[], object?> Calls => new()
    {
        { "kayak", "length", [], 5 },
        { "abcdef", "substring", [2, 4], "cd" },
        { "abcdef", "substring", [2], "cdef" },
        { "abcdef", "substring", [6], "" },
        { "abcdef", "substring", [2L, 4L], "cd" },
        { "abc", "charAt", [1], 'b' },
        { "banana", "indexOf", ["an"], 1 },
        { "banana", "indexOf", ["an", 2], 3 },
        { "banana", "indexOf", ["an", 99], -1 },
        { "banana", "indexOf", ["x"], -1 },
        { "banana", "indexOf", [""], 0 },
        { "banana", "indexOf", ['n'], 2 },
        { "banana", "indexOf", ['n', 3], 4 },
        { "banana", "lastIndexOf", ["an"], 3 },
        { "banana", "lastIndexOf", [""], 6 },
        { "banana", "lastIndexOf", ["an", 2], 1 },
        { "banana", "lastIndexOf", ["an", -1], -1 },
        { "banana", "lastIndexOf", ['a'], 5 },
        { "banana", "contains", ["nan"], true },
        { "banana", "startsWith", ["ban"], true },
        { "banana", "startsWith", ["nan", 2], true },
        { "banana", "startsWith", ["nan", 9], false },
        { "banana", "endsWith", ["na"], true },
        { "abc", "toUpperCase", [], "ABC" },
        { "Straße", "toUpperCase", [], "STRAßE" },
        { "ABC", "toLowerCase", [], "abc" },
        { "\t a b \n", "trim", [], "a b" },
        { "\u2003a\u2003", "trim", [], "\u2003a\u2003" },
        { "\u2003a\u2003", "strip", [], "a" },
        { "", "isEmpty", [], true },
        { " \t", "isBlank", [], true },
        { "ab", "equals", ["ab"], true },
        { "ab", "equals", [null], false },
        { "ab", "equals", [1], false },
        { "ab", "equalsIgnoreCase", ["AB"], true },
        { "ab", "equalsIgnoreCase", [null], false },
        { "a", "compareTo", ["c"], -2 },
        { "ab", "compareTo", ["abcd"], -2 },
        { "b", "compareToIgnoreCase", ["A"], 1 },
        { "banana", "replace", ['a', 'o'], "bonono" },
        { "banana", "replace", ["an", "AN"], "bANANa" },
        { "ab", "replace", ["", "-"], "-a-b-" },
        { "a1b22c", "replaceAll", ["\\d+", "#"], "a#b#c" },
        { "john smith", "replaceAll", ["(\\w+) (\\w+)", "$2 $1"], "smith john" },
        { "a.b", "replaceAll", ["\\.", "\\$"], "a$b" },
        { "a1b22c", "replaceFirst", ["\\d+", "#"], "a#b22c" },
        { "abc123", "matches", ["[a-z]+\\d+"], true },
        { "abc123x", "matches", ["[a-z]+\\d+"], false },
        { "a\r\nb", "replaceAll", ["\\R", " "], "a b" },
        { "a,b", "concat", [",c"], "a,b,c" },
        { "ab", "repeat", [3], "ababab" },
        { "ab", "repeat", [0], "" },
        { "ab", "hashCode", [], 3105 },
        { "", "hashCode", [], 0 },
        { "ab", "toString", [], "ab" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void StringMembersFollowJava(string receiver, string name, object?[] args, object? expected)
    {
        object? result = Java.Call(receiver, name, args);
        Assert.Equal(expected, result);
        if (expected is not null)
        {
            Assert.IsType(expected.GetType(), result);
        }
    }

    public static TheoryData<string, string, string[]> Splits => new()
    {
        { "a,b,c", ",", ["a", "b", "c"] },
        { "a,b,,", ",", ["a", "b"] },
        { ",a", ",", ["", "a"] },
        { "", ",", [""] },
        { ",", ",", [] },
        { "abc", "", ["a", "b", "c"] },
        { "a1b2c", "(\\d)", ["a", "b", "c"] },
        { "a  b", "\\s+", ["a", "b"] },
        { "x", ",", ["x"] },
    };

    [Theory]
    [MemberData(nameof(Splits))]
    public void SplitFollowsJava(string s, string regex, string[] expected) =>
        Assert.Equal(expected, ((IEnumerable<object?>)Java.Call(s, "split", regex)!).Cast<string>().ToArray());

    [Fact]
    public void SplitWithLimit()
    {
        Assert.Equal(["a", "b,c"], ((object?[])Java.Call("a,b,c", "split", ",", 2)!).Cast<string>());
        Assert.Equal(["a", "b", "", ""], ((object?[])Java.Call("a,b,,", "split", ",", -1)!).Cast<string>());
    }

    [Fact]
    public void SplitGivesAFixedSizeList()
    {
        object? parts = Java.Call("a,b", "split", ",");
        Assert.Equal(2, Java.Call(parts, "size"));
        var e = Assert.Throws<FmlRuntimeError>(() => Java.Call(parts, "add", (object)"c"));
        Assert.Contains("UnsupportedOperationException", e.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, object?[], string> Errors => new()
    {
        { "abc", "substring", [2, 1], "String.substring(int,int): begin 2, end 1, length 3 (StringIndexOutOfBoundsException)" },
        { "abc", "substring", [-1], "String.substring(int): begin -1, end 3, length 3 (StringIndexOutOfBoundsException)" },
        { "abc", "substring", [0, 4], "String.substring(int,int): begin 0, end 4, length 3 (StringIndexOutOfBoundsException)" },
        { "abc", "substring", [3000000000L], "String.substring(int): argument 1: value 3000000000 does not fit in int" },
        { "abc", "charAt", [3], "String.charAt(int): index 3 out of range for length 3 (StringIndexOutOfBoundsException)" },
        { "abc", "indexOf", [null], "String.indexOf(String): null argument (NullPointerException)" },
        { "abc", "contains", [null], "String.contains(CharSequence): null argument (NullPointerException)" },
        { "abc", "compareTo", [null], "String.compareTo(String): null argument (NullPointerException)" },
        { "abc", "repeat", [-1], "String.repeat(int): count is negative: -1 (IllegalArgumentException)" },
        { "abc", "matches", ["[a"], "String.matches(String): invalid regular expression \"[a\" (PatternSyntaxException)" },
        { "abc", "replaceAll", ["a", "$x"], "String.replaceAll(String,String): illegal group reference in \"$x\" (IllegalArgumentException)" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void JavaExceptionsAreRunTimeErrors(string receiver, string name, object?[] args, string message) =>
        Assert.Equal(message, Assert.Throws<FmlRuntimeError>(() => Java.Call(receiver, name, args)).Message);

    [Theory]
    [InlineData("a*+")]
    [InlineData("\\h")]
    [InlineData("\\p{javaLowerCase}")]
    public void JavaOnlyRegexSyntaxIsRejected(string regex) =>
        Assert.Contains("Java syntax", Assert.Throws<FmlRuntimeError>(() => Java.Call("aaa", "matches", regex)).Message, StringComparison.Ordinal);

    [Fact]
    public void MethodsRunOnLiteralsAsOnVariables()
    {
        // D21: a literal receiver is a value like any other.
        Assert.Equal(5, Java.Call("kayak", "length"));
        Assert.Equal("cd", Java.Call("abcdef", "substring", 2, 4));
    }

    [Fact]
    public void NullReceiverIsARunTimeError()
    {
        var member = Java.Member("x", "length");
        var e = Assert.Throws<FmlRuntimeError>(() => JavaMembers.Invoke(member, null, []));
        Assert.Equal("cannot call 'length' on null (String.length())", e.Message);
    }

    [Fact]
    public void StaticStringMembers()
    {
        Assert.Equal("null", Java.Static("String", "valueOf", [null]));
        Assert.Equal("1.0", Java.Static("String", "valueOf", 1.0));
        Assert.Equal("12", Java.Static("String", "valueOf", 12));
        Assert.Equal("a", Java.Static("String", "valueOf", 'a'));
        Assert.Equal("a-b-c", Java.Static("String", "join", "-", "a", "b", "c"));
        Assert.Equal("a-b", Java.Static("String", "join", "-", new List<object?> { "a", "b" }));
        Assert.Equal("x=3, 2.50, 007, ab  |, 100%, true", Java.Static("String", "format", "x=%d, %.2f, %03d, %-4s|, 100%%, %b", 3, 2.5, 7, "ab", true));
        Assert.Equal("ff 1,234,567", Java.Static("String", "format", "%x %,d", 255, 1234567));
        Assert.Equal("b 15 b 17", Java.Static("String", "format", "%2$s %1$s %2$s %o", 15, "b"));
    }

    [Fact]
    public void FormatErrors()
    {
        Assert.Contains("MissingFormatArgumentException", Assert.Throws<FmlRuntimeError>(() => Java.Static("String", "format", "%d %d", 1)).Message, StringComparison.Ordinal);
        Assert.Contains("IllegalFormatConversionException", Assert.Throws<FmlRuntimeError>(() => Java.Static("String", "format", "%d", "x")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StringBuilderMembers()
    {
        object? b = Java.New("java.lang.StringBuilder");
        Java.Call(b, "append", "ab");
        Java.Call(b, "append", 1);
        Java.Call(b, "append", 2.0);
        Java.Call(b, "append", 'c');
        Assert.Equal("ab12.0c", Java.Call(b, "toString"));
        Java.Call(b, "insert", 0, ">");
        Java.Call(b, "deleteCharAt", 1);
        Assert.Equal(">b12.0c", b!.ToString());
        Java.Call(b, "reverse");
        Assert.Equal("c0.21b>", b.ToString());
        Java.Call(b, "setLength", 2);
        Assert.Equal("c0", b.ToString());
        Assert.Equal(2, Java.Call(b, "length"));
        Assert.Throws<FmlRuntimeError>(() => Java.Call(b, "charAt", 5));
    }
}
