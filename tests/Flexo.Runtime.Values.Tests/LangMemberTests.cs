using System.Text.RegularExpressions;
using Flexo.Fml.Semantics;

namespace Flexo.Runtime.Values.Tests;

public class LangMemberTests
{
    public static TheoryData<string, string, object?[], object?> Statics => new()
    {
        { "Integer", "parseInt", ["42"], 42 },
        { "Integer", "parseInt", ["-42"], -42 },
        { "Integer", "parseInt", ["+7"], 7 },
        { "Integer", "parseInt", ["ff", 16], 255 },
        { "Integer", "parseInt", ["-2147483648"], int.MinValue },
        { "Integer", "valueOf", ["12"], 12 },
        { "Integer", "toString", [12], "12" },
        { "Integer", "compare", [1, 2], -1 },
        { "Integer", "max", [1, 2], 2 },
        { "Integer", "sum", [int.MaxValue, 1], int.MinValue },
        { "Integer", "toHexString", [-1], "ffffffff" },
        { "Integer", "toBinaryString", [5], "101" },
        { "Integer", "signum", [-9], -1 },
        { "Long", "parseLong", ["9000000000"], 9000000000L },
        { "Short", "parseShort", ["-5"], (short)-5 },
        { "Byte", "parseByte", ["127"], (sbyte)127 },
        { "Double", "parseDouble", [" 1.5 "], 1.5 },
        { "Double", "parseDouble", ["1e3"], 1000.0 },
        { "Double", "parseDouble", ["2d"], 2.0 },
        { "Double", "parseDouble", ["-Infinity"], double.NegativeInfinity },
        { "Double", "toString", [1.0], "1.0" },
        { "Double", "compare", [0.0, -0.0], 1 },
        { "Double", "compare", [double.NaN, 1.0], 1 },
        { "Double", "isNaN", [double.NaN], true },
        { "Double", "max", [1.0, double.NaN], double.NaN },
        { "Float", "parseFloat", ["0.5"], 0.5f },
        { "Boolean", "parseBoolean", ["TRUE"], true },
        { "Boolean", "parseBoolean", ["yes"], false },
        { "Boolean", "parseBoolean", [null], false },
        { "Boolean", "logicalXor", [true, false], true },
        { "Character", "isDigit", ['7'], true },
        { "Character", "isLetter", ['x'], true },
        { "Character", "isWhitespace", ['\u00A0'], false },
        { "Character", "isWhitespace", ['\t'], true },
        { "Character", "isUpperCase", ['A'], true },
        { "Character", "toUpperCase", ['a'], 'A' },
        { "Character", "toString", ['a'], "a" },
        { "Character", "getNumericValue", ['z'], 35 },
        { "Character", "getNumericValue", ['5'], 5 },
        { "Math", "abs", [-3], 3 },
        { "Math", "abs", [int.MinValue], int.MinValue },
        { "Math", "abs", [-2.5], 2.5 },
        { "Math", "max", [1, 2], 2 },
        { "Math", "max", [1L, 2], 2L },
        { "Math", "min", [1.5, 2], 1.5 },
        { "Math", "round", [2.5], 3L },
        { "Math", "round", [-2.5], -2L },
        { "Math", "round", [2], 2 },
        { "Math", "round", [double.NaN], 0L },
        { "Math", "round", [0.49999999999999994], 0L },
        { "Math", "round", [-0.5], 0L },
        { "Math", "round", [1e300], long.MaxValue },
        { "Math", "round", [2.5f], 3 },
        { "Math", "floor", [-1.5], -2.0 },
        { "Math", "ceil", [1.2], 2.0 },
        { "Math", "rint", [2.5], 2.0 },
        { "Math", "sqrt", [16], 4.0 },
        { "Math", "pow", [2, 10], 1024.0 },
        { "Math", "hypot", [3, 4], 5.0 },
        { "Math", "signum", [-2.0], -1.0 },
        { "Math", "floorDiv", [-7, 2], -4 },
        { "Math", "floorMod", [-7, 2], 1 },
        { "Math", "floorDiv", [7L, -2L], -4L },
        { "Math", "floorMod", [7L, -2L], -1L },
        { "Math", "toDegrees", [Math.PI], 180.0 },
        { "Objects", "equals", [1, 1L], true },
        { "Objects", "equals", [null, null], true },
        { "Objects", "hashCode", [null], 0 },
        { "Objects", "toString", [null], "null" },
        { "Objects", "toString", [null, "dflt"], "dflt" },
        { "Objects", "isNull", [null], true },
        { "Objects", "nonNull", [1], true },
        { "Objects", "requireNonNull", ["x"], "x" },
    };

    [Theory]
    [MemberData(nameof(Statics))]
    public void StaticMembersFollowJava(string cls, string name, object?[] args, object? expected)
    {
        object? result = Java.Static(cls, name, args);
        Assert.Equal(expected, result);
        if (expected is not null)
        {
            Assert.IsType(expected.GetType(), result);
        }
    }

