using System.Collections;
using System.Text;
using Flexo.Fml.Semantics;
using Flexo.Fml.Semantics.Java;

namespace Flexo.Runtime.Values.Tests;

/// <summary>Finds members as the binder does (overload resolution on the static types of the values) and runs them.</summary>
internal static class Java
{
    public static FmlType TypeOf(object? value) => value switch
    {
        null => NullType.Instance,
        int => PrimitiveType.Int,
        long => PrimitiveType.Long,
        short => PrimitiveType.Short,
        sbyte => PrimitiveType.Byte,
        double => PrimitiveType.Double,
        float => PrimitiveType.Float,
        char => PrimitiveType.Char,
        bool => PrimitiveType.Boolean,
        string => ClassType.String,
        DateTime => ClassType.Date,
        TimeSpan => new ClassType("java.time.Duration"),
        StringBuilder => new ClassType("java.lang.StringBuilder"),
        FmlMapEntry => new ClassType("java.util.Map.Entry"),
        FmlIterator => new ClassType("java.util.Iterator"),
        FmlStream => new ClassType("java.util.stream.Stream"),
        FmlJavaClass => new ClassType("java.lang.Class"),
        SortedSet<object?> => new ClassType("java.util.TreeSet"),
        IDictionary => new ClassType("java.util.Map"),
        ISet<object?> or FmlMapViewCollection { IsSet: true } => new ClassType("java.util.Set"),
        FmlMapViewCollection => new ClassType("java.util.Collection"),
        IList => new ClassType("java.util.List"),
        _ => ClassType.Object,
    };

    public static JavaMember Member(object? receiver, string name, params object?[] args) =>
        JavaLibrary.FindMember(TypeOf(receiver), name, args.Select(TypeOf).ToList())
        ?? throw new InvalidOperationException($"no member {name} on {TypeOf(receiver)}");

    public static object? Call(object? receiver, string name, params object?[] args) =>
        JavaMembers.Invoke(Member(receiver, name, args), receiver, args);

    public static object? CallAs(FmlType receiverType, object? receiver, string name, params object?[] args) =>
        JavaMembers.Invoke(
            JavaLibrary.FindMember(receiverType, name, args.Select(TypeOf).ToList()) ?? throw new InvalidOperationException(name),
            receiver,
            args);

    public static object? Static(string cls, string name, params object?[] args) =>
        JavaMembers.Invoke(
            JavaLibrary.FindStatic(cls, name, args.Select(TypeOf).ToList()) ?? throw new InvalidOperationException($"no static {cls}.{name}"),
            null,
            args);

    public static object? Field(string cls, string name) =>
        JavaMembers.Invoke(JavaLibrary.FindStaticField(cls, name) ?? throw new InvalidOperationException(name), null, []);

    public static object? New(string cls, params object?[] args) =>
        JavaMembers.Invoke(
            JavaLibrary.FindConstructor(new ClassType(cls), args.Select(TypeOf).ToList()) ?? throw new InvalidOperationException($"no constructor {cls}"),
            null,
            args);
}
