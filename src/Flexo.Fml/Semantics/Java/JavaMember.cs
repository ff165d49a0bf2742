using System.Collections.Immutable;

namespace Flexo.Fml.Semantics.Java;

/// <summary>What a <see cref="JavaMember"/> is.</summary>
public enum JavaMemberKind
{
    /// <summary>A method, called with parentheses or read as a property (<c>list.size</c>).</summary>
    Method,

    /// <summary>A constructor (<c>new ArrayList&lt;&gt;()</c>).</summary>
    Constructor,

    /// <summary>A static field (<c>Integer.MAX_VALUE</c>, <c>Math.PI</c>).</summary>
    Field,
}

/// <summary>
/// A member of the Java compatibility library, instantiated for one receiver: <c>List&lt;Book&gt;.get(int)</c> has
/// return type <c>Book</c>. The run-time engine executes it by its <see cref="Id"/>; docs/java-compat.md lists every id
/// with its .NET behaviour.
/// </summary>
/// <param name="Name">The Java name (<c>substring</c>, <c>getTime</c>, <c>MAX_VALUE</c>; <c>new</c> for constructors).</param>
/// <param name="ReturnType">
/// The static type of the result, with the receiver's type arguments substituted (<c>void</c> for methods that return
/// nothing; the constructed type for constructors).
/// </param>
/// <param name="ParameterTypes">
/// The declared parameter types, substituted; for a varargs member the last one is the element type
/// (<see cref="IsVarArgs"/>).
/// </param>
/// <param name="IsStatic">True for static methods and fields (<c>Integer.parseInt</c>, <c>Math.PI</c>).</param>
/// <param name="IsProperty">True when the member is read without parentheses (<c>list.size</c>, <c>date.time</c>).</param>
/// <param name="DotNetMapping">What the run-time engine does on .NET, in a few words (<c>s.Substring(b, e - b)</c>).</param>
public sealed record JavaMember(
    string Name,
    FmlType ReturnType,
    ImmutableArray<FmlType> ParameterTypes,
    bool IsStatic,
    bool IsProperty,
    string DotNetMapping)
{
    /// <summary>
    /// The stable identity of the member, independent of the receiver's type arguments: the declaring class's simple
    /// name, the member name and the declared parameter types (<c>String.substring(int,int)</c>, <c>List.get(int)</c>,
    /// <c>Map.put(K,V)</c>, <c>ArrayList.new()</c>, <c>Integer.MAX_VALUE</c>). The run-time engine dispatches on it.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>The fully qualified Java name of the declaring class (<c>java.util.List</c>).</summary>
    public required string DeclaringClass { get; init; }

    /// <summary>Method, constructor or field.</summary>
    public JavaMemberKind Kind { get; init; }

    /// <summary>True when the last parameter is a Java varargs parameter (<c>String.format(String,Object...)</c>).</summary>
    public bool IsVarArgs { get; init; }

    /// <summary>The Java failures that become run-time errors (<c>index out of range</c>), or null when there are none.</summary>
    public string? RunTimeErrors { get; init; }

    /// <summary>True for methods that return nothing.</summary>
    public bool IsVoid => ReturnType is PrimitiveType { Kind: PrimitiveKind.Void };

    /// <summary>Members are equal when they are the same member instantiated with the same types and read the same way.</summary>
    public bool Equals(JavaMember? other) =>
        other is not null && other.Id == Id && other.IsProperty == IsProperty && other.ReturnType.Equals(ReturnType)
        && other.ParameterTypes.SequenceEqual(ParameterTypes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, IsProperty, ReturnType);
}