    public static TheoryData<string, string, object?[], string> StaticErrors => new()
    {
        { "Integer", "parseInt", ["abc"], "Integer.parseInt(String): For input string: \"abc\" (NumberFormatException)" },
        { "Integer", "parseInt", [""], "Integer.parseInt(String): For input string: \"\" (NumberFormatException)" },
        { "Integer", "parseInt", [null], "Integer.parseInt(String): For input string: \"null\" (NumberFormatException)" },
        { "Integer", "parseInt", ["2147483648"], "Integer.parseInt(String): For input string: \"2147483648\" (NumberFormatException)" },
        { "Integer", "parseInt", [" 1"], "Integer.parseInt(String): For input string: \" 1\" (NumberFormatException)" },
        { "Integer", "parseInt", ["12", 99], "Integer.parseInt(String,int): radix 99 out of range (NumberFormatException)" },
        { "Double", "parseDouble", ["1,5"], "Double.parseDouble(String): For input string: \"1,5\" (NumberFormatException)" },
        { "Double", "parseDouble", [null], "Double.parseDouble(String): null argument (NullPointerException)" },
        { "Math", "floorDiv", [1, 0], "Math.floorDiv(int,int): / by zero (ArithmeticException)" },
        { "Objects", "requireNonNull", [null], "Objects.requireNonNull(T): null value (NullPointerException)" },
        { "Class", "forName", ["com.example.Nope"], "Class.forName(String): com.example.Nope (ClassNotFoundException)" },
    };

    [Theory]
    [MemberData(nameof(StaticErrors))]
    public void StaticErrorsAreRunTimeErrors(string cls, string name, object?[] args, string message) =>
        Assert.Equal(message, Assert.Throws<FmlRuntimeError>(() => Java.Static(cls, name, args)).Message);

    [Fact]
    public void Fields()
    {
        Assert.Equal(int.MaxValue, Java.Field("Integer", "MAX_VALUE"));
        Assert.Equal(long.MinValue, Java.Field("Long", "MIN_VALUE"));
        Assert.Equal(Math.PI, Java.Field("Math", "PI"));
        Assert.Equal(true, Java.Field("Boolean", "TRUE"));
        Assert.Equal(double.Epsilon, Java.Field("Double", "MIN_VALUE"));
        Assert.Equal(TimeSpan.Zero, Java.Field("Duration", "ZERO"));
    }

    public static TheoryData<object?, string, object?[], object?> Instances => new()
    {
        { 3000000000L, "intValue", [], -1294967296 },
        { 3.9, "intValue", [], 3 },
        { 3, "doubleValue", [], 3.0 },
        { 3, "longValue", [], 3L },
        { 2L, "equals", [2], true },
        { 2, "equals", [2.0], true },
        { 2, "equals", ["2"], false },
        { 5, "compareTo", [7], -1 },
        { 1.5, "compareTo", [1.5], 0 },
        { double.NaN, "isNaN", [], true },
        { 7, "toString", [], "7" },
        { 7, "hashCode", [], 7 },
        { -1L, "hashCode", [], 0 },
        { 1.0, "hashCode", [], 1072693248 },
        { double.NaN, "hashCode", [], 2146959360 },
        { true, "hashCode", [], 1231 },
        { 'a', "compareTo", ['c'], -2 },
        { 'a', "charValue", [], 'a' },
        { true, "booleanValue", [], true },
        { true, "compareTo", [false], 1 },
    };

    [Theory]
    [MemberData(nameof(Instances))]
    public void BoxedInstanceMembers(object? receiver, string name, object?[] args, object? expected)
    {
        object? result = Java.Call(receiver, name, args);
        Assert.Equal(expected, result);
        Assert.IsType(expected!.GetType(), result);
    }

    [Fact]
    public void ObjectMembers()
    {
        object? o = Java.New("java.lang.Object");
        Assert.Equal(true, Java.CallAs(ClassType.Object, o, "equals", o));
        Assert.Equal(false, Java.CallAs(ClassType.Object, o, "equals", new object()));
        var cls = Java.Call("x", "getClass");
        var classType = new ClassType("java.lang.Class");
        Assert.Equal("java.lang.String", Java.CallAs(classType, cls, "getName"));
        Assert.Equal("String", Java.CallAs(classType, cls, "getSimpleName"));
        Assert.Equal(true, Java.CallAs(classType, cls, "isInstance", "y"));
        Assert.Equal("java.util.ArrayList", ((FmlJavaClass)Java.Call(new List<object?>(), "getClass")!).Name);
        Assert.Equal(new FmlJavaClass("java.util.List"), Java.Static("Class", "forName", "java.util.List"));
    }

    [Fact]
    public void DatesAndDurations()
    {
        object? date = Java.New("java.util.Date", 1741083330000L);
        Assert.Equal(new DateTime(2025, 3, 4, 10, 15, 30, DateTimeKind.Utc), date);
        Assert.Equal(1741083330000L, Java.Call(date, "getTime"));
        object? later = Java.New("java.util.Date", 1741083331000L);
        Assert.Equal(true, Java.Call(date, "before", later));
        Assert.Equal(false, Java.Call(date, "after", later));
        Assert.Equal(-1, Java.Call(date, "compareTo", later));
        Assert.Equal("Tue Mar 04 10:15:30 UTC 2025", Java.Call(date, "toString"));
        Assert.IsType<DateTime>(Java.New("java.util.Date"));

        object? d = Java.Static("Duration", "ofMinutes", 90L);
        Assert.Equal(5400000L, Java.Call(d, "toMillis"));
        Assert.Equal(1L, Java.Call(d, "toHours"));
        Assert.Equal(5400L, Java.Call(d, "getSeconds"));
        Assert.Equal("PT1H30M", Java.Call(d, "toString"));
        Assert.Equal(true, Java.Call(Java.Call(d, "negated"), "isNegative"));
        Assert.Equal(TimeSpan.FromMinutes(91), Java.Call(d, "plus", Java.Static("Duration", "ofSeconds", 60L)));
        Assert.Equal(true, Java.Call(Java.Static("Duration", "ofMillis", 0L), "isZero"));
        Assert.Equal(-1L, Java.Call(Java.Static("Duration", "ofMillis", -1L), "getSeconds"));
        Assert.Equal(5400, Java.Call(d, "hashCode"));
        Assert.Equal(unchecked(51 * 999000000), Java.Call(Java.Static("Duration", "ofMillis", -1L), "hashCode"));
        Assert.Equal(0, Java.Call(Java.New("java.util.Date", -1L), "hashCode"));
    }

    [Fact]
    public void SystemMembers()
    {
        Assert.IsType<long>(Java.Static("System", "currentTimeMillis"));
        Assert.IsType<long>(Java.Static("System", "nanoTime"));
        Assert.IsType<string>(Java.Static("System", "lineSeparator"));
        Assert.InRange((double)Java.Static("Math", "random")!, 0.0, 1.0);
    }

    [Theory]
    [InlineData("String.length()", 3, "String.length(): 3 (int) is not a String")]
    [InlineData("List.get(int)", "abc", "List.get(int): \"abc\" (String) is not a List")]
    [InlineData("Map.size()", 1.5, "Map.size(): 1.5 (double) is not a Map")]
    [InlineData("Date.getTime()", "x", "Date.getTime(): \"x\" (String) is not a Date")]
    public void ReceiversOfTheWrongKindAreRunTimeErrors(string id, object receiver, string message) =>
        Assert.Equal(message, Assert.Throws<FmlRuntimeError>(() => JavaMembers.Invoke(id, receiver, [0])).Message);

    [Fact]
    public void MissingArgumentsAreRunTimeErrors() =>
        Assert.Equal(
            "String.substring(int,int): missing argument 2",
            Assert.Throws<FmlRuntimeError>(() => JavaMembers.Invoke("String.substring(int,int)", "abc", [1])).Message);

    [Fact]
    public void UnknownIdIsAClearError() =>
        Assert.Equal(
            "the Java member 'String.frobnicate()' cannot be executed",
            Assert.Throws<FmlRuntimeError>(() => JavaMembers.Invoke("String.frobnicate()", "x", [])).Message);

    /// <summary>Every member id of the library (the generated table of docs/java-compat.md) is known to the engine.</summary>
    [Fact]
    public void EveryDocumentedMemberIsExecutable()
    {
        string docs = Path.Combine(RepositoryRoot(), "docs", "java-compat.md");
        var ids = Regex.Matches(File.ReadAllText(docs), @"^\| `([A-Za-z.]+(?:\([^`]*\))?)` \|", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)
            .Where(id => id.Contains('.', StringComparison.Ordinal))
            .Distinct()
            .ToList();
        Assert.True(ids.Count > 250, $"only {ids.Count} ids found");
        var unknown = new List<string>();
        foreach (string id in ids)
        {
            int open = id.IndexOf('(', StringComparison.Ordinal);
            string parameters = open < 0 ? string.Empty : id[(open + 1)..^1];
            int count = parameters.Length == 0 ? 0 : SplitParameters(parameters);
            foreach (object? receiver in new object?[] { new object(), null, "abc" })
            {
                try
                {
                    JavaMembers.Invoke(id, receiver, Enumerable.Repeat<object?>(null, count).ToList());
                }
                catch (FmlRuntimeError e) when (!e.Message.StartsWith("the Java member", StringComparison.Ordinal))
                {
                    // A Java failure on these dummy values is expected; an escaping .NET exception is not.
                }
                catch (FmlRuntimeError)
                {
                    unknown.Add(id);
                }
            }
        }

        Assert.Empty(unknown.Distinct());
    }

    private static int SplitParameters(string parameters)
    {
        int depth = 0, count = 1;
        foreach (char c in parameters)
        {
            depth += c == '<' ? 1 : c == '>' ? -1 : 0;
            count += c == ',' && depth == 0 ? 1 : 0;
        }

        return count;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Flexo.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
